// `docqc check PATH...`: the main command.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/rule_selection.h"
#include "engine/checker.h"
#include "input/decoder.h"
#include "report/reporters.h"

namespace docqc::cli {

namespace {

struct CheckSettings {
  std::vector<std::string> paths;
  RuleOptions rules;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string color = "auto";
  std::string encoding = "auto";
  std::vector<std::string> includes;
  std::vector<std::string> excludes;
  unsigned jobs = 0;
  bool verbose = false;
};

bool use_color(const CheckSettings& settings) {
  if (settings.color == "always") {
    return true;
  }
  if (settings.color == "never" || !settings.output.empty()) {
    return false;
  }
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR") &&
         !(term && std::string_view(term) == "dumb");
}

std::vector<report::FileReport> check_all(const std::vector<input::InputFile>& files,
                                          const engine::Engine& engine,
                                          const engine::CheckOptions& options, unsigned jobs) {
  std::vector<report::FileReport> reports(files.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      reports[i] = engine::check_file(files[i], engine, options);
      if (files[i].is_stdin) {
        reports[i].path = "<stdin>";
        for (auto& finding : reports[i].findings) {
          finding.file = "<stdin>";
          for (auto& related : finding.related) {
            if (related.file == "-") {
              related.file = "<stdin>";
            }
          }
        }
      }
    }
  };
  unsigned threads = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(files.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) {
    pool.emplace_back(worker);
  }
  worker();
  for (auto& thread : pool) {
    thread.join();
  }
  return reports;
}

int run_check(const CheckSettings& settings) {
  auto fail_on = settings.fail_on == "none" ? std::nullopt : parse_severity(settings.fail_on);
  input::check_encoding_name(settings.encoding);
  LoadedRules loaded = load_rules(settings.rules);
  input::FileSet files = input::collect_files(settings.paths, settings.includes, settings.excludes);
  for (const auto& error : files.errors) {
    std::cerr << "docqc: error: " << error << '\n';
  }

  engine::Engine engine(loaded.active);
  engine::CheckOptions options;
  options.encoding = settings.encoding;
  options.keep_context = settings.format == "text";
  options.report_invalid_bytes = loaded.invalid_bytes;
  options.report_encoding_detected = loaded.encoding_detected;
  report::Report report;
  report.tool_version = DOCQC_VERSION;
  report.rules = loaded.descriptors;
  unsigned jobs = settings.jobs ? settings.jobs : std::max(1u, std::thread::hardware_concurrency());
  report.files = check_all(files.files, engine, options, jobs);
  std::stable_sort(report.files.begin(), report.files.end(),
                   [](const auto& a, const auto& b) { return a.path < b.path; });

  bool io_error = !files.errors.empty();
  for (const auto& file : report.files) {
    if (!file.error.empty()) {
      std::cerr << "docqc: error: " << file.path << ": " << file.error << '\n';
      io_error = true;
    }
    if (!file.skipped.empty() && settings.format != "text") {
      std::cerr << "docqc: note: " << file.path << ": skipped: " << file.skipped << '\n';
    }
  }

  report::PrintOptions print;
  print.color = use_color(settings);
  print.verbose = settings.verbose;
  auto reporter = report::make_reporter(settings.format, print);
  if (settings.output.empty()) {
    reporter->write(report, std::cout);
    std::cout.flush();
  } else {
    std::string temporary = settings.output + ".docqc-tmp";
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      if (!out) {
        std::cerr << "docqc: error: cannot write " << settings.output << '\n';
        return 2;
      }
      reporter->write(report, out);
      if (!out.flush()) {
        std::cerr << "docqc: error: cannot write " << settings.output << '\n';
        return 2;
      }
    }
    if (std::rename(temporary.c_str(), settings.output.c_str()) != 0) {
      std::cerr << "docqc: error: cannot write " << settings.output << '\n';
      return 2;
    }
  }
  if (io_error) {
    return 2;
  }
  if (fail_on) {
    for (const auto& file : report.files) {
      for (const auto& finding : file.findings) {
        if (finding.severity >= *fail_on) {
          return 1;
        }
      }
    }
  }
  return 0;
}

}  // namespace

// List options take one value per occurrence (`--select a,b` or `--select a --select b`), so
// `--select numbering file.txt` never swallows the path.
void add_check_command(CLI::App& app, Action& action) {
  auto settings = std::make_shared<CheckSettings>();
  CLI::App* command = app.add_subcommand("check", "Check files and directories ('-' for stdin)");
  command->add_option("paths", settings->paths, "Files, directories, or - for stdin")->required();
  command->add_option("--format,-f", settings->format, "Output format")
      ->check(CLI::IsMember(report::format_names()));
  command->add_option("--output,-o", settings->output, "Write the report to FILE");
  command
      ->add_option("--fail-on", settings->fail_on,
                   "Exit 1 when a finding is at or above this severity")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  command->add_option("--color", settings->color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command->add_option("--encoding", settings->encoding,
                      "auto (detect) or an encoding name such as UTF-8, GB18030, Big5");
  command
      ->add_option("--include", settings->includes,
                   "Glob of files to take from directories (default *.txt *.md *.text)")
      ->allow_extra_args(false);
  command->add_option("--exclude", settings->excludes, "Glob of files or directories to skip")
      ->allow_extra_args(false);
  command->add_option("--jobs,-j", settings->jobs, "Files checked in parallel (default: cores)");
  command
      ->add_option("--rules", settings->rules.rule_paths,
                   "Extra rule file or directory (repeatable)")
      ->allow_extra_args(false);
  command->add_flag("--no-default-rules", settings->rules.no_default_rules,
                    "Do not load the embedded default packs");
  command->add_option("--select", settings->rules.select, "Only these rule ids or categories")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_option("--ignore", settings->rules.ignore, "Skip these rule ids or categories")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_flag("--verbose,-v", settings->verbose, "Also print per-file facts");
  command->callback([&action, settings] {
    action = [settings] {
      try {
        return run_check(*settings);
      } catch (const input::UnknownEncoding& error) {
        std::cerr << "docqc: error: " << error.what() << '\n';
        return 2;
      } catch (const std::invalid_argument& error) {
        std::cerr << "docqc: error: " << error.what() << '\n';
        return 2;
      }
    };
  });
}

}  // namespace docqc::cli
