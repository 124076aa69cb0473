#include "fix/atomic_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::filesystem::path temp_dir() {
  auto dir = std::filesystem::temp_directory_path() /
             ("docqc-atomic-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  std::filesystem::create_directories(dir);
  return dir;
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t entries(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_SUITE_BEGIN("fix::AtomicFile");

TEST_CASE("commit replaces the contents and keeps the permission bits") {
  auto dir = temp_dir();
  auto path = dir / "a.txt";
  std::ofstream(path) << "old";
  ::chmod(path.c_str(), 0640);
  {
    docqc::fix::AtomicFile file(path);
    file.write("new ");
    file.write("text");
    CHECK(slurp(path) == "old");  // untouched until commit
    file.commit();
  }
  CHECK(slurp(path) == "new text");
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(entries(dir) == 1);  // no temporary file left
  std::filesystem::remove_all(dir);
}

TEST_CASE("without commit the file is untouched and the temporary file is removed") {
  auto dir = temp_dir();
  auto path = dir / "a.txt";
  std::ofstream(path) << "old";
  {
    docqc::fix::AtomicFile file(path);
    file.write("half-written");
    CHECK(std::filesystem::exists(file.temporary_path()));
  }
  CHECK(slurp(path) == "old");
  CHECK(entries(dir) == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a symbolic link is kept and its target replaced") {
  auto dir = temp_dir();
  std::ofstream(dir / "target.txt") << "old";
  std::filesystem::create_symlink("target.txt", dir / "link.txt");
  {
    docqc::fix::AtomicFile file(dir / "link.txt");
    file.write("new");
    file.commit();
  }
  CHECK(std::filesystem::is_symlink(dir / "link.txt"));
  CHECK(slurp(dir / "target.txt") == "new");
  std::filesystem::remove_all(dir);
}

TEST_CASE("a directory that cannot be written to is an error naming the path") {
  CHECK_THROWS_WITH_AS(docqc::fix::AtomicFile("/nonexistent-dir/x.txt"),
                       doctest::Contains("/nonexistent-dir/x.txt"), std::runtime_error);
}

TEST_SUITE_END();
