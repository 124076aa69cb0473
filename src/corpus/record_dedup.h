// Duplicates across the records of a JSONL corpus (`check --input-format jsonl --cross-file`):
// documents and paragraphs that repeat, exactly or nearly, one of an earlier record.
//
// Contract. Each record gives items (record_prints): item 0 the whole document, items 1..n
// its paragraphs with at least `min_chars` normalized characters (text/normalize.h). Each
// item has an exact key (two independent 64-bit hashes of the normalized text) and a MinHash
// signature of its 5-character shingles (64 bins kept as 32-bit values, 16 LSH bands of 4).
// Items are ordered by (record line, item index). For an item j of record R:
//   exact  the first item (in that order) with j's kind (document / paragraph) and exact
//          key, when it lies in an earlier record;
//   near   otherwise, among the first `max_bucket` items of each of j's band buckets that
//          lie in earlier records, the first whose signature agrees on at least
//          `threshold` of the bins (the estimated Jaccard similarity).
// A record whose document matched reports only that (not each of its paragraphs).
// DedupIndex applies this to a stream of records in order; the Dask runner applies the same
// definition to band keys (write_band_keys) grouped by a shuffle, and hands the matches back
// (read_matches), so both give the same findings (duplicate_findings). Memory: the exact keys,
// the bucket heads and the signatures of indexed items, never the text.
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "doc/document.h"
#include "report/jsonl_record.h"
#include "rules/rule.h"

namespace docqc::corpus {

inline constexpr int k_bins = 64;
inline constexpr int k_bands = 16;

struct DedupOptions {
  std::size_t min_chars = 20;
  double threshold = 0.8;
  std::size_t max_bucket = 16;
};

struct ItemLocation {
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t byte_offset = 0;  // in the record's text (original bytes)
  std::size_t byte_length = 0;
};

struct DedupItem {
  std::uint32_t index = 0;  // 0: the document; k: its k-th counted paragraph
  std::uint64_t exact = 0;
  std::uint64_t check = 0;
  std::array<std::uint32_t, k_bins> signature{};
  std::size_t offset = 0;  // the span a finding covers, in decoded bytes
  std::size_t length = 0;
  ItemLocation location;  // of that span
};

std::vector<DedupItem> record_prints(const doc::Document& document, const DedupOptions& options);
std::array<std::uint64_t, k_bands> band_keys(const DedupItem& item);
double similarity(const DedupItem& a, const DedupItem& b);

struct Match {
  std::uint32_t item = 0;
  bool exact = false;
  double similarity = 1.0;
  std::size_t other_line = 0;
  nlohmann::ordered_json other_id;
  std::uint32_t other_item = 0;
  ItemLocation other_location;
};

class DedupIndex {
 public:
  explicit DedupIndex(DedupOptions options = {}) : m_options(options) {}
  // The matches of one record's items against the records added before; then adds it.
  std::vector<Match> add(std::size_t line, const nlohmann::ordered_json& id,
                         const std::vector<DedupItem>& items);

 private:
  struct Entry {
    std::size_t line;
    std::uint32_t item;
    std::uint32_t record;  // index into m_ids
    DedupItem print;
  };
  struct Key {
    std::uint64_t a;
    std::uint64_t b;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& key) const { return key.a ^ (key.b * 0x9e3779b97f4a7c15ULL); }
  };
  DedupOptions m_options;
  std::vector<nlohmann::ordered_json> m_ids;
  std::vector<Entry> m_entries;                             // indexed items
  std::unordered_map<Key, std::uint32_t, KeyHash> m_exact;  // -> entry
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> m_buckets;
};

// The rules these findings carry (category duplicate, severity warning).
const std::vector<rules::RuleInfo>& dedup_rules();

// Findings on `document` for its matches (a document match hides its paragraphs' ones).
std::vector<report::RecordFinding> duplicate_findings(const doc::Document& document,
                                                      const std::vector<DedupItem>& items,
                                                      const std::vector<Match>& matches,
                                                      const std::vector<bool>& enabled);

// One JSON line per item, for the Dask runner: {"line", "item", "id", "exact", "bands",
// "sig", "loc"} (hex strings; loc = [line, column, byte_offset, byte_length]).
std::string band_key_lines(std::size_t line, const nlohmann::ordered_json& id,
                           const std::vector<DedupItem>& items);

// Matches handed back by the runner, one JSON object per line: {"line", "item", "exact",
// "similarity", "other_line", "other_id", "other_item", "other_loc"}; keyed by line.
// Throws std::runtime_error naming the line of a malformed entry.
std::unordered_map<std::size_t, std::vector<Match>> read_matches(const std::string& path);

}  // namespace docqc::corpus
