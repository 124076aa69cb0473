#include "fix/fix_files.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// A stand-in rule: every "，，" is a finding whose fix is "，"; with `grow`, every "a" is fixed
// to "aa" (a fix that re-creates its own match).
docqc::fix::Checked check_text(std::string_view bytes, bool grow) {
  docqc::fix::Checked checked;
  checked.document = std::make_unique<docqc::doc::Document>("a.txt", std::string(bytes));
  std::string_view text = checked.document->text();
  const std::string_view target = grow ? "a" : "，，";
  for (std::size_t pos = text.find(target); pos != std::string_view::npos;
       pos = text.find(target, pos + target.size())) {
    docqc::Finding finding;
    finding.rule = grow ? "grow" : "doubled";
    finding.offset = pos;
    finding.length = target.size();
    finding.fix.emplace();
    finding.fix->offset = pos;
    finding.fix->length = target.size();
    finding.fix->replacement.assign(grow ? "aa" : "，");
    checked.findings.push_back(std::move(finding));
  }
  return checked;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Said {
  std::vector<std::string> lines;
  docqc::fix::SayFunction function() {
    return [this](std::string_view level, const std::string& text) {
      lines.push_back(std::string(level) + "|" + text);
    };
  }
  bool has(const std::string& part) const {
    for (const auto& line : lines) {
      if (line.find(part) != std::string::npos) {
        return true;
      }
    }
    return false;
  }
};

fs::path temp_dir() {
  auto dir = fs::temp_directory_path() /
             ("docqc-fix-files-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_SUITE_BEGIN("fix::fix_files");

TEST_CASE("fixed files are written, a file that does not converge is left alone") {
  auto dir = temp_dir();
  std::ofstream(dir / "a.txt") << "甲，，，乙";
  std::ofstream(dir / "b.txt") << "clean";
  std::ofstream(dir / "grow.txt") << "a";
  std::vector<docqc::input::InputFile> files = {{(dir / "a.txt").string(), false},
                                                {(dir / "b.txt").string(), false},
                                                {(dir / "grow.txt").string(), false},
                                                {(dir / "missing.txt").string(), false}};
  Said said;
  std::ostringstream out;
  auto run = docqc::fix::fix_files(
      files, {}, [&](std::size_t i, std::string_view text) { return check_text(text, i == 2); },
      out, said.function());
  CHECK(run.changed == 1);
  CHECK(run.io_error);  // grow.txt
  CHECK(slurp(dir / "a.txt") == "甲，乙");
  CHECK(slurp(dir / "b.txt") == "clean");
  CHECK(slurp(dir / "grow.txt") == "a");
  CHECK(said.has("error|" + (dir / "grow.txt").string() + ": the fixes did not converge"));
  CHECK(said.has("rules: grow"));
  CHECK(said.has("|fixed 2 findings in 1 file"));  // "，，，" takes two rounds
  CHECK(out.str().empty());
  fs::remove_all(dir);
}

TEST_CASE("diff prints and writes nothing; a read-only file is reported, not written") {
  auto dir = temp_dir();
  std::ofstream(dir / "a.txt") << "甲，，乙\n";
  std::ofstream(dir / "ro.txt") << "丙，，丁\n";
  ::chmod((dir / "ro.txt").c_str(), 0444);
  std::vector<docqc::input::InputFile> files = {{(dir / "a.txt").string(), false},
                                                {(dir / "ro.txt").string(), false}};
  auto check = [](std::size_t, std::string_view text) { return check_text(text, false); };
  Said said;
  std::ostringstream out;
  docqc::fix::FixRequest diff;
  diff.diff = true;
  auto shown = docqc::fix::fix_files(files, diff, check, out, said.function());
  CHECK(shown.changed == 2);
  CHECK_FALSE(shown.io_error);
  CHECK(out.str().find("-甲，，乙") != std::string::npos);
  CHECK(out.str().find("+甲，乙") != std::string::npos);
  CHECK(slurp(dir / "a.txt") == "甲，，乙\n");
  CHECK(said.lines.empty());  // no summary with diff
  Said written;
  std::ostringstream none;
  auto run = docqc::fix::fix_files(files, {}, check, none, written.function());
  CHECK(run.changed == 1);
  CHECK(run.io_error);
  CHECK(slurp(dir / "a.txt") == "甲，乙\n");
  CHECK(slurp(dir / "ro.txt") == "丙，，丁\n");
  CHECK(written.has("error|" + (dir / "ro.txt").string() + ": is read-only"));
  ::chmod((dir / "ro.txt").c_str(), 0644);
  fs::remove_all(dir);
}
