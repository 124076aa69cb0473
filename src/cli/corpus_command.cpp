#include "cli/corpus_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <memory>
#include <set>
#include <thread>

#include "cli/corpus_setup.h"
#include "corpus/record_dedup.h"
#include "engine/checker.h"
#include "fix/fixer.h"
#include "fix/output_file.h"
#include "input/jsonl_reader.h"
#include "report/jsonl_record.h"

namespace docqc::cli {

namespace {

constexpr std::size_t k_batch_records = 256;
constexpr std::size_t k_batch_bytes = 16 << 20;
constexpr const char* k_record_path = "<record>";

// One record on its way through the pipeline.
struct Slot {
  std::string line;
  std::size_t number = 0;
  report::RecordResult result;
  std::unique_ptr<doc::Document> document;  // kept for the cross-record findings
  std::vector<corpus::DedupItem> items;
  bool blank = false;
};

// Where the result records go: the -o file (written through fix::OutputFile) or stdout.
class Sink {
 public:
  explicit Sink(fix::OutputFile* file) : m_file(file) {}
  void write(std::string_view data) {
    if (m_file != nullptr) {
      m_file->write(data);
    } else {
      std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    }
  }
  void flush() {
    if (m_file == nullptr) {
      std::cout.flush();
    }
  }

 private:
  fix::OutputFile* m_file;
};

class Pipeline {
 public:
  Pipeline(const CorpusRun& run, Setup& setup) : m_run(run), m_setup(setup) {
    m_json.text_field = run.corpus.text_field;
    m_json.id_field = run.corpus.id_field;
    m_json.keep_fields = run.corpus.keep_fields;
    m_dedup = std::any_of(setup.dedup_enabled.begin(), setup.dedup_enabled.end(),
                          [](bool on) { return on; }) ||
              !run.corpus.emit_band_keys.empty();
    if (!run.corpus.cross_matches.empty()) {
      m_matches = corpus::read_matches(run.corpus.cross_matches);
    }
  }

  void check(Slot& slot) const {
    input::JsonlRecord record = input::parse_record(slot.line, slot.number, m_json);
    slot.line = std::string();
    slot.blank = record.blank;
    report::RecordResult& result = slot.result;
    result.line = slot.number;
    result.text_field = m_json.text_field;
    if (record.blank) {
      return;
    }
    if (!record.error.empty()) {
      result.error = std::move(record.error);
      return;
    }
    result.id = std::move(record.id);
    result.kept = std::move(record.kept);
    const engine::Engine& engine = *m_setup.engine;
    const engine::CheckOptions& options = m_setup.options;
    if (m_run.corpus.band_keys_only) {
      slot.document = std::make_unique<doc::Document>(k_record_path, std::move(record.text));
      slot.items = corpus::record_prints(*slot.document, {});
      return;
    }
    std::string text = std::move(record.text);
    if (m_run.fix) {
      auto recheck = [&](std::string_view current) {
        engine::Analysis analysis =
            engine::analyze_bytes(k_record_path, std::string(current), engine, options);
        return fix::Checked{std::move(analysis.document), std::move(analysis.findings)};
      };
      fix::FixOutcome outcome = fix::fix_bytes(text, recheck, m_run.unsafe_fixes);
      result.fixes = outcome.applied;
      text = std::move(outcome.bytes);
      result.fixed_text = text;
    }
    engine::Analysis analysis =
        engine::analyze_bytes(k_record_path, std::move(text), engine, options);
    if (!analysis.document) {
      result.error = "the text holds NUL characters: " + analysis.report.skipped;
      return;
    }
    for (auto& located : engine::locate(*analysis.document, analysis.findings, false, false)) {
      result.findings.push_back(report::RecordFinding{std::move(located), std::nullopt});
    }
    auto metrics = analysis.report.facts.find("metrics");
    if (metrics != analysis.report.facts.end()) {
      result.metrics = *metrics;
      if (metrics->contains("quality")) {
        result.quality = (*metrics)["quality"].get<int>();
      }
    }
    if (m_dedup) {
      slot.items = corpus::record_prints(*analysis.document, {});
      slot.document = std::move(analysis.document);
    }
  }

