#include "cli/progress.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

using docqc::cli::Progress;
using docqc::cli::terminal_columns;

TEST_SUITE_BEGIN("cli::Progress");

namespace {

// Sets COLUMNS for one scope, then puts the old value back.
class ColumnsEnv {
 public:
  explicit ColumnsEnv(const char* value) {
    if (const char* old = std::getenv("COLUMNS")) {
      m_old = old;
      m_had = true;
    }
    if (value != nullptr) {
      setenv("COLUMNS", value, 1);
    } else {
      unsetenv("COLUMNS");
    }
  }
  ~ColumnsEnv() {
    if (m_had) {
      setenv("COLUMNS", m_old.c_str(), 1);
    } else {
      unsetenv("COLUMNS");
    }
  }
  ColumnsEnv(const ColumnsEnv&) = delete;
  ColumnsEnv& operator=(const ColumnsEnv&) = delete;

 private:
  std::string m_old;
  bool m_had = false;
};

}  // namespace

TEST_CASE("COLUMNS wins when it is a positive number") {
  ColumnsEnv env("80");
  CHECK(terminal_columns(true) == 80);
  CHECK(terminal_columns(false) == 80);
}

TEST_CASE("a broken COLUMNS is ignored; not a terminal means 100") {
  for (const char* value : {"", "0", "-3", "80x", "wide"}) {
    ColumnsEnv env(value);
    CHECK(terminal_columns(false) == 100);
  }
  ColumnsEnv unset(nullptr);
  CHECK(terminal_columns(false) == 100);
}

TEST_CASE("no progress bar for few files or when not allowed") {
  Progress few(Progress::k_min_files - 1, true);
  CHECK_FALSE(few.enabled());
  Progress off(1000, false);
  CHECK_FALSE(off.enabled());
  off.tick();  // counting without drawing is fine
}

TEST_SUITE_END();
