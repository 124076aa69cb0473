#include "input/file_set.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {

fs::path temp_dir() {
  auto dir = fs::temp_directory_path() /
             ("docqc-fileset-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> names(const docqc::input::FileSet& set, const fs::path& base) {
  std::vector<std::string> out;
  for (const auto& file : set.files) {
    out.push_back(fs::path(file.path).lexically_relative(base).string());
  }
  return out;
}

}  // namespace

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("docqc-file-set-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path / "sub");
  }
  ~TempDir() { fs::remove_all(path); }
  std::string touch(const std::string& name) {
    std::ofstream(path / name) << "text\n";
    return (path / name).string();
  }
};

std::vector<std::string> paths_of(const docqc::input::FileSet& set) {
  std::vector<std::string> out;
  for (const auto& file : set.files) {
    out.push_back(file.path);
  }
  return out;
}

}  // namespace

using docqc::input::collect_files;
using docqc::input::WalkOptions;

TEST_SUITE_BEGIN("input::FileSet");

TEST_CASE("a walk takes matching files in sorted order and skips excluded directories") {
  auto dir = temp_dir();
  fs::create_directories(dir / "tree/sub");
  fs::create_directories(dir / "tree/skip");
  std::ofstream(dir / "tree/b.txt") << "b";
  std::ofstream(dir / "tree/a.md") << "a";
  std::ofstream(dir / "tree/c.bin") << "c";
  std::ofstream(dir / "tree/sub/d.txt") << "d";
  std::ofstream(dir / "tree/skip/e.txt") << "e";
  WalkOptions options;
  options.excludes = {"skip"};
  auto set = collect_files({(dir / "tree").string()}, options);
  CHECK(set.errors.empty());
  CHECK(names(set, dir / "tree") == std::vector<std::string>{"a.md", "b.txt", "sub/d.txt"});
  fs::remove_all(dir);
}

TEST_CASE("regression_walk_follows_symlinks_out_of_tree: links are skipped unless followed") {
  auto dir = temp_dir();
  fs::create_directories(dir / "tree");
  fs::create_directories(dir / "outside");
  std::ofstream(dir / "outside/x.txt") << "x";
  std::ofstream(dir / "tree/own.txt") << "own";
  fs::create_symlink("../outside/x.txt", dir / "tree/link.txt");
  fs::create_directory_symlink("../outside", dir / "tree/linkdir");
  fs::create_directory_symlink(".", dir / "tree/loop");
  auto set = collect_files({(dir / "tree").string()}, WalkOptions{});
  CHECK(names(set, dir / "tree") == std::vector<std::string>{"own.txt"});
  CHECK(set.skipped_links == 3);

  WalkOptions follow;
  follow.follow_symlinks = true;
  auto followed = collect_files({(dir / "tree").string()}, follow);
  CHECK(followed.errors.empty());
  // The loop back into the tree is entered once; the links to outside are taken, and the
  // one file reached through two links is checked once.
  CHECK(names(followed, dir / "tree") == std::vector<std::string>{"link.txt", "own.txt"});
  fs::remove_all(dir);
}

TEST_CASE("regression_unreadable_directory_silent: each one is an error") {
  auto dir = temp_dir();
  fs::create_directories(dir / "tree/locked");
  std::ofstream(dir / "tree/locked/a.txt") << "a";
  std::ofstream(dir / "tree/b.txt") << "b";
  ::chmod((dir / "tree/locked").c_str(), 0);
  if (::access((dir / "tree/locked").c_str(), R_OK) == 0) {
    MESSAGE("running with privileges that read any directory: nothing to test");
  } else {
    auto set = collect_files({(dir / "tree").string()}, WalkOptions{});
    REQUIRE(set.errors.size() == 1);
    CHECK(set.errors[0].find("locked") != std::string::npos);
    CHECK(names(set, dir / "tree") == std::vector<std::string>{"b.txt"});
  }
  ::chmod((dir / "tree/locked").c_str(), 0755);
  fs::remove_all(dir);
}

TEST_CASE("paths that do not exist are errors; stdin and explicit files are taken") {
  auto dir = temp_dir();
  std::ofstream(dir / "x.bin") << "x";
  fs::create_symlink("missing", dir / "dangling");
  auto set = collect_files(
      {"-", (dir / "x.bin").string(), (dir / "nope").string(), (dir / "dangling").string()},
      WalkOptions{});
  REQUIRE(set.files.size() == 2);
  CHECK(set.files[0].is_stdin);
  CHECK(set.errors.size() == 2);
  CHECK(set.errors[1].find("dangling symbolic link") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("directories yield included files in sorted order; explicit files always count") {
  TempDir dir;
  std::string b = dir.touch("b.txt");
  std::string a = dir.touch("sub/a.md");
  dir.touch("c.bin");
  std::string named = dir.touch("d.bin");
  auto set = docqc::input::collect_files({dir.path.string(), named}, {}, {});
  CHECK(set.errors.empty());
  CHECK(paths_of(set) == std::vector<std::string>{b, a, named});
}

TEST_CASE("a file named twice, or also inside a given directory, is checked once") {
  TempDir dir;
  std::string a = dir.touch("a.txt");
  std::string dotted = (dir.path / "." / "a.txt").string();
  auto set = docqc::input::collect_files({a, a, dotted, dir.path.string()}, {}, {});
  CHECK(paths_of(set) == std::vector<std::string>{a});
  auto twice_stdin = docqc::input::collect_files({"-", "-"}, {}, {});
  CHECK(twice_stdin.files.size() == 1);
}

TEST_CASE("missing paths are errors, not exceptions") {
  auto set = docqc::input::collect_files({"/nonexistent/docqc/path"}, {}, {});
  CHECK(set.files.empty());
  REQUIRE(set.errors.size() == 1);
  CHECK(set.errors[0].find("/nonexistent/docqc/path") == 0);
}

TEST_SUITE_END();
