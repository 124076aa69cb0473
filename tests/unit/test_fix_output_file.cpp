#include "fix/output_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fix/atomic_file.h"

namespace fs = std::filesystem;

namespace {

fs::path temp_dir() {
  auto dir = fs::temp_directory_path() /
             ("docqc-output-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

using docqc::fix::write_output;

TEST_SUITE_BEGIN("fix::write_output");

TEST_CASE("regression_output_fixed_temp_name: a planted temporary link is never written through") {
  auto dir = temp_dir();
  std::ofstream(dir / "victim.txt") << "victim";
  fs::create_symlink("victim.txt", dir / "report.json.docqc-tmp");
  write_output(dir / "report.json", "{}");
  CHECK(slurp(dir / "victim.txt") == "victim");
  CHECK(slurp(dir / "report.json") == "{}");
  CHECK_FALSE(fs::is_symlink(dir / "report.json"));
  fs::remove_all(dir);
}

TEST_CASE("a symbolic link to a regular file is refused unless followed") {
  auto dir = temp_dir();
  std::ofstream(dir / "real.json") << "old";
  fs::create_symlink("real.json", dir / "link.json");
  CHECK_THROWS_AS(write_output(dir / "link.json", "new"), docqc::fix::LeftAlone);
  CHECK(slurp(dir / "real.json") == "old");
  write_output(dir / "link.json", "new", true);
  CHECK(fs::is_symlink(dir / "link.json"));
  CHECK(slurp(dir / "real.json") == "new");
  fs::remove_all(dir);
}

TEST_CASE("a FIFO or device is written in place, a directory refused") {
  auto dir = temp_dir();
  write_output("/dev/null", "nothing");
  CHECK(fs::is_character_file("/dev/null"));
  CHECK_THROWS_WITH_AS(write_output(dir, "x"), doctest::Contains("is a directory"),
                       std::runtime_error);
  fs::remove_all(dir);
}

TEST_CASE("regression_io_error_without_reason: a missing directory names the OS reason") {
  CHECK_THROWS_WITH_AS(write_output("/nonexistent-docqc/dir/x.sarif", "x"),
                       doctest::Contains("No such file or directory"), std::runtime_error);
}

TEST_CASE("same_file sees through different names") {
  auto dir = temp_dir();
  std::ofstream(dir / "a.txt") << "a";
  CHECK(docqc::fix::same_file(dir / "a.txt", dir / "." / "a.txt"));
  CHECK_FALSE(docqc::fix::same_file(dir / "a.txt", dir / "b.txt"));
  fs::remove_all(dir);
}

TEST_SUITE_END();
