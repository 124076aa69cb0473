#include "cli/check_settings.h"

#include <fmt/format.h>

#include <filesystem>
#include <stdexcept>
#include <system_error>

#include "fix/output_file.h"

namespace docqc::cli {

void validate_request(const CheckSettings& settings, const std::vector<input::InputFile>& files) {
  namespace fs = std::filesystem;
  if (settings.fix && !settings.diff) {
    for (const auto& file : files) {
      if (file.is_stdin) {
        throw std::invalid_argument("--fix cannot write back to standard input; use --diff");
      }
    }
  }
  for (const std::string* target : {&settings.output, &settings.write_baseline}) {
    if (target->empty()) {
      continue;
    }
    for (const auto& file : files) {
      if (!file.is_stdin && fix::same_file(*target, file.path)) {
        throw std::invalid_argument(
            fmt::format("{} is one of the files to check; refusing to overwrite it with the {}",
                        *target, target == &settings.output ? "report" : "baseline"));
      }
    }
    fix::require_output_directory(*target);
  }
  if (!settings.output.empty() && (settings.output == settings.write_baseline ||
                                   fix::same_file(settings.output, settings.write_baseline))) {
    throw std::invalid_argument("--output and --write-baseline name the same file");
  }
}

}  // namespace docqc::cli
