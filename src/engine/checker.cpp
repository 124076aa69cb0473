#include "engine/checker.h"

#include <fmt/format.h>

#include <algorithm>

#include "doc/position_cursor.h"
#include "doc/utf8.h"
#include "engine/flood.h"
#include "input/decoder.h"
#include "kinds/metric.h"

namespace docqc::engine {

const std::vector<rules::RuleInfo>& builtin_rules() {
  static const std::vector<rules::RuleInfo> k_rules = [] {
    std::vector<rules::RuleInfo> result(2);
    result[0].id = k_invalid_bytes_rule;
    result[0].kind = "builtin";
    result[0].category = Category::encoding;
    result[0].severity = Severity::error;
    result[0].scope = rules::Scope::document;
    result[0].message = "invalid byte sequence replaced by U+FFFD";
    result[0].description =
        "Bytes that are not valid in the file's encoding (a truncated UTF-8 sequence, a byte "
        "of another encoding pasted into UTF-8). docqc replaces each run with U+FFFD so the "
        "rest of the file can still be checked; the original bytes are lost for any program "
        "that decodes the file strictly.";
    result[0].pack = "builtin";
    result[1].id = k_encoding_detected_rule;
    result[1].kind = "builtin";
    result[1].category = Category::encoding;
    result[1].severity = Severity::info;
    result[1].scope = rules::Scope::document;
    result[1].message = "file is not UTF-8";
    result[1].description =
        "The file is not UTF-8: it has a UTF-16 byte-order mark, or ICU's charset detector "
        "named another encoding (GB18030, Big5, ...). Most tools expect UTF-8; convert it.";
    result[1].pack = "builtin";
    return result;
  }();
  return k_rules;
}

namespace {

constexpr std::size_t k_context_limit = 240;  // bytes of context kept on each side of a span

std::size_t align_back(std::string_view text, std::size_t pos) {
  while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  return pos;
}

std::string hex_bytes(std::string_view bytes) {
  std::string out;
  for (std::size_t i = 0; i < bytes.size() && i < 8; ++i) {
    out += fmt::format("{}{:02X}", i ? " " : "", static_cast<unsigned char>(bytes[i]));
  }
  if (bytes.size() > 8) {
    out += " ...";
  }
  return out;
}

bool decoded_issues_empty(const std::vector<Finding>& builtin) {
  return std::none_of(builtin.begin(), builtin.end(),
                      [](const Finding& finding) { return finding.rule == k_invalid_bytes_rule; });
}

}  // namespace

void locate_each(const doc::Document& document, std::vector<Finding>& findings, bool with_context,
                 bool with_char_offsets, const std::function<void(report::LocatedFinding&)>& take) {
  const auto& lines = document.lines();
  const auto& map = document.source_map();
  std::string_view text = document.text();
  // Findings come sorted by offset: one cursor walks the text once for all of them.
  doc::PositionCursor cursor(lines, text);
  for (Finding& finding : findings) {
    // The findings are ours: their strings move into the located ones instead of being copied.
    report::LocatedFinding located;
    located.rule = std::move(finding.rule);
    located.category = finding.category;
    located.severity = finding.severity;
    located.message = std::move(finding.message);
    located.file = document.path();
    std::size_t begin = std::min(finding.offset, text.size());
    std::size_t end = std::min(begin + finding.length, text.size());
    doc::Position start = cursor.at(begin);
    doc::Position stop = start;
    if (end > begin) {
      doc::TextRange line = document.line_range(start.line);
      if (end <= line.end) {
        // Most spans sit on one line: count the span instead of searching again.
        std::string_view span = text.substr(begin, end - begin);
        stop.column += doc::count_code_points(span);
        stop.utf16_column += doc::count_utf16_units(span);
      } else {
        stop = lines.position(end);
      }
    }
    located.line = start.line;
    located.column = start.column;
    located.utf16_column = start.utf16_column;
    located.end_line = stop.line;
    located.end_column = stop.column;
    located.utf16_end_column = stop.utf16_column;
    located.utf8_column = begin - document.line_range(start.line).begin + 1;
    located.utf8_end_column = end - document.line_range(stop.line).begin + 1;
    if (with_char_offsets) {
      located.char_offset = lines.code_points_before(begin);
      located.char_length = lines.code_points_before(end) - located.char_offset;
    }
    located.byte_offset = map.to_original(begin);
    located.byte_length = map.to_original(end) - located.byte_offset;
    located.text = std::string(text.substr(begin, end - begin));
    if (finding.fix) {
      std::size_t fix_begin = std::min(finding.fix->offset, text.size());
      std::size_t fix_end = std::min(fix_begin + finding.fix->length, text.size());
      report::LocatedFix fix;
      fix.replacement = std::move(finding.fix->replacement);
      fix.byte_offset = map.to_original(fix_begin);
      fix.byte_length = map.to_original(fix_end) - fix.byte_offset;
      fix.safe = finding.fix->safe;
      fix.extra_edits.reserve(finding.extra_edits.size());
      for (Fix& edit : finding.extra_edits) {
        std::size_t edit_begin = std::min(edit.offset, text.size());
        std::size_t edit_end = std::min(edit_begin + edit.length, text.size());
        report::LocatedEdit located_edit;
        located_edit.replacement = std::move(edit.replacement);
        located_edit.byte_offset = map.to_original(edit_begin);
        located_edit.byte_length = map.to_original(edit_end) - located_edit.byte_offset;
        fix.extra_edits.push_back(std::move(located_edit));
      }
      located.fix = std::move(fix);
    }
    for (Related& related : finding.related) {
      report::LocatedRelated out;
      const bool other_file = !related.file.empty();
      out.file = other_file ? std::move(related.file) : document.path();
      out.message = std::move(related.message);
      if (other_file) {
        out.line = related.line;
        out.column = related.column;
        out.byte_offset = related.offset;
        out.byte_length = related.length;
      } else {
        doc::Position at = lines.position(std::min(related.offset, text.size()));
        out.line = at.line;
        out.column = at.column;
        out.byte_offset = map.to_original(std::min(related.offset, text.size()));
        out.byte_length = map.to_original(std::min(related.offset + related.length, text.size())) -
                          out.byte_offset;
      }
      located.related.push_back(std::move(out));
    }
    if (!with_context) {
      take(located);
      continue;
    }
    doc::TextRange line = document.line_range(start.line);
    std::size_t from = line.begin;
    if (begin - line.begin > k_context_limit) {
      from = align_back(text, begin - k_context_limit);
    }
    std::size_t to = line.end;
    // A span longer than the limit (a whole-document finding on a 5 MB line) shows only its
    // first k_context_limit bytes, so the printed line and its underline stay short.
    std::size_t span_end_on_line =
        std::min({std::max(end, begin), line.end, begin + k_context_limit});
    if (line.end - span_end_on_line > k_context_limit) {
      to = align_back(text, span_end_on_line + k_context_limit);
    }
    located.context = std::string(text.substr(from, to - from));
    located.context_column = doc::count_code_points(text.substr(from, begin - from)) + 1;
    take(located);
  }
}

namespace {

std::vector<report::LocatedFinding> locate_owned(const doc::Document& document,
                                                 std::vector<Finding>& findings, bool with_context,
                                                 bool with_char_offsets) {
  std::vector<report::LocatedFinding> result;
  result.reserve(findings.size());
  locate_each(document, findings, with_context, with_char_offsets,
              [&](report::LocatedFinding& located) { result.push_back(std::move(located)); });
  return result;
}

}  // namespace

std::vector<report::LocatedFinding> locate(const doc::Document& document,
                                           const std::vector<Finding>& findings, bool with_context,
                                           bool with_char_offsets) {
  std::vector<Finding> copy = findings;
  return locate_owned(document, copy, with_context, with_char_offsets);
}

Analysis analyze_bytes(const std::string& path, std::string bytes, const Engine& engine,
                       const CheckOptions& options) {
  Analysis analysis;
  report::FileReport& report = analysis.report;
  report.path = path;
  report.bytes = bytes.size();
  if (input::looks_binary(bytes, options.encoding)) {
    report.skipped = "binary file (NUL bytes in the first 8 KiB)";
    return analysis;
  }
  input::Decoded decoded = input::decode(std::move(bytes), options.encoding);
  std::vector<Finding> builtin;
  if (options.report_encoding_detected && decoded.source.encoding != "UTF-8") {
    const auto& rule = builtin_rules()[1];
    Finding& finding = builtin.emplace_back();
    finding.rule = rule.id;
    finding.category = rule.category;
    finding.severity = rule.severity;
    finding.message = decoded.detection_note.value_or(
        fmt::format("file is not UTF-8; decoded as {}", decoded.source.encoding));
  }
  if (options.report_invalid_bytes) {
    const auto& rule = builtin_rules()[0];
    for (const auto& issue : decoded.issues) {
      Finding& finding = builtin.emplace_back();
      finding.rule = rule.id;
      finding.category = rule.category;
      finding.severity = rule.severity;
      finding.offset = issue.decoded_offset;
      finding.length = issue.decoded_length;
      finding.message = fmt::format("invalid {} byte sequence ({}) replaced by U+FFFD",
                                    decoded.source.encoding, hex_bytes(issue.original_bytes));
    }
  }
  decoded.source.original_size = report.bytes;
  analysis.document = std::make_unique<doc::Document>(
      path, std::move(decoded.text), std::move(decoded.source_map), decoded.source);
  const doc::Document& document = *analysis.document;
  report.encoding = document.source().encoding;
  report.has_bom = document.source().has_bom;
  report.lines = document.text().empty() ? 0 : document.lines().line_count();
  report.characters = doc::count_code_points(document.text());
  std::vector<Finding> findings = engine.check(document, report.facts);
  if (!decoded_issues_empty(builtin)) {
    // A U+FFFD the decoder inserted is already an invalid-bytes finding; an encoding rule
    // reporting the very same span would only say it twice.
    std::erase_if(findings, [&](const Finding& finding) {
      return finding.category == Category::encoding &&
             std::any_of(builtin.begin(), builtin.end(), [&](const Finding& own) {
               return own.rule == k_invalid_bytes_rule && own.offset == finding.offset &&
                      own.length == finding.length;
             });
    });
  }
  if (!builtin.empty()) {
    findings.insert(findings.end(), builtin.begin(), builtin.end());
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
      return a.offset != b.offset ? a.offset < b.offset : a.rule < b.rule;
    });
  }
  if (options.filter) {
    options.filter(document, findings);
  }
  // The quality score needs every rule's findings: a post-pass once they are final.
  for (const rules::Rule* rule : engine.rules()) {
    const auto* metric = dynamic_cast<const kinds::MetricRule*>(rule);
    if (metric != nullptr && rule_applies_to(rule->info(), path)) {
      metric->score(document, findings, report.facts);
    }
  }
  analysis.findings = std::move(findings);
  return analysis;
}

