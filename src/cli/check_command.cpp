// `docqc check PATH...`: the main command. It turns the command line into CheckSettings,
// validates all of it before any file is read or written, then runs the pipeline: collect
// the files (input/file_set.h), group them by config (cli/check_project.h), fix them
// (fix/fix_files.h), check them in parallel with ordered streaming (engine/check_files.h),
// suppress (suppress/pipeline.h, suppress/baseline.h) and print or write the report through
// fix::write_output().
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include "cli/check_project.h"
#include "cli/check_settings.h"
#include "cli/commands.h"
#include "cli/corpus_command.h"
#include "cli/progress.h"
#include "engine/check_files.h"
#include "engine/checker.h"
#include "engine/corpus.h"
#include "fix/fix_files.h"
#include "fix/output_file.h"
#include "input/decoder.h"
#include "report/reporters.h"
#include "report/statistics.h"
#include "report/streaming_reporter.h"
#include "report/terminal_safe.h"
#include "report/text_reporter.h"
#include "suppress/baseline.h"

namespace docqc::cli {

namespace {

bool use_color(const CheckSettings& settings) {
  const char* term = std::getenv("TERM");
  return settings.color == "always" ||
         (settings.color != "never" && settings.output.empty() && isatty(STDOUT_FILENO) &&
          !std::getenv("NO_COLOR") && !(term && std::string_view(term) == "dumb"));
}

int run_check(CheckSettings settings) {
  if (settings.corpus.input_format == "jsonl") {
    return run_corpus({settings.corpus, settings.paths, settings.rules, settings.format,
                       settings.output, settings.jobs, settings.fix || settings.unsafe_fixes,
                       settings.unsafe_fixes, settings.cross_file, settings.quiet, settings.config,
                       settings.no_config, settings.follow});
  }
  input::check_encoding_name(settings.encoding);
  if (!settings.max_file_size.empty() &&
      !input::parse_size(settings.max_file_size, settings.max_bytes)) {
    throw std::invalid_argument(
        fmt::format("--max-file-size: '{}' is not a size (such as 4096, 100K, 512M or 2G)",
                    settings.max_file_size));
  }
  settings.fix = settings.fix || settings.diff || settings.unsafe_fixes;
  Project project(settings);
  const auto& forced = project.forced();
  // include and fail-on come from --config, or else from the config above the current
  // directory: they concern the run, not one file.
  std::optional<config::Config> run_config = forced;
  if (!run_config && !settings.no_config) {
    if (auto found = config::find_config(".")) {
      run_config = config::load_config(*found);
    }
  }
  if (run_config && settings.includes.empty()) {
    settings.includes = run_config->include;
  }
  if (run_config && run_config->fail_on && !settings.fail_on_given) {
    settings.fail_on = *run_config->fail_on;
  }
  auto fail_on = settings.fail_on == "none" ? std::nullopt : parse_severity(settings.fail_on);

  input::WalkOptions walk;
  walk.includes = settings.includes;
  walk.excludes = settings.excludes;
  walk.follow_symlinks = settings.follow;
  walk.max_bytes = settings.max_bytes;
  input::FileSet collected = input::collect_files(settings.paths, walk);
  validate_request(settings, collected.files);
  std::optional<suppress::Baseline> baseline;
  if (!settings.baseline.empty()) {
    baseline = suppress::Baseline::load(settings.baseline);
  }
  for (const auto& error : collected.errors) {
    std::cerr << "docqc: error: " << report::terminal_safe(error) << '\n';
  }
  if (collected.skipped_links != 0 && !settings.quiet) {
    std::cerr << fmt::format(
        "docqc: note: {} symbolic {} in the walked directories not followed (--follow)\n",
        collected.skipped_links, collected.skipped_links == 1 ? "link" : "links");
  }
  std::vector<input::InputFile> files;
  std::vector<Group*> groups;
  for (const auto& file : collected.files) {
    std::string config_path = project.config_path_for(file);
    Group& group = project.group(config_path);
    if (!file.is_stdin && !group.config.file.empty() &&
        config::settings_for(group.config, file.path).excluded) {
      continue;
    }
    project.load_ignore_list(file);
    files.push_back(file);
  }
  // Check in the order of the report so that streaming printers can print as files finish.
  std::stable_sort(files.begin(), files.end(),
                   [](const input::InputFile& a, const input::InputFile& b) {
                     return display_path(a) < display_path(b);
                   });
  for (const auto& file : files) {
    groups.push_back(&project.group(project.config_path_for(file)));
  }

  bool io_error = !collected.errors.empty();
  unsigned jobs = settings.jobs ? settings.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (settings.fix) {
    fix::FixRequest request{settings.unsafe_fixes, settings.diff, settings.follow, settings.quiet};
    auto check = [&](std::size_t i, std::string_view text) {
      engine::Analysis analysis = engine::analyze_bytes(display_path(files[i]), std::string(text),
                                                        *groups[i]->engine, groups[i]->options);
      return fix::Checked{std::move(analysis.document), std::move(analysis.findings)};
    };
    auto say = [](std::string_view level, const std::string& text) {
      std::cerr << "docqc: " << level << (level.empty() ? "" : ": ") << report::terminal_safe(text)
                << '\n';
    };
    fix::FixRun fixed = fix::fix_files(files, request, check, std::cout, say);
    io_error = io_error || fixed.io_error;
    const std::size_t changed = fixed.changed;
    if (settings.diff) {
      return io_error ? 2 : (changed != 0 ? 1 : 0);
    }
    // The fix rounds went through the same engines: cross-file rules start afresh, or every
    // round's copy of a file would be compared with the final one.
    std::set<Group*> seen;
    for (Group* group : groups) {
      if (seen.insert(group).second) {
        engine::reset_corpus(*group->engine);
      }
    }
  }

  report::Report report;
  report.tool_version = DOCQC_VERSION;
  report.rules = project.descriptors();
  report::PrintOptions print;
  print.color = use_color(settings);
  print.verbose = settings.verbose;
  print.quiet = settings.quiet;
  auto reporter = report::make_reporter(settings.format, print);
  if (auto* text = dynamic_cast<report::TextReporter*>(reporter.get())) {
    text->set_width(terminal_columns(settings.output.empty()));
  }
  auto* streaming = dynamic_cast<report::StreamingReporter*>(reporter.get());
  // --cross-file adds findings once every file is checked: nothing can be printed before.
  bool stream = streaming && settings.output.empty() && !settings.statistics &&
                settings.write_baseline.empty() && !settings.cross_file;
  std::size_t baselined = 0;
  std::vector<report::FileReport> reports;
  {
    // A bar redrawn on a terminal that also receives streamed findings would garble them.
    Progress progress(files.size(), !settings.quiet && !(stream && isatty(STDOUT_FILENO)));
    std::vector<engine::FileEngine> engines;
    for (const Group* group : groups) {
      engines.push_back({group->engine.get(), &group->options});
    }
    if (stream) {
      streaming->begin(report, files.size());
    }
    auto tick = [&] { progress.tick(); };
    // Without a baseline to filter them, streamed findings are located as they are printed.
    auto checked =
        stream && !baseline
            ? engine::stream_files(files, engines, jobs, tick,
                                   [&](report::FileReport& file, report::FindingSource& found) {
                                     streaming->file_done(file, found, std::cout);
                                   })
            : engine::check_files(files, engines, jobs, tick, [&](report::FileReport& file) {
                baselined += baseline && !settings.cross_file ? baseline->filter(file) : 0;
                if (stream) {
                  streaming->file_done(file, std::cout);
                }
              });
    if (!checked.degraded.empty() && !settings.quiet) {
      std::cerr << "docqc: note: " << checked.degraded << '\n';
    }
    reports = std::move(checked.reports);
  }
  report.files = std::move(reports);
  if (settings.cross_file) {
    std::set<Group*> seen;
    for (Group* group : groups) {
      if (seen.insert(group).second) {
        engine::add_corpus_findings(*group->engine, group->options, report.files);
      }
    }
    if (baseline) {
      for (auto& file : report.files) {
        baselined += baseline->filter(file);
      }
    }
  }

  if (!settings.quiet) {
    project.ignore_lists().report_unused(std::cerr);
  }
  for (const auto& file : report.files) {
    if (!file.error.empty()) {
      std::cerr << "docqc: error: " << report::terminal_safe(file.path) << ": " << file.error
                << '\n';
      io_error = true;
    }
    if (!file.skipped.empty() && settings.format != "text" && !settings.quiet) {
      std::cerr << "docqc: note: " << report::terminal_safe(file.path)
                << ": skipped: " << file.skipped << '\n';
    }
  }
  if (baselined != 0 && !settings.quiet) {
    std::cerr << fmt::format("docqc: note: {} baselined {} not shown\n", baselined,
                             baselined == 1 ? "finding" : "findings");
  }

  if (!settings.write_baseline.empty()) {
    auto written = suppress::Baseline::from_report(report);
    try {
      fix::write_output(settings.write_baseline, written.to_json(), settings.follow);
    } catch (const std::exception& e) {
      std::cerr << "docqc: error: cannot write the baseline: " << report::terminal_safe(e.what())
                << '\n';
      return 2;
    }
    if (!settings.quiet) {
      report::Counts counts = report::count_findings(report);
      std::cout << fmt::format(
          "docqc: wrote {} {} ({} errors, {} warnings, {} infos) of {} {} to {}\n", written.size(),
          written.size() == 1 ? "finding" : "findings", counts.errors, counts.warnings,
          counts.infos, report.files.size(), report.files.size() == 1 ? "file" : "files",
          settings.write_baseline);
    }
    // The one-line summary is the output; a report only when -o asks for one.
    if (settings.output.empty()) {
      return io_error ? 2 : 0;
    }
  }

  auto body = [&](std::ostream& out) {
    if (settings.statistics) {
      report::write_statistics(report, out);
    } else if (stream) {
      streaming->finish(report, out);
    } else {
      reporter->write(report, out);
    }
  };
  if (settings.output.empty()) {
    body(std::cout);
    std::cout.flush();
  } else {
    std::ostringstream rendered;
    body(rendered);
    try {
      fix::write_output(settings.output, rendered.str(), settings.follow);
    } catch (const std::exception& e) {
      std::cerr << "docqc: error: cannot write the report: " << report::terminal_safe(e.what())
                << '\n';
      return 2;
    }
  }
  if (io_error) {
    return 2;
  }
  if (!settings.write_baseline.empty()) {
    return 0;  // recording the current state is not a failure
  }
  // Streamed findings are not kept: the reporter saw their worst severity.
  std::optional<Severity> worst = stream ? streaming->worst() : std::nullopt;
  for (const auto& file : report.files) {
    for (const auto& finding : file.findings) {
      worst = std::max(worst, std::optional<Severity>(finding.severity));
    }
  }
  return fail_on && worst >= fail_on ? 1 : 0;
}

void list_encodings() {
  for (const auto& names : input::available_encodings()) {
    std::cout << names.front();
    for (std::size_t i = 1; i < names.size(); ++i) {
      std::cout << (i == 1 ? "  (" : ", ") << names[i];
    }
    std::cout << (names.size() > 1 ? ")\n" : "\n");
  }
}

}  // namespace

// List options take one value per occurrence (`--select a,b` or `--select a --select b`), so
// `--select numbering file.txt` never swallows the path.
void add_check_command(CLI::App& app, Action& action) {
  auto settings = std::make_shared<CheckSettings>();
  CLI::App* command = app.add_subcommand("check", "Check files and directories ('-' for stdin)");
  // Required unless --list-encodings (checked in the callback).
  command->add_option("paths", settings->paths, "Files, directories, or - for stdin");
  command->add_option("--format,-f", settings->format, "Output format")
      ->check(CLI::IsMember(report::format_names()));
  command->add_option("--output,-o", settings->output, "Write the report to FILE");
  auto* fail_on = command
                      ->add_option("--fail-on", settings->fail_on,
                                   "Exit 1 when a finding is at or above this severity")
                      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  command->add_option("--color", settings->color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command->add_option("--encoding", settings->encoding,
                      "auto (detect) or an encoding name such as UTF-8, GB18030, Big5");
  command->add_flag("--list-encodings", settings->list_encodings,
                    "Print the encoding names --encoding accepts, then exit");
  command->add_flag("--follow", settings->follow,
                    "Follow symbolic links: into directories during walks, and when --fix, "
                    "--output or --write-baseline write to a link");
  command->add_option("--max-file-size", settings->max_file_size,
                      "Refuse files larger than this (default 512M; suffixes K, M, G)");
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
  command->add_flag("--quiet,-q", settings->quiet,
                    "Print findings only: no summary, notes or progress bar");
  command->add_flag("--statistics", settings->statistics,
                    "Print the number of findings per rule instead of the findings");
  auto* config = command->add_option(
      "--config", settings->config,
      "Use this config file for every path (default: the nearest .docqc.yaml above each file)");
  command->add_flag("--no-config", settings->no_config, "Ignore .docqc.yaml files")
      ->excludes(config);
  command->add_option("--baseline", settings->baseline,
                      "Report only findings that are not in this baseline file");
  command->add_option("--write-baseline", settings->write_baseline,
                      "Record the current findings in FILE (exit 0)");
  command->add_flag("--fix", settings->fix, "Apply the safe fixes to the files, then report");
  command->add_flag("--unsafe-fixes", settings->unsafe_fixes,
                    "With --fix or --diff: also apply fixes that may change the meaning");
  command->add_flag("--diff", settings->diff,
                    "Print the fixes as a unified diff; write nothing (exit 1 if any)");
  command->add_flag("--cross-file", settings->cross_file,
                    "Also compare the files with each other (paragraphs repeated across files)");
  command->add_flag("--all-occurrences", settings->all_occurrences,
                    "text, html, github: list every occurrence of a repeated style finding");
  command->add_option(
      "--flood-threshold", settings->flood_threshold,
      "text, html, github: an info finding this often in a file is one (default 50)");
  add_corpus_options(*command, settings->corpus);
  command->callback([&action, settings, fail_on] {
    settings->fail_on_given = fail_on->count() > 0;
    if (settings->list_encodings) {
      action = [] {
        list_encodings();
        return 0;
      };
      return;
    }
    if (settings->paths.empty()) {
      throw CLI::RequiredError("paths");
    }
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
