#include "input/file_set.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace fs = std::filesystem;

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

TEST_SUITE_BEGIN("input::file_set");

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
