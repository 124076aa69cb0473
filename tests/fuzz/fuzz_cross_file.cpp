// Fuzz target: `check --cross-file` on several documents (the input split at form feeds,
// at most 8), written to a private temporary directory, checked with the corpus rules, then
// engine::add_corpus_findings().
//
// Invariants: nothing throws; every cross-file finding lands in the report of a file it
// names and is inside that file's bytes; a second run on the same files gives the same
// number of findings (the corpus is reset between runs).
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine/checker.h"
#include "engine/corpus.h"
#include "fuzz_check.h"
#include "fuzz_rules.h"

namespace {

const std::filesystem::path& work_dir() {
  static const std::filesystem::path k_dir = [] {
    std::string tmpl = (std::filesystem::temp_directory_path() / "docqc-fuzz-XXXXXX").string();
    FUZZ_CHECK(::mkdtemp(tmpl.data()) != nullptr, "a temporary directory");
    std::filesystem::path dir = tmpl;
    std::atexit([] { std::filesystem::remove_all(work_dir()); });
    return dir;
  }();
  return k_dir;
}

std::size_t run(const std::vector<std::string>& paths, const std::vector<std::size_t>& sizes) {
  const auto& engine = docqc::fuzz::default_engine(true);
  for (const auto* rule : engine.rules()) {
    if (const auto* corpus = dynamic_cast<const docqc::rules::CorpusRule*>(rule)) {
      corpus->reset_corpus();
    }
  }
  docqc::engine::CheckOptions options;
  std::vector<docqc::report::FileReport> reports;
  for (const auto& path : paths) {
    reports.push_back(docqc::engine::check_file({path, false}, engine, options));
  }
  std::vector<std::size_t> before;
  for (const auto& report : reports) {
    before.push_back(report.findings.size());
  }
  docqc::engine::add_corpus_findings(engine, options, reports);
  std::size_t added = 0;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    FUZZ_CHECK(reports[i].findings.size() >= before[i], "the corpus pass only adds");
    added += reports[i].findings.size() - before[i];
    for (const auto& finding : reports[i].findings) {
      FUZZ_CHECK(finding.byte_offset + finding.byte_length <= sizes[i], "inside the file");
      FUZZ_CHECK(finding.line >= 1 && finding.column >= 1, "1-based");
    }
  }
  return added;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = docqc::fuzz::as_text(data, size);
  std::vector<std::string> paths;
  std::vector<std::size_t> sizes;
  std::size_t start = 0;
  while (start <= input.size() && paths.size() < 8) {
    std::size_t end = std::min(input.find('\f', start), input.size());
    std::string path = (work_dir() / ("doc" + std::to_string(paths.size()) + ".txt")).string();
    std::ofstream(path, std::ios::binary) << input.substr(start, end - start);
    paths.push_back(path);
    sizes.push_back(end - start);
    start = end + 1;
  }
  std::size_t first = run(paths, sizes);
  std::size_t second = run(paths, sizes);
  FUZZ_CHECK(first == second, "the same files give the same cross-file findings");
  return 0;
}
