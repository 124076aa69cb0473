// The outline of a document: every numbered item (第十条, （三）, 2., ④, 1.2) found in one
// pass, grouped into sequences per level, with the defects of each sequence and the tables
// of contents compared with the body. The numbering rule kind (kinds/numbering.h) reports it.
//
// Contract
// - OutlineConfig is built once (from a rule's YAML), prepare()d, then only read; one
//   OutlineConfig may analyse many documents concurrently.
// - analyse_outline() reads the text once, line by line; per line it costs one RE2::Set
//   match at the line start, a byte scan for sentence ends (inline items), and on short
//   unnumbered lines without running-text punctuation one more set match (document breaks,
//   TOC titles). It allocates per item
//   and per sequence, never per character.
// - A marker counts only at the start of a line (after white space and Markdown bullets) or,
//   for levels marked `inline`, right after a sentence end or a colon. Table rows (two tabs,
//   a leading `|`, box-drawing characters) hold no markers and do not interrupt a list.
// - A new item of a level resets its descendants: their next item may restart at 1 or
//   continue the numbering (Chinese documents do both). So does a block (after a blank line)
//   that starts left of a level's last item: a bullet, a paragraph or an unnumbered heading
//   is the parent of the indented list after it. A document break (a title, an
//   issuing number, an attachment heading, a signing date: the config's regexes) lets every
//   level restart. A table of contents, explicit (a 目录 line) or implicit (a run of headings
//   without body that the body then numbers again), is its own sequence.
// - Offsets are byte offsets into the analysed text; lines are doc::LineIndex's (1-based,
//   ending at LF, CRLF or CR).
//
// The analysis is four jobs, each in its own file: what a line holds (outline_line.h), which
// marker stands where and its value (outline_markers.h, with OutlineConfig::prepare), the
// sequence state machine (outline_sequence.h) and the tables of contents (outline_toc.h);
// this file's analyse_outline() reads the lines and hands each marker to them.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/line_index.h"
#include "text/numeral.h"

namespace docqc::kinds {

struct OutlineLevel {
  std::string name;  // shown in messages and the outline: "章", "（一）"
  // Matched at the candidate position, each with a group `num` around the numeral; several
  // spellings of one level (（一） and ㈠) are several markers.
  std::vector<std::unique_ptr<RE2>> markers;
  std::vector<text::NumeralSystem> numerals;  // tried in order; empty when `decimal`
  bool decimal = false;                       // `num` is a dotted path 1.2.3 of Arabic digits
  bool inline_allowed = false;                // may also stand after a sentence end or colon
  bool heading = false;                       // followed by a title; compared with the TOC
  std::unique_ptr<RE2> not_followed_by;       // rejects the marker when it matches right after
  std::vector<std::size_t> parents;           // indexes of the levels whose items reset this one
  std::size_t min_items = 1;  // a sequence shorter than this never reports a late start
};

struct OutlineConfig {
  std::vector<OutlineLevel> levels;
  // Matched against a whole trimmed line that holds no marker and no running-text
  // punctuation (，。；：、 , ; ! ?): titles, issuing numbers, 附件, signing dates.
  std::vector<std::unique_ptr<RE2>> document_breaks;
  std::unique_ptr<RE2> toc_title;  // a line that opens a table of contents
  std::unique_ptr<RE2> toc_page;   // found at the end of a TOC entry: a page number, leaders
  std::unique_ptr<RE2> excerpt;    // before a late-starting sequence: it is quoted (节选)
  // Longest line (bytes, trimmed) tested against document_breaks and toc_title.
  std::size_t max_break_bytes = 240;

  // Validates and compiles the sets; returns an error message, empty on success.
  std::string prepare();

  // Filled by prepare().
  struct MarkerRef {
    std::size_t level = 0;
    const RE2* regex = nullptr;
    int num_group = 0;
  };
  std::vector<std::vector<std::size_t>> resets;  // per level: its descendants
  std::unique_ptr<RE2::Set> line_start_set;      // every marker, anchored
  std::vector<MarkerRef> line_start_markers;     // line_start_set index -> marker
  std::unique_ptr<RE2::Set> inline_set;          // markers of inline levels, anchored
  std::vector<MarkerRef> inline_markers;         // inline_set index -> marker
  std::unique_ptr<RE2::Set> break_set;           // document_breaks, then toc_title
  int max_groups = 1;
};

// A marker style: the marker text with its numeral replaced, and the numeral system.
struct OutlineStyle {
  std::string prefix;  // "（", "第"
  std::string suffix;  // "）", "条"
  text::NumeralSystem system = text::NumeralSystem::arabic;
};

struct OutlineItem {
  std::size_t level = 0;
  std::size_t depth = 0;  // components of a decimal path (1.2 -> 2); 0 otherwise
  long value = 0;         // the last component for decimal paths
  text::NumeralSystem system = text::NumeralSystem::arabic;
  std::size_t offset = 0;  // the marker
  std::size_t length = 0;
  std::size_t num_offset = 0;  // the numeral inside the marker
  std::size_t num_length = 0;
  std::size_t path_length = 0;  // decimal: bytes of the numeral before its last component
  std::size_t line = 0;
  std::size_t title_offset = 0;  // heading levels: the title after the marker
  std::size_t title_length = 0;
  std::uint32_t style = 0;
  std::uint32_t sequence = 0;
  bool toc = false;
  bool inline_item = false;
};

struct OutlineSequence {
  std::size_t level = 0;
  std::size_t depth = 0;
  bool toc = false;
  std::size_t first_item = 0;
  std::size_t last_item = 0;
  std::size_t count = 0;
};

enum class OutlineDefectType {
  skip,                // 第十条 then 第十二条
  repeat,              // 第十条 twice
  out_of_order,        // 第十条 then 第八条
  missing_start,       // a sequence that starts above 1
  unexpected_restart,  // back to 1 without a new parent item
  mixed_style,         // （一） among (二) (三)
  toc_only,            // a TOC entry the body lacks
  body_only,           // a body heading the TOC lacks
  toc_title,           // same heading, different titles
};

struct OutlineDefect {
  OutlineDefectType type = OutlineDefectType::skip;
  std::size_t item = 0;
  std::optional<std::size_t> related;  // previous item of the level, or the TOC entry
  long expected = 0;                   // the value expected here (first missing one)
  long expected_alt = -1;              // another acceptable value (1 after a new parent)
  std::uint32_t style = 0;             // mixed_style: the majority style
};

struct Outline {
  std::vector<OutlineItem> items;
  std::vector<OutlineSequence> sequences;
  std::vector<OutlineDefect> defects;
  std::vector<OutlineStyle> styles;
};

// `lines` indexes `text` (a Document's lines()); the second form builds the index itself.
Outline analyse_outline(const OutlineConfig& config, std::string_view text,
                        const doc::LineIndex& lines);
Outline analyse_outline(const OutlineConfig& config, std::string_view text);

// The marker of `item` rewritten for `value` (and `style`, by default the item's own):
// render_marker(第十条, 11) == "第十一条". Empty when the style cannot write the value.
std::string render_marker(const Outline& outline, std::string_view text, const OutlineItem& item,
                          long value, std::optional<std::uint32_t> style = std::nullopt);

std::string_view to_string(OutlineDefectType type);
std::optional<OutlineDefectType> parse_outline_defect(std::string_view name);

}  // namespace docqc::kinds
