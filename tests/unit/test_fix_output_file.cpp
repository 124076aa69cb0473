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

TEST_CASE("regression_corpus_output_symlink: OutputFile streams, untouched until commit") {
  auto dir = temp_dir();
  std::ofstream(dir / "out.jsonl") << "old\n";
  std::ofstream(dir / "victim.txt") << "victim";
  fs::create_symlink("victim.txt", dir / "out.jsonl.docqc-tmp");
  std::string expected;
  {
    docqc::fix::OutputFile out(dir / "out.jsonl");
    CHECK(out.atomic());
    for (int i = 0; i < 20000; ++i) {  // ~400 KB in small pieces, several buffers' worth
      std::string line = "{\"line\": " + std::to_string(i) + "}\n";
      out.write(line);
      expected += line;
    }
    out.write(std::string(200000, 'x'));  // one piece larger than the buffer
    expected += std::string(200000, 'x');
    CHECK(slurp(dir / "out.jsonl") == "old\n");
    out.commit();
  }
  CHECK(slurp(dir / "out.jsonl") == expected);
  CHECK(slurp(dir / "victim.txt") == "victim");
  CHECK(fs::is_symlink(dir / "out.jsonl.docqc-tmp"));
  std::size_t names = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) {
    ++names;
  }
  CHECK(names == 3);  // no temporary left
  fs::remove_all(dir);
}

TEST_CASE("an OutputFile destroyed without commit leaves the file as it was") {
  auto dir = temp_dir();
  {
    docqc::fix::OutputFile out(dir / "new.jsonl");
    out.write(std::string(100000, 'x'));
  }
  CHECK_FALSE(fs::exists(dir / "new.jsonl"));
  CHECK(fs::is_empty(dir));
  std::ofstream(dir / "old.jsonl") << "old";
  {
    docqc::fix::OutputFile out(dir / "old.jsonl");
    out.write(std::string(100000, 'x'));
  }
  CHECK(slurp(dir / "old.jsonl") == "old");
  fs::remove_all(dir);
}

TEST_CASE("an OutputFile on a device writes in place") {
  docqc::fix::OutputFile out("/dev/null");
  CHECK_FALSE(out.atomic());
  out.write(std::string(100000, 'x'));
  out.commit();
  CHECK(fs::is_character_file("/dev/null"));
}

TEST_CASE("a new output file gets mode 0666 & ~umask") {
  auto dir = temp_dir();
  const mode_t old_mask = ::umask(002);
  write_output(dir / "report.json", "{}");
  ::umask(old_mask);
  struct stat st {};
  REQUIRE(::stat((dir / "report.json").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0664);
  fs::remove_all(dir);
}

TEST_CASE("same_file sees through different names") {
  auto dir = temp_dir();
  std::ofstream(dir / "a.txt") << "a";
  CHECK(docqc::fix::same_file(dir / "a.txt", dir / "." / "a.txt"));
  CHECK_FALSE(docqc::fix::same_file(dir / "a.txt", dir / "b.txt"));
  fs::remove_all(dir);
}

TEST_CASE("require_output_directory names the missing directory and the reason") {
  auto dir = temp_dir();
  CHECK_NOTHROW(docqc::fix::require_output_directory((dir / "out.json").string()));
  CHECK_NOTHROW(docqc::fix::require_output_directory("out.json"));
  CHECK_THROWS_WITH_AS(docqc::fix::require_output_directory((dir / "no" / "out.json").string()),
                       doctest::Contains("No such file or directory"), std::invalid_argument);
  fs::remove_all(dir);
}

TEST_SUITE_END();
