#include "engine/scheduler.h"

#include <doctest/doctest.h>

#include <atomic>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

using docqc::engine::run_ordered;

TEST_SUITE_BEGIN("engine::scheduler");

TEST_CASE("every item runs once and done() sees them in order, on any number of threads") {
  for (unsigned jobs : {1u, 2u, 7u, 64u}) {
    std::vector<std::atomic<int>> runs(100);
    std::vector<std::size_t> order;
    auto result = run_ordered(
        runs.size(), jobs, [&](std::size_t i) { ++runs[i]; },
        [](std::size_t, const std::string&) { FAIL("no item fails"); },
        [&](std::size_t i) { order.push_back(i); });
    CHECK(result.threads >= 1);
    CHECK(result.threads <= jobs);
    REQUIRE(order.size() == runs.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      CHECK(order[i] == i);
      CHECK(runs[i] == 1);
    }
  }
}

TEST_CASE("regression_worker_exception_terminates: a throwing item is reported, the rest go on") {
  std::vector<std::string> errors(10);
  std::vector<std::size_t> order;
  run_ordered(
      errors.size(), 4,
      [](std::size_t i) {
        if (i == 3) {
          throw std::runtime_error("broken file");
        }
        if (i == 5) {
          throw std::bad_alloc();
        }
      },
      [&](std::size_t i, const std::string& message) { errors[i] = message; },
      [&](std::size_t i) { order.push_back(i); });
  CHECK(errors[3] == "broken file");
  CHECK(errors[5] == "out of memory while checking it");
  CHECK(errors[4].empty());
  CHECK(order.size() == 10);
}

TEST_CASE("an exception from done() stops the run and reaches the caller") {
  std::atomic<int> ran{0};
  CHECK_THROWS_WITH_AS(
      run_ordered(
          1000, 2, [&](std::size_t) { ++ran; }, [](std::size_t, const std::string&) {},
          [](std::size_t i) {
            if (i == 2) {
              throw std::runtime_error("output closed");
            }
          }),
      "output closed", std::runtime_error);
  CHECK(ran < 1000);
}

TEST_CASE("no items: nothing runs") {
  auto result = run_ordered(
      0, 8, [](std::size_t) { FAIL("no work"); }, [](std::size_t, const std::string&) {},
      [](std::size_t) { FAIL("nothing done"); });
  CHECK(result.threads == 1);
}

TEST_SUITE_END();