  // In input order, on one thread.
  void finish(Slot& slot, Sink& out, fix::OutputFile* band_keys, fix::OutputFile* drops) {
    if (slot.blank) {
      return;
    }
    report::RecordResult& result = slot.result;
    if (!result.error.empty()) {
      ++m_bad_records;
      out.write(report::record_line(result));
      return;
    }
    if (band_keys != nullptr) {
      band_keys->write(corpus::band_key_lines(result.line, result.id, slot.items));
    }
    if (m_run.corpus.band_keys_only) {
      return;
    }
    if (slot.document && m_dedup) {
      std::vector<corpus::Match> matches;
      if (!m_run.corpus.cross_matches.empty()) {
        auto found = m_matches.find(result.line);
        if (found != m_matches.end()) {
          matches = std::move(found->second);
        }
      } else {
        matches = m_index.add(result.line, result.id, slot.items);
      }
      auto duplicates =
          corpus::duplicate_findings(*slot.document, slot.items, matches, m_setup.dedup_enabled);
      if (!duplicates.empty()) {
        for (auto& finding : duplicates) {
          result.findings.push_back(std::move(finding));
        }
        report::sort_record_findings(result.findings);
      }
    }
    std::string reason;
    const report::Counts counts = report::count_record(result);
    if (m_run.corpus.min_quality && result.quality && *result.quality < *m_run.corpus.min_quality) {
      reason = fmt::format("quality {} < {}", *result.quality, *m_run.corpus.min_quality);
    } else if (m_run.corpus.max_errors && counts.errors > *m_run.corpus.max_errors) {
      reason = fmt::format("{} errors > {}", counts.errors, *m_run.corpus.max_errors);
    }
    if (reason.empty()) {
      out.write(report::record_line(result));
      return;
    }
    ++m_dropped;
    if (drops != nullptr) {
      nlohmann::ordered_json drop;
      drop["line"] = result.line;
      drop["id"] = result.id;
      drop["quality"] =
          result.quality ? nlohmann::ordered_json(*result.quality) : nlohmann::ordered_json();
      drop["errors"] = counts.errors;
      drop["reason"] = reason;
      std::string line =
          drop.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
      line += '\n';
      drops->write(line);
    }
  }

  std::size_t bad_records() const { return m_bad_records; }
  std::size_t dropped() const { return m_dropped; }

 private:
  const CorpusRun& m_run;
  Setup& m_setup;
  input::JsonlOptions m_json;
  bool m_dedup = false;
  corpus::DedupIndex m_index;
  std::unordered_map<std::size_t, std::vector<corpus::Match>> m_matches;
  std::size_t m_bad_records = 0;
  std::size_t m_dropped = 0;
};

void check_batch(Pipeline& pipeline, std::vector<Slot>& batch, unsigned jobs) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < batch.size(); i = next++) {
      pipeline.check(batch[i]);
    }
  };
  const unsigned threads =
      std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(batch.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) {
    pool.emplace_back(worker);
  }
  worker();
  for (auto& thread : pool) {
    thread.join();
  }
}

}  // namespace

