#include "fix/atomic_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <csignal>
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

TEST_CASE("a new file gets mode 0666 & ~umask, not the temporary's 0600") {
  auto dir = temp_dir();
  const mode_t old_mask = ::umask(027);
  {
    docqc::fix::AtomicFile file(dir / "new.md");
    file.write("text");
    file.commit();
  }
  ::umask(old_mask);
  struct stat st {};
  REQUIRE(::stat((dir / "new.md").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == (0666 & ~027));
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

TEST_CASE("a symbolic link is refused unless followed, then kept and its target replaced") {
  auto dir = temp_dir();
  std::ofstream(dir / "target.txt") << "old";
  std::filesystem::create_symlink("target.txt", dir / "link.txt");
  CHECK_THROWS_AS(docqc::fix::AtomicFile(dir / "link.txt"), docqc::fix::LeftAlone);
  {
    docqc::fix::AtomicOptions options;
    options.follow_symlinks = true;
    docqc::fix::AtomicFile file(dir / "link.txt", options);
    file.write("new");
    file.commit();
  }
  CHECK(std::filesystem::is_symlink(dir / "link.txt"));
  CHECK(slurp(dir / "target.txt") == "new");
  std::filesystem::remove_all(dir);
}

TEST_CASE("regression_fix_rewrites_read_only_files: a file without write bits is left alone") {
  auto dir = temp_dir();
  auto path = dir / "ro.txt";
  std::ofstream(path) << "old";
  ::chmod(path.c_str(), 0444);
  docqc::fix::AtomicOptions options;
  options.refuse_read_only = true;
  CHECK_THROWS_WITH_AS(docqc::fix::AtomicFile(path, options), doctest::Contains("read-only"),
                       docqc::fix::LeftAlone);
  CHECK(slurp(path) == "old");
  CHECK(entries(dir) == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("regression_fix_race: a file changed or deleted since it was read is left alone") {
  auto dir = temp_dir();
  auto path = dir / "a.txt";
  std::ofstream(path) << "old";
  auto identity = docqc::input::identity_of(path.string());
  docqc::fix::AtomicOptions options;
  options.expected = &identity;
  {
    docqc::fix::AtomicFile file(path, options);
    file.write("fixed");
    std::ofstream(path, std::ios::app) << " appended";
    CHECK_THROWS_WITH_AS(file.commit(), doctest::Contains("changed while"), docqc::fix::LeftAlone);
  }
  CHECK(slurp(path) == "old appended");
  identity = docqc::input::identity_of(path.string());
  {
    docqc::fix::AtomicFile file(path, options);
    file.write("fixed");
    std::filesystem::remove(path);
    CHECK_THROWS_WITH_AS(file.commit(), doctest::Contains("deleted"), docqc::fix::LeftAlone);
  }
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK(entries(dir) == 0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("regression_fix_splits_hard_links: every link sees the new contents") {
  auto dir = temp_dir();
  std::ofstream(dir / "a.txt") << "old contents";
  std::filesystem::create_hard_link(dir / "a.txt", dir / "b.txt");
  {
    docqc::fix::AtomicFile file(dir / "a.txt");
    file.write("new");
    file.commit();
  }
  CHECK(slurp(dir / "a.txt") == "new");
  CHECK(slurp(dir / "b.txt") == "new");
  CHECK(std::filesystem::hard_link_count(dir / "a.txt") == 2);
  CHECK(entries(dir) == 2);
  std::filesystem::remove_all(dir);
}

TEST_CASE("owner, mode and extended attributes are kept") {
  auto dir = temp_dir();
  auto path = dir / "a.txt";
  std::ofstream(path) << "old";
  ::chmod(path.c_str(), 0604);
  bool has_xattr = ::setxattr(path.c_str(), "user.docqc", "v", 1, 0) == 0;
  {
    docqc::fix::AtomicFile file(path);
    file.write("new");
    file.commit();
    CHECK(file.notes().empty());
  }
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0604);
  if (has_xattr) {
    char value[4] = {};
    CHECK(::getxattr(path.c_str(), "user.docqc", value, sizeof value) == 1);
    CHECK(value[0] == 'v');
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("the temporary file has a fresh name and never follows a planted link") {
  auto dir = temp_dir();
  std::ofstream(dir / "victim") << "victim";
  docqc::fix::AtomicFile a(dir / "a.txt");
  docqc::fix::AtomicFile b(dir / "a.txt");
  CHECK(a.temporary_path() != b.temporary_path());
  CHECK(a.temporary_path().parent_path() == dir);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a directory that cannot be written to is an error naming the path") {
  CHECK_THROWS_WITH_AS(docqc::fix::AtomicFile("/nonexistent-dir/x.txt"),
                       doctest::Contains("/nonexistent-dir/x.txt"), std::runtime_error);
}

TEST_CASE("regression_fix_race_signals: a signal that ends the process removes the temporary") {
  auto dir = temp_dir();
  std::ofstream(dir / "a.txt") << "old";
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::signal(SIGTERM, SIG_DFL);  // not the test framework's crash report
    docqc::fix::install_signal_cleanup();
    docqc::fix::AtomicFile file(dir / "a.txt");
    file.write("half");
    ::raise(SIGTERM);
    std::_Exit(0);  // not reached
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(slurp(dir / "a.txt") == "old");
  CHECK(entries(dir) == 1);
  std::filesystem::remove_all(dir);
}

TEST_SUITE_END();
