#include "cli/check_settings.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace fs = std::filesystem;
using docqc::cli::CheckSettings;
using docqc::cli::validate_request;

TEST_SUITE_BEGIN("cli::check_settings");

TEST_CASE("regression_fix_stdin_and_file: --fix of standard input is refused, --diff is not") {
  CheckSettings settings;
  settings.fix = true;
  std::vector<docqc::input::InputFile> files = {{"-", true}};
  CHECK_THROWS_WITH_AS(validate_request(settings, files), doctest::Contains("standard input"),
                       std::invalid_argument);
  settings.diff = true;
  CHECK_NOTHROW(validate_request(settings, files));
}

TEST_CASE("regression_output_is_input: an output or baseline that is an input is refused") {
  auto dir = fs::temp_directory_path() / ("docqc-check-settings-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "in.txt") << "text";
  std::vector<docqc::input::InputFile> files = {{(dir / "in.txt").string(), false}};
  CheckSettings settings;
  settings.output = (dir / "." / "in.txt").string();
  CHECK_THROWS_WITH_AS(validate_request(settings, files),
                       doctest::Contains("is one of the files to check"), std::invalid_argument);
  settings.output.clear();
  settings.write_baseline = (dir / "in.txt").string();
  CHECK_THROWS_WITH_AS(validate_request(settings, files), doctest::Contains("baseline"),
                       std::invalid_argument);
  settings.write_baseline = (dir / "b.json").string();
  settings.output = (dir / "b.json").string();
  CHECK_THROWS_WITH_AS(validate_request(settings, files), doctest::Contains("the same file"),
                       std::invalid_argument);
  settings.output = (dir / "missing" / "r.json").string();
  CHECK_THROWS_WITH_AS(validate_request(settings, files),
                       doctest::Contains("No such file or directory"), std::invalid_argument);
  settings.output = (dir / "r.json").string();
  CHECK_NOTHROW(validate_request(settings, files));
  fs::remove_all(dir);
}
