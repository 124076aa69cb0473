#include "lsp/diagnostics.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace docqc::lsp {

namespace {

nlohmann::json position(const doc::LineIndex& lines, std::size_t offset) {
  doc::Position at = lines.position(offset);
  return {{"line", at.line - 1}, {"character", at.utf16_column - 1}};
}

int severity_code(Severity severity) {
  switch (severity) {
    case Severity::error:
      return 1;
    case Severity::warning:
      return 2;
    case Severity::info:
      return 3;
  }
  return 2;
}

// Every edit of a finding's fix, first the main one.
std::vector<std::pair<std::size_t, std::size_t>> spans(const report::LocatedFix& fix) {
  std::vector<std::pair<std::size_t, std::size_t>> out = {{fix.byte_offset, fix.byte_length}};
  for (const auto& edit : fix.extra_edits) {
    out.emplace_back(edit.byte_offset, edit.byte_length);
  }
  return out;
}

nlohmann::json fix_edits(const report::LocatedFix& fix, const doc::LineIndex& lines) {
  nlohmann::json edits = nlohmann::json::array();
  edits.push_back(
      {{"range", range_of(lines, fix.byte_offset, fix.byte_length)}, {"newText", fix.replacement}});
  for (const auto& edit : fix.extra_edits) {
    edits.push_back({{"range", range_of(lines, edit.byte_offset, edit.byte_length)},
                     {"newText", edit.replacement}});
  }
  return edits;
}

std::string describe_fix(const report::LocatedFinding& finding) {
  const auto& fix = *finding.fix;
  if (fix.replacement.empty()) {
    return finding.text.empty() ? std::string("Delete") : fmt::format("Delete '{}'", finding.text);
  }
  if (finding.text.empty()) {
    return fmt::format("Insert '{}'", fix.replacement);
  }
  return fmt::format("Replace '{}' with '{}'", finding.text, fix.replacement);
}

}  // namespace

nlohmann::json range_of(const doc::LineIndex& lines, std::size_t byte_offset,
                        std::size_t byte_length) {
  return {{"start", position(lines, byte_offset)},
          {"end", position(lines, byte_offset + byte_length)}};
}

nlohmann::json to_diagnostic(const report::LocatedFinding& finding, std::size_t index,
                             const doc::LineIndex& lines, const std::string& uri,
                             const DocUrl& doc_url, const OtherFile& other_file) {
  nlohmann::json diagnostic = {
      {"range", range_of(lines, finding.byte_offset, finding.byte_length)},
      {"severity", severity_code(finding.severity)},
      {"source", "docqc"},
      {"code", finding.rule},
      {"message", finding.message},
      {"data", {{"index", index}, {"rule", finding.rule}}},
  };
  if (doc_url) {
    std::string url = doc_url(finding.rule);
    if (!url.empty()) {
      diagnostic["codeDescription"] = {{"href", url}};
    }
  }
  nlohmann::json related = nlohmann::json::array();
  for (const auto& place : finding.related) {
    if (!place.file.empty() && place.file != finding.file) {
      nlohmann::json location = other_file ? other_file(place) : nlohmann::json();
      if (!location.is_null()) {
        related.push_back({{"location", std::move(location)}, {"message", place.message}});
      }
      continue;
    }
    related.push_back(
        {{"location",
          {{"uri", uri}, {"range", range_of(lines, place.byte_offset, place.byte_length)}}},
         {"message", place.message}});
  }
  if (!related.empty()) {
    diagnostic["relatedInformation"] = std::move(related);
  }
  return diagnostic;
}

nlohmann::json safe_fix_edits(const std::vector<report::LocatedFinding>& findings,
                              const doc::LineIndex& lines) {
  std::vector<const report::LocatedFinding*> fixable;
  for (const auto& finding : findings) {
    if (finding.fix && finding.fix->safe) {
      fixable.push_back(&finding);
    }
  }
  std::stable_sort(fixable.begin(), fixable.end(), [](const auto* a, const auto* b) {
    return a->fix->byte_offset < b->fix->byte_offset;
  });
  // Taken spans, to keep the round free of overlaps (all edits of a fix or none).
  std::vector<std::pair<std::size_t, std::size_t>> taken;
  auto overlaps = [&](std::size_t offset, std::size_t length) {
    return std::any_of(taken.begin(), taken.end(), [&](const auto& span) {
      const std::size_t end = offset + length;
      const std::size_t span_end = span.first + span.second;
      return (offset < span_end && span.first < end) || (offset == span.first);
    });
  };
  nlohmann::json edits = nlohmann::json::array();
  for (const auto* finding : fixable) {
    auto these = spans(*finding->fix);
    if (std::any_of(these.begin(), these.end(),
                    [&](const auto& span) { return overlaps(span.first, span.second); })) {
      continue;
    }
    taken.insert(taken.end(), these.begin(), these.end());
    for (auto& edit : fix_edits(*finding->fix, lines)) {
      edits.push_back(std::move(edit));
    }
  }
  return edits;
}

nlohmann::json code_actions(const CodeActionRequest& request,
                            const std::vector<report::LocatedFinding>& findings,
                            const doc::LineIndex& lines, const DocUrl& doc_url) {
  nlohmann::json actions = nlohmann::json::array();
  std::set<std::pair<std::string, std::size_t>> ignored;  // (rule, line) offered already
  bool any_safe = false;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const auto& finding = findings[i];
    any_safe = any_safe || (finding.fix && finding.fix->safe);
    const std::size_t first = lines.position(finding.byte_offset).line - 1;
    const std::size_t last = lines.position(finding.byte_offset + finding.byte_length).line - 1;
    if (last < request.first_line || first > request.last_line) {
      continue;
    }
    nlohmann::json diagnostic = to_diagnostic(finding, i, lines, request.uri, doc_url);
    if (finding.fix) {
      actions.push_back({{"title", fmt::format("{} ({}{})", describe_fix(finding), finding.rule,
                                               finding.fix->safe ? "" : ", unsafe")},
                         {"kind", "quickfix"},
                         {"diagnostics", nlohmann::json::array({diagnostic})},
                         {"isPreferred", finding.fix->safe},
                         {"edit", {{"changes", {{request.uri, fix_edits(*finding.fix, lines)}}}}}});
    }
    if (request.markdown && ignored.emplace(finding.rule, first).second) {
      // At the end of the finding's line: an inline comment does not split a paragraph.
      const std::size_t line_end = lines.line(first + 1).end;
      nlohmann::json at = range_of(lines, line_end, 0);
      std::string comment = fmt::format(" <!-- docqc-disable-line {} -->", finding.rule);
      actions.push_back(
          {{"title", fmt::format("Ignore {} on this line", finding.rule)},
           {"kind", "quickfix"},
           {"diagnostics", nlohmann::json::array({diagnostic})},
           {"edit",
            {{"changes",
              {{request.uri, nlohmann::json::array({{{"range", at}, {"newText", comment}}})}}}}}});
    }
  }
  if (any_safe) {
    actions.push_back({{"title", "Fix all safe problems in this file (docqc)"},
                       {"kind", "source.fixAll.docqc"},
                       {"edit", {{"changes", {{request.uri, safe_fix_edits(findings, lines)}}}}}});
  }
  return actions;
}

}  // namespace docqc::lsp
