// `docqc check PATH...`: the main command.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "cli/corpus_command.h"
#include "cli/progress.h"
#include "cli/rule_selection.h"
#include "config/config.h"
#include "engine/checker.h"
#include "engine/corpus.h"
#include "fix/fixer.h"
#include "fix/unified_diff.h"
#include "input/decoder.h"
#include "report/reporters.h"
#include "report/streaming_reporter.h"
#include "report/text_reporter.h"
#include "rules/config_error.h"
#include "rules/embedded_files.h"
#include "suppress/baseline.h"
#include "suppress/ignore_list.h"
#include "suppress/inline_directives.h"

namespace docqc::cli {

namespace {

struct CheckSettings {
  std::vector<std::string> paths;
  RuleOptions rules;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  bool fail_on_given = false;
  std::string color = "auto";
  std::string encoding = "auto";
  std::vector<std::string> includes;
  std::vector<std::string> excludes;
  unsigned jobs = 0;
  bool verbose = false;
  bool quiet = false;
  bool statistics = false;
  std::string config;
  bool no_config = false;
  std::string baseline;
  std::string write_baseline;
  bool fix = false;
  bool unsafe_fixes = false;
  bool diff = false;
  bool cross_file = false;
  CorpusOptions corpus;  // --input-format jsonl (cli/corpus_command.h)
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

std::string display_path(const input::InputFile& file) {
  return file.is_stdin ? "<stdin>" : file.path;
}

bool is_markdown(const std::string& path) {
  auto extension = std::filesystem::path(path).extension().string();
  return extension == ".md" || extension == ".markdown";
}

// Everything that one .docqc.yaml (or its absence) decides: the rules and their engine.
struct Group {
  config::Config config;
  rules::OptionOverrides overrides;
  LoadedRules loaded;
  std::unique_ptr<engine::Engine> engine;
  engine::CheckOptions options;
};

std::set<std::string> embedded_packs() {
  std::set<std::string> packs;
  for (const auto& file : rules::embedded_files()) {
    std::string_view path = file.path;
    if (path.starts_with("rules/") && path.ends_with(".yaml")) {
      auto rest = path.substr(6);
      packs.emplace(rest.substr(0, rest.find('/')));
    }
  }
  return packs;
}

class Project {
 public:
  Project(const CheckSettings& settings) : m_settings(settings) {
    if (!settings.config.empty()) {
      m_forced = config::load_config(settings.config);
    }
  }

  // The config that governs `path` (a file, or "-" for stdin: the current directory).
  std::string config_path_for(const input::InputFile& file) {
    if (m_forced) {
      return m_forced->file;
    }
    if (m_settings.no_config) {
      return {};
    }
    std::filesystem::path dir =
        file.is_stdin ? std::filesystem::path(".") : std::filesystem::path(file.path).parent_path();
    if (dir.empty()) {
      dir = ".";
    }
    auto cached = m_found.find(dir.string());
    if (cached != m_found.end()) {
      return cached->second;
    }
    auto found = config::find_config(dir);
    std::string result;
    if (found) {
      // Show it as the user would reach it: relative to the current directory when below it.
      std::error_code ec;
      auto relative = std::filesystem::relative(*found, ec);
      result = (!ec && !relative.empty() && relative.string().rfind("..", 0) != 0)
                   ? relative.string()
                   : found->string();
    }
    m_found[dir.string()] = result;
    return result;
  }

