#include "engine/corpus.h"

#include <algorithm>
#include <map>

#include "input/decoder.h"
#include "input/file_set.h"

namespace docqc::engine {

bool is_corpus_rule(const rules::Rule& rule) {
  return dynamic_cast<const rules::CorpusRule*>(&rule) != nullptr;
}

void reset_corpus(const Engine& engine) {
  for (const rules::Rule* rule : engine.rules()) {
    if (const auto* corpus = dynamic_cast<const rules::CorpusRule*>(rule)) {
      corpus->reset_corpus();
    }
  }
}

std::map<std::string, std::vector<Finding>> collect_corpus_findings(const Engine& engine) {
  std::map<std::string, std::vector<Finding>> by_path;
  for (const rules::Rule* rule : engine.rules()) {
    const auto* corpus = dynamic_cast<const rules::CorpusRule*>(rule);
    if (corpus == nullptr) {
      continue;
    }
    for (auto& [path, findings] : corpus->corpus_findings()) {
      auto& target = by_path[path];
      target.insert(target.end(), findings.begin(), findings.end());
    }
  }
  return by_path;
}

std::vector<report::LocatedFinding> locate_corpus_findings(const doc::Document& document,
                                                           std::vector<Finding> findings,
                                                           const CheckOptions& options) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.rule < b.rule;
  });
  if (options.filter) {
    options.filter(document, findings);  // config, inline directives, ignore lists
  }
  return locate(document, findings, options.keep_context, options.char_offsets);
}

void add_corpus_findings(const Engine& engine, const CheckOptions& options,
                         std::vector<report::FileReport>& reports) {
  for (auto& entry : collect_corpus_findings(engine)) {
    // Named variables, not a structured binding: clang 14 cannot capture those in a lambda.
    const std::string& path = entry.first;
    if (path == "-") {
      continue;
    }
    auto report = std::find_if(reports.begin(), reports.end(),
                               [&](const report::FileReport& file) { return file.path == path; });
    if (report == reports.end()) {
      continue;
    }
    std::string bytes;
    std::string error;
    if (!input::read_input(input::InputFile{path, false}, bytes, error)) {
      continue;  // the file went away between the passes: nothing to locate in
    }
    input::Decoded decoded = input::decode(bytes, options.encoding);
    decoded.source.original_size = bytes.size();
    doc::Document document(path, std::move(decoded.text), std::move(decoded.source_map),
                           decoded.source);
    for (auto& located : locate_corpus_findings(document, std::move(entry.second), options)) {
      report->findings.push_back(std::move(located));
    }
    std::stable_sort(report->findings.begin(), report->findings.end(),
                     [](const report::LocatedFinding& a, const report::LocatedFinding& b) {
                       if (a.line != b.line) {
                         return a.line < b.line;
                       }
                       if (a.column != b.column) {
                         return a.column < b.column;
                       }
                       return a.rule < b.rule;
                     });
  }
}

}  // namespace docqc::engine