report::FileReport check_bytes(const std::string& path, std::string bytes, const Engine& engine,
                               const CheckOptions& options) {
  Analysis analysis = analyze_bytes(path, std::move(bytes), engine, options);
  report::FileReport report = std::move(analysis.report);
  fold_floods(analysis.findings, options.flood_threshold);
  if (analysis.document) {
    report.findings = locate_owned(*analysis.document, analysis.findings, options.keep_context,
                                   options.char_offsets);
    analysis.findings = {};
    if (options.keep_text) {
      report.text = std::string(analysis.document->text());
    }
  }
  return report;
}

Analysis analyze_file(const input::InputFile& file, const Engine& engine,
                      const CheckOptions& options) {
  std::string bytes;
  std::string error;
  if (!input::read_input(file, bytes, error)) {
    Analysis analysis;
    analysis.report.path = file.path;
    analysis.report.error = error;
    return analysis;
  }
  Analysis analysis = analyze_bytes(file.path, std::move(bytes), engine, options);
  fold_floods(analysis.findings, options.flood_threshold);
  if (analysis.document && options.keep_text) {
    analysis.report.text = std::string(analysis.document->text());
  }
  return analysis;
}

report::FileReport check_file(const input::InputFile& file, const Engine& engine,
                              const CheckOptions& options) {
  std::string bytes;
  std::string error;
  if (!input::read_input(file, bytes, error)) {
    report::FileReport report;
    report.path = file.path;
    report.error = error;
    return report;
  }
  return check_bytes(file.path, std::move(bytes), engine, options);
}

}  // namespace docqc::engine