void add_corpus_options(CLI::App& command, CorpusOptions& options) {
  command
      .add_option("--input-format", options.input_format,
                  "files (default) or jsonl: each line a record with a text field")
      ->check(CLI::IsMember({"files", "jsonl"}));
  command.add_option("--text-field", options.text_field, "JSONL: the field holding the text");
  command.add_option("--id-field", options.id_field, "JSONL: the id field (default: line number)");
  command.add_option("--keep-fields", options.keep_fields, "JSONL: fields copied to the results")
      ->delimiter(',')
      ->allow_extra_args(false);
  command
      .add_option("--min-quality", options.min_quality,
                  "JSONL: write only records whose quality is at least N")
      ->check(CLI::Range(0, 100));
  command.add_option("--max-errors", options.max_errors,
                     "JSONL: write only records with at most N error findings");
  command.add_option("--drop-report", options.drop_report,
                     "JSONL: list the records left out by --min-quality/--max-errors in FILE");
  command.add_flag("--strict", options.strict, "JSONL: exit 2 when some record was unreadable");
  command.add_option("--line-offset", options.line_offset,
                     "JSONL: number lines after this many (a shard of a larger corpus)");
  command.add_option("--emit-band-keys", options.emit_band_keys,
                     "JSONL: write the MinHash band keys of every document and paragraph");
  command.add_flag("--band-keys-only", options.band_keys_only,
                   "JSONL: with --emit-band-keys, write only the keys (no checking)");
  command.add_option("--cross-matches", options.cross_matches,
                     "JSONL: cross-record duplicates computed by a runner (docqc-dask)");
}

int run_corpus(CorpusRun run) {
  Setup setup;
  setup_rules(run, setup);
  validate(run, setup);
  for (const auto& note : setup.notes) {
    if (!run.quiet) {
      std::cerr << "docqc: note: " << note << '\n';
    }
  }
  if (run.paths.empty()) {
    run.paths.push_back("-");
  }
  // Each file stays untouched until its commit() at the end; an exception on the way leaves
  // no trace of the run in any of them.
  auto open = [&run](const std::string& path) {
    return path.empty() ? nullptr : std::make_unique<fix::OutputFile>(path, run.follow);
  };
  std::unique_ptr<fix::OutputFile> output = open(run.output);
  std::unique_ptr<fix::OutputFile> band_keys = open(run.corpus.emit_band_keys);
  std::unique_ptr<fix::OutputFile> drops = open(run.corpus.drop_report);
  Sink out(output.get());
  Pipeline pipeline(run, setup);
  const unsigned jobs = run.jobs ? run.jobs : std::max(1u, std::thread::hardware_concurrency());
  bool io_error = false;
  std::size_t number = run.corpus.line_offset;
  std::vector<Slot> batch;
  std::size_t batch_bytes = 0;
  auto flush = [&] {
    check_batch(pipeline, batch, jobs);
    for (auto& slot : batch) {
      pipeline.finish(slot, out, band_keys.get(), drops.get());
    }
    out.flush();
    batch.clear();
    batch_bytes = 0;
  };
  for (const auto& path : run.paths) {
    try {
      input::LineReader reader(path);
      std::string line;
      while (reader.next(line)) {
        ++number;
        batch_bytes += line.size();
        batch.push_back(Slot{std::move(line), number, {}, nullptr, {}, false});
        if (batch.size() >= k_batch_records || batch_bytes >= k_batch_bytes) {
          flush();
        }
      }
    } catch (const std::runtime_error& error) {
      flush();
      std::cerr << "docqc: error: " << error.what() << '\n';
      io_error = true;
    }
  }
  flush();
  if (output) {
    output->commit();
  }
  if (band_keys) {
    band_keys->commit();
  }
  if (drops) {
    drops->commit();
  }
  if (!run.quiet && pipeline.bad_records() != 0) {
    std::cerr << fmt::format("docqc: note: {} unreadable {}\n", pipeline.bad_records(),
                             pipeline.bad_records() == 1 ? "record" : "records");
  }
  if (!run.quiet && pipeline.dropped() != 0) {
    std::cerr << fmt::format("docqc: note: {} {} left out by --min-quality/--max-errors\n",
                             pipeline.dropped(), pipeline.dropped() == 1 ? "record" : "records");
  }
  if (io_error || (run.corpus.strict && pipeline.bad_records() != 0)) {
    return 2;
  }
  return 0;
}

}  // namespace docqc::cli
