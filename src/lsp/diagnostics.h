// Findings as LSP diagnostics and code actions.
//
// Contract: ranges are computed from the findings' original byte offsets in the text the
// editor holds (0-based lines, UTF-16 characters), so they are exact on CJK, astral
// characters and CRLF text. A diagnostic carries the severity (error 1, warning 2, info 3),
// `source` "docqc", the rule id as `code`, a `codeDescription` link when `doc_url` gives one
// for the rule, `relatedInformation` for the finding's related places (in the same file, and
// in another where `other_file` gives their Location), and in `data` the index of its
// finding so a code action can find it again.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/line_index.h"
#include "report/report.h"

namespace docqc::lsp {

// Rule id -> URL of its documentation ("" for none).
using DocUrl = std::function<std::string(const std::string& rule)>;
// A related place in another file -> its LSP Location ({uri, range}), or null to leave it out.
using OtherFile = std::function<nlohmann::json(const report::LocatedRelated& place)>;

nlohmann::json range_of(const doc::LineIndex& lines, std::size_t byte_offset,
                        std::size_t byte_length);
nlohmann::json to_diagnostic(const report::LocatedFinding& finding, std::size_t index,
                             const doc::LineIndex& lines, const std::string& uri,
                             const DocUrl& doc_url, const OtherFile& other_file = {});

struct CodeActionRequest {
  std::string uri;
  std::string text;  // the document as the editor holds it
  bool markdown = false;
  std::size_t first_line = 0;  // 0-based, inclusive: the requested range's lines
  std::size_t last_line = 0;
};

// Quick fixes for the findings whose span touches the requested lines (each fix; isPreferred
// when safe), "Fix all safe problems in this file" when any safe fix exists, and for Markdown
// "Ignore RULE on this line" (a docqc-disable-line comment at the end of the finding's line).
nlohmann::json code_actions(const CodeActionRequest& request,
                            const std::vector<report::LocatedFinding>& findings,
                            const doc::LineIndex& lines, const DocUrl& doc_url);

// The edits of every safe fix that does not overlap an earlier one, in offset order: one
// round of `docqc check --fix`, which the client applies at once.
nlohmann::json safe_fix_edits(const std::vector<report::LocatedFinding>& findings,
                              const doc::LineIndex& lines);

}  // namespace docqc::lsp