  Group& group(const std::string& config_path) {
    auto it = m_groups.find(config_path);
    if (it != m_groups.end()) {
      return *it->second;
    }
    auto group = std::make_unique<Group>();
    if (m_forced && config_path == m_forced->file) {
      group->config = *m_forced;
    } else if (!config_path.empty()) {
      group->config = config::load_config(config_path);
    }
    const config::Config& config = group->config;
    RuleOptions options = m_settings.rules;
    if (config.packs) {
      options.packs.emplace();
      for (const auto& pack : *config.packs) {
        options.packs->push_back(pack.value);
      }
    }
    options.rule_paths.insert(options.rule_paths.begin(), config.rules.begin(), config.rules.end());
    group->overrides.file = config.file;
    for (const auto& [id, node] : config.options) {
      const auto& name = config.option_names.at(id);
      group->overrides.by_rule[id] = {node, name.line, name.column};
    }
    options.overrides = &group->overrides;
    // The config's select/ignore work per file (config::settings_for); the command line's
    // narrow the rule set for every file.
    group->loaded = load_rules(options);
    std::set<std::string> ids;
    for (const auto& rule : group->loaded.all) {
      ids.insert(rule->info().id);
    }
    for (const auto& builtin : engine::builtin_rules()) {
      ids.insert(builtin.id);
    }
    config::validate(config, embedded_packs(), ids);
    // Rules that compare files with each other only run with --cross-file.
    std::vector<const rules::Rule*> active;
    for (const rules::Rule* rule : group->loaded.active) {
      if (m_settings.cross_file || !engine::is_corpus_rule(*rule)) {
        active.push_back(rule);
      }
    }
    group->engine = std::make_unique<engine::Engine>(active);
    group->options.encoding = m_settings.encoding;
    group->options.report_invalid_bytes = group->loaded.invalid_bytes;
    group->options.report_encoding_detected = group->loaded.encoding_detected;
    group->options.keep_text = m_settings.format == "html";
    // Context feeds the text output and the fingerprints (SARIF, GitLab, baselines).
    group->options.keep_context = m_settings.format == "text" || m_settings.format == "sarif" ||
                                  m_settings.format == "gitlab" || !m_settings.baseline.empty() ||
                                  !m_settings.write_baseline.empty();
    group->options.char_offsets = m_settings.format == "sarif" || m_settings.format == "html";
    const config::Config* config_ptr = &group->config;
    const auto* ignore_lists = &m_ignore_lists;
    group->options.filter = [config_ptr, ignore_lists](const doc::Document& document,
                                                       std::vector<Finding>& findings) {
      filter_findings(*config_ptr, *ignore_lists, document, findings);
    };
    auto& slot = m_groups[config_path];
    slot = std::move(group);
    return *slot;
  }

  // Sidecar ignore lists are read up front, on the main thread, so a broken one is a
  // located error before any checking starts.
  void load_ignore_list(const input::InputFile& file) {
    if (file.is_stdin) {
      return;
    }
    if (auto list = suppress::IgnoreList::load_for(file.path)) {
      m_ignore_lists.emplace(file.path, std::move(*list));
    }
  }
  std::map<std::string, suppress::IgnoreList>& ignore_lists() { return m_ignore_lists; }

  const std::optional<config::Config>& forced() const { return m_forced; }
  std::vector<report::RuleDescriptor> descriptors() const {
    std::map<std::string, report::RuleDescriptor> by_id;
    for (const auto& [path, group] : m_groups) {
      for (const auto& d : group->loaded.descriptors) {
        by_id.emplace(d.id, d);
      }
    }
    std::vector<report::RuleDescriptor> out;
    for (auto& [id, d] : by_id) {
      out.push_back(std::move(d));
    }
    return out;
  }

 private:
  static void filter_findings(const config::Config& config,
                              const std::map<std::string, suppress::IgnoreList>& ignore_lists,
                              const doc::Document& document, std::vector<Finding>& findings) {
    if (findings.empty()) {
      return;
    }
    config::FileSettings settings = config::settings_for(config, document.path());
    std::erase_if(findings,
                  [&](const Finding& f) { return !config::enabled(settings, f.rule, f.category); });
    for (auto& f : findings) {
      f.severity = config::effective_severity(settings, f.rule, f.category, f.severity);
    }
    if (is_markdown(document.path())) {
      auto directives = suppress::InlineDirectives::parse(document.text(), document.lines());
      if (!directives.empty()) {
        std::erase_if(findings, [&](const Finding& f) {
          return directives.suppresses(f.rule, to_string(f.category),
                                       document.lines().line_of(f.offset));
        });
      }
    }
    auto list = ignore_lists.find(document.path());
    if (list != ignore_lists.end()) {
      // Each document has its own list and is checked by one thread at a time.
      auto& mutable_list = const_cast<suppress::IgnoreList&>(list->second);
      std::erase_if(findings, [&](const Finding& f) {
        return mutable_list.ignores(f.rule, to_string(f.category),
                                    document.line_text(document.lines().line_of(f.offset)));
      });
    }
  }

  const CheckSettings& m_settings;
  std::optional<config::Config> m_forced;
  std::map<std::string, std::string> m_found;  // directory -> config path ("" for none)
  std::map<std::string, std::unique_ptr<Group>> m_groups;
  std::map<std::string, suppress::IgnoreList> m_ignore_lists;
};

// Checks every file; calls `done` on each report in file order as soon as it and every file
// before it are finished, so streaming printers can start before the run ends.
std::vector<report::FileReport> check_all(const std::vector<input::InputFile>& files,
                                          const std::vector<Group*>& groups, unsigned jobs,
                                          Progress& progress,
                                          const std::function<void(report::FileReport&)>& done) {
  std::vector<report::FileReport> reports(files.size());
  std::vector<char> finished(files.size(), 0);
  std::size_t emitted = 0;
  std::mutex mutex;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      report::FileReport report;
      try {
        report = engine::check_file(files[i], *groups[i]->engine, groups[i]->options);
      } catch (const std::exception& error) {
        // An exception must not escape a worker thread (std::terminate): the file gets an
        // error, like an unreadable one, and the run goes on.
        report = report::FileReport{};
        report.path = files[i].path;
        report.error = fmt::format("internal error while checking: {}", error.what());
      }
      if (files[i].is_stdin) {
        report.path = "<stdin>";
        for (auto& finding : report.findings) {
          finding.file = "<stdin>";
          for (auto& related : finding.related) {
            if (related.file == "-") {
              related.file = "<stdin>";
            }
          }
        }
      }
      progress.tick();
      std::lock_guard<std::mutex> lock(mutex);
      reports[i] = std::move(report);
      finished[i] = 1;
      while (emitted < files.size() && finished[emitted]) {
        done(reports[emitted++]);
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

// --statistics: one row per rule (most findings first) with its category, severity ("mixed"
// when per-path settings differ) and how many findings --fix and --unsafe-fixes would fix,
// then the totals.
void print_statistics(const report::Report& report, std::ostream& out) {
  struct Row {
    std::size_t count = 0;
    std::size_t safe = 0;
    std::size_t unsafe = 0;
    Category category = Category::encoding;
    std::set<Severity> severities;
  };
  std::map<std::string, Row> rows;
  report::Counts counts = report::count_findings(report);
  std::size_t safe = 0;
  std::size_t unsafe = 0;
  for (const auto& file : report.files) {
    for (const auto& f : file.findings) {
      Row& row = rows[f.rule];
      ++row.count;
      row.safe += f.fix && f.fix->safe;
      row.unsafe += f.fix && !f.fix->safe;
      row.category = f.category;
      row.severities.insert(f.severity);
    }
  }
  std::vector<std::pair<std::string, Row>> sorted(rows.begin(), rows.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
  std::size_t width = 4;
  for (const auto& [id, row] : sorted) {
    width = std::max(width, id.size());
  }
  out << fmt::format("{:>7}  {:<{}}  {:<12} {:<8} {}\n", "count", "rule", width, "category",
                     "severity", "fixable");
  for (const auto& [id, row] : sorted) {
    safe += row.safe;
    unsafe += row.unsafe;
    std::string fixable;
    if (row.safe > 0) {
      fixable = fmt::format("{} with --fix", row.safe);
    }
    if (row.unsafe > 0) {
      fixable += fmt::format("{}{} with --unsafe-fixes", fixable.empty() ? "" : ", ", row.unsafe);
    }
    std::string_view severity =
        row.severities.size() == 1 ? to_string(*row.severities.begin()) : "mixed";
    out << fmt::format("{:>7}  {:<{}}  {:<12} {:<8} {}\n", row.count, id, width,
                       to_string(row.category), severity, fixable);
  }
  out << fmt::format(
      "{:>7}  total: {} errors, {} warnings, {} infos; {} fixable with --fix, {} more "
      "with --unsafe-fixes\n",
      counts.total(), counts.errors, counts.warnings, counts.infos, safe, unsafe);
}

// --fix / --diff: returns the number of files that changed (or would change).
std::size_t fix_files(const CheckSettings& settings, const std::vector<input::InputFile>& files,
                      const std::vector<Group*>& groups, bool& io_error) {
  std::size_t changed = 0;
  std::size_t fixes = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& file = files[i];
    std::string bytes;
    std::string error;
    if (!input::read_input(file, bytes, error)) {
      continue;  // the check that follows reports it
    }
    if (file.is_stdin && !settings.diff) {
      std::cerr << "docqc: error: --fix cannot write back to standard input; use --diff\n";
      io_error = true;
      continue;
    }
    const Group& group = *groups[i];
    auto check = [&](std::string_view current) {
      engine::Analysis analysis = engine::analyze_bytes(display_path(file), std::string(current),
                                                        *group.engine, group.options);
      return fix::Checked{std::move(analysis.document), std::move(analysis.findings)};
    };
    fix::FixOutcome outcome = fix::fix_bytes(bytes, check, settings.unsafe_fixes);
    if (!outcome.converged) {
      std::cerr << "docqc: warning: " << display_path(file) << ": fixes did not converge after "
                << fix::k_max_rounds << " rounds\n";
    }
    if (outcome.unencodable != 0 && !settings.quiet) {
      std::cerr << "docqc: note: " << display_path(file) << ": " << outcome.unencodable
                << " fix(es) left out: the file's encoding cannot hold the replacement\n";
    }
    if (!outcome.changed()) {
      continue;
    }
    ++changed;
    fixes += outcome.applied;
    if (settings.diff) {
      std::string path = display_path(file);
      std::cout << fix::unified_diff(outcome.old_text, outcome.new_text, "a/" + path, "b/" + path);
      continue;
    }
    try {
      fix::write_file(file.path, outcome.bytes);
    } catch (const std::exception& e) {
      std::cerr << "docqc: error: " << e.what() << '\n';
      io_error = true;
    }
  }
  if (!settings.quiet && !settings.diff && changed != 0) {
    std::cerr << fmt::format("docqc: fixed {} {} in {} {}\n", fixes,
                             fixes == 1 ? "finding" : "findings", changed,
                             changed == 1 ? "file" : "files");
  }
  std::cout.flush();
  return changed;
}

// Writes `path`. A regular file (new, or behind a symlink) is written to a temporary file
// that is renamed into place, so readers never see half a report. Anything else (/dev/null,
// a FIFO, a terminal) is written directly: a rename would replace it with a regular file,
// and as root that turns /dev/null into a plain file for the whole machine.
bool write_output(const std::string& path, const std::function<void(std::ostream&)>& body) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path target = path;
  if (fs::is_symlink(fs::symlink_status(target, error))) {
    fs::path resolved = fs::weakly_canonical(target, error);
    if (!error) {
      target = resolved;
    }
  }
  fs::file_status status = fs::status(target, error);
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    std::ofstream out(target, std::ios::binary);
    body(out);
    return static_cast<bool>(out.flush());
  }
  std::string temporary = target.string() + ".docqc-tmp";
  bool written = false;
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (out) {
      body(out);
      written = static_cast<bool>(out.flush());
    }
  }
  if (!written || std::rename(temporary.c_str(), target.c_str()) != 0) {
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

int run_check(CheckSettings settings) {
  if (settings.corpus.input_format == "jsonl") {
    return run_corpus({settings.corpus, settings.paths, settings.rules, settings.format,
                       settings.output, settings.jobs, settings.fix || settings.unsafe_fixes,
                       settings.unsafe_fixes, settings.cross_file, settings.quiet, settings.config,
                       settings.no_config});
  }
  input::check_encoding_name(settings.encoding);
  if (settings.diff) {
    settings.fix = true;
  }
  if (settings.unsafe_fixes && !settings.fix) {
    settings.fix = true;
  }
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

  input::FileSet collected =
      input::collect_files(settings.paths, settings.includes, settings.excludes);
  for (const auto& error : collected.errors) {
    std::cerr << "docqc: error: " << error << '\n';
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
  std::vector<std::size_t> order(files.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return display_path(files[a]) < display_path(files[b]);
  });
  {
    std::vector<input::InputFile> sorted;
    for (std::size_t i : order) {
      sorted.push_back(files[i]);
    }
    files = std::move(sorted);
  }
  for (const auto& file : files) {
    groups.push_back(&project.group(project.config_path_for(file)));
  }

  bool io_error = !collected.errors.empty();
  unsigned jobs = settings.jobs ? settings.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (settings.fix) {
    std::size_t changed = fix_files(settings, files, groups, io_error);
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

  std::optional<suppress::Baseline> baseline;
  if (!settings.baseline.empty()) {
    baseline = suppress::Baseline::load(settings.baseline);
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
    reports = check_all(files, groups, jobs, progress, [&](report::FileReport& file) {
      if (baseline && !settings.cross_file) {
        baselined += baseline->filter(file);
      }
      if (stream) {
        streaming->file_done(file, std::cout);
      }
    });
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

  for (const auto& [path, list] : project.ignore_lists()) {
    for (const auto& entry : list.entries()) {
      if (!entry.used && !settings.quiet) {
        std::cerr << fmt::format("{}:{}:1: note: this ignore entry matched nothing [{}]\n",
                                 list.file(), entry.line, entry.rule);
      }
    }
  }
  for (const auto& file : report.files) {
    if (!file.error.empty()) {
      std::cerr << "docqc: error: " << file.path << ": " << file.error << '\n';
      io_error = true;
    }
    if (!file.skipped.empty() && settings.format != "text" && !settings.quiet) {
      std::cerr << "docqc: note: " << file.path << ": skipped: " << file.skipped << '\n';
    }
  }
  if (baselined != 0 && !settings.quiet) {
    std::cerr << fmt::format("docqc: note: {} baselined {} not shown\n", baselined,
                             baselined == 1 ? "finding" : "findings");
  }

  if (!settings.write_baseline.empty()) {
    auto written = suppress::Baseline::from_report(report);
    if (!write_output(settings.write_baseline,
                      [&](std::ostream& out) { out << written.to_json(); })) {
      std::cerr << "docqc: error: cannot write " << settings.write_baseline << '\n';
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
      print_statistics(report, out);
    } else if (stream) {
      streaming->finish(report, out);
    } else {
      reporter->write(report, out);
    }
  };
  if (settings.output.empty()) {
    body(std::cout);
    std::cout.flush();
  } else if (!write_output(settings.output, body)) {
    std::cerr << "docqc: error: cannot write " << settings.output << '\n';
    return 2;
  }
  if (io_error) {
    return 2;
  }
  if (!settings.write_baseline.empty()) {
    return 0;  // recording the current state is not a failure
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
  auto* fail_on = command
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
  add_corpus_options(*command, settings->corpus);
  command->callback([&action, settings, fail_on] {
    settings->fail_on_given = fail_on->count() > 0;
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
