#include "corpus/record_dedup.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "engine/checker.h"
#include "text/hash.h"
#include "text/minhash.h"
#include "text/normalize.h"
#include "text/shingle.h"

namespace docqc::corpus {

namespace {

constexpr int k_shingle = 5;
constexpr int k_rows = k_bins / k_bands;
constexpr std::uint64_t k_document_salt = 0xd0c0d0c0d0c0d0c1ULL;

bool is_document(const DedupItem& item) {
  return item.index == 0;
}

ItemLocation locate_span(const doc::Document& document, std::size_t offset, std::size_t length) {
  ItemLocation location;
  const doc::Position at = document.lines().position(offset);
  location.line = at.line;
  location.column = at.column;
  location.byte_offset = document.source_map().to_original(offset);
  location.byte_length = document.source_map().to_original(offset + length) - location.byte_offset;
  return location;
}

void fill_print(std::string_view normalized, DedupItem& item, const text::MinHasher& hasher,
                std::vector<std::uint64_t>& shingles, std::vector<std::uint64_t>& signature) {
  item.exact = text::hash_bytes(normalized);
  item.check = text::PolyHash::of(normalized).key();
  if (is_document(item)) {
    item.exact ^= k_document_salt;
  }
  text::shingle_hashes(normalized, k_shingle, shingles);
  hasher.signature(shingles, signature);
  for (int i = 0; i < k_bins; ++i) {
    item.signature[static_cast<std::size_t>(i)] =
        static_cast<std::uint32_t>(text::mix64(signature[static_cast<std::size_t>(i)]) >> 32);
  }
}

std::string hex64(std::uint64_t value) {
  return fmt::format("{:016x}", value);
}

}  // namespace

std::vector<DedupItem> record_prints(const doc::Document& document, const DedupOptions& options) {
  std::vector<DedupItem> items;
  thread_local text::DedupNormalizer normalizer;
  const text::MinHasher hasher(k_bins);
  std::vector<std::uint64_t> shingles;
  std::vector<std::uint64_t> signature;
  std::string whole;
  std::string normalized;
  std::vector<std::pair<std::size_t, std::string>> paragraphs;  // index into paragraphs()
  for (std::size_t p = 0; p < document.paragraphs().size(); ++p) {
    const auto& paragraph = document.paragraphs()[p];
    normalizer.normalize(document.slice(paragraph.range), normalized);
    whole += normalized;
    if (text::DedupNormalizer::code_points(normalized) >= options.min_chars) {
      paragraphs.emplace_back(p, normalized);
    }
  }
  if (text::DedupNormalizer::code_points(whole) >= options.min_chars) {
    DedupItem& item = items.emplace_back();
    item.index = 0;
    fill_print(whole, item, hasher, shingles, signature);
    const doc::TextRange first = document.line_range(1);
    item.offset = first.begin;
    item.length = first.size();
    item.location = locate_span(document, item.offset, item.length);
  }
  std::uint32_t index = 0;
  for (const auto& [p, text] : paragraphs) {
    DedupItem& item = items.emplace_back();
    item.index = ++index;
    fill_print(text, item, hasher, shingles, signature);
    const doc::TextRange range = document.paragraphs()[p].range;
    item.offset = range.begin;
    item.length = range.size();
    item.location = locate_span(document, item.offset, item.length);
  }
  return items;
}

std::array<std::uint64_t, k_bands> band_keys(const DedupItem& item) {
  std::array<std::uint64_t, k_bands> keys{};
  for (int band = 0; band < k_bands; ++band) {
    std::uint64_t key = text::mix64(static_cast<std::uint64_t>(band) + 1 +
                                    (is_document(item) ? k_document_salt : 0));
    for (int row = 0; row < k_rows; ++row) {
      key = text::mix64(key ^ item.signature[static_cast<std::size_t>(band * k_rows + row)]);
    }
    keys[static_cast<std::size_t>(band)] = key | 1;
  }
  return keys;
}

double similarity(const DedupItem& a, const DedupItem& b) {
  int equal = 0;
  for (std::size_t i = 0; i < a.signature.size(); ++i) {
    equal += a.signature[i] == b.signature[i] ? 1 : 0;
  }
  return static_cast<double>(equal) / k_bins;
}

std::vector<Match> DedupIndex::add(std::size_t line, const nlohmann::ordered_json& id,
                                   const std::vector<DedupItem>& items) {
  std::vector<Match> matches;
  auto match_of = [&](const Entry& entry, const DedupItem& item, bool exact, double sim) {
    Match match;
    match.item = item.index;
    match.exact = exact;
    match.similarity = sim;
    match.other_line = entry.line;
    match.other_id = m_ids[entry.record];
    match.other_item = entry.item;
    match.other_location = entry.print.location;
    return match;
  };
  for (const DedupItem& item : items) {
    auto exact = m_exact.find(Key{item.exact, item.check});
    if (exact != m_exact.end()) {
      const Entry& entry = m_entries[exact->second];
      if (entry.line < line) {
        matches.push_back(match_of(entry, item, true, 1.0));
      }
      continue;  // the first copy is in this record, or already reported
    }
    const Entry* best = nullptr;
    double best_similarity = 0;
    for (std::uint64_t key : band_keys(item)) {
      auto bucket = m_buckets.find(key);
      if (bucket == m_buckets.end()) {
        continue;
      }
      for (std::uint32_t e : bucket->second) {
        const Entry& entry = m_entries[e];
        if (entry.line >= line) {
          continue;
        }
        if (best != nullptr &&
            (best->line < entry.line || (best->line == entry.line && best->item <= entry.item))) {
          continue;
        }
        const double sim = similarity(item, entry.print);
        if (sim + 1e-9 >= m_options.threshold) {
          best = &entry;
          best_similarity = sim;
        }
      }
    }
    if (best != nullptr) {
      matches.push_back(match_of(*best, item, false, best_similarity));
    }
  }
  // Index this record's items after looking all of them up: items of one record never
  // match each other here (the in-document duplicate rules see those).
  const auto record = static_cast<std::uint32_t>(m_ids.size());
  m_ids.push_back(id);
  for (const DedupItem& item : items) {
    std::uint32_t entry_index = 0;
    bool stored = false;
    auto store = [&] {
      if (!stored) {
        entry_index = static_cast<std::uint32_t>(m_entries.size());
        m_entries.push_back(Entry{line, item.index, record, item});
        stored = true;
      }
      return entry_index;
    };
    if (!m_exact.contains(Key{item.exact, item.check})) {
      m_exact.emplace(Key{item.exact, item.check}, store());
    }
    for (std::uint64_t key : band_keys(item)) {
      auto& bucket = m_buckets[key];
      if (bucket.size() < m_options.max_bucket) {
        bucket.push_back(store());
      }
    }
  }
  return matches;
}

const std::vector<rules::RuleInfo>& dedup_rules() {
  static const std::vector<rules::RuleInfo> k_rules = [] {
    auto make = [](const char* id, const char* message, const char* description) {
      rules::RuleInfo info;
      info.id = id;
      info.kind = "builtin";
      info.category = Category::duplicate;
      info.severity = Severity::warning;
      info.scope = rules::Scope::document;
      info.message = message;
      info.description = description;
      info.pack = "builtin";
      return info;
    };
    return std::vector<rules::RuleInfo>{
        make("duplicate-document", "document repeats record {id} (line {line})",
             "With --input-format jsonl --cross-file: the record's whole text, normalized, "
             "equals an earlier record's. A corpus should hold each document once."),
        make("near-duplicate-document",
             "document is a near copy of record {id} (line {line}), similarity {similarity}",
             "With --input-format jsonl --cross-file: the record's text shares at least 80 % "
             "of its 5-character shingles with an earlier record's (MinHash estimate)."),
        make("cross-record-duplicate", "paragraph repeats one of record {id} (line {line})",
             "With --input-format jsonl --cross-file: a paragraph of at least 20 normalized "
             "characters that an earlier record already holds (the same article spliced "
             "into two documents)."),
        make("cross-record-near-duplicate",
             "paragraph is a near copy of one of record {id} (line {line}), similarity "
             "{similarity}",
             "With --input-format jsonl --cross-file: a paragraph that shares at least 80 % "
             "of its shingles with one of an earlier record (MinHash estimate).")};
  }();
  return k_rules;
}

std::vector<report::RecordFinding> duplicate_findings(const doc::Document& document,
                                                      const std::vector<DedupItem>& items,
                                                      const std::vector<Match>& matches,
                                                      const std::vector<bool>& enabled) {
  std::vector<report::RecordFinding> out;
  const bool document_matched = std::any_of(matches.begin(), matches.end(), [&](const Match& m) {
    return m.item == 0 && enabled[m.exact ? 0 : 1];
  });
  for (const Match& match : matches) {
    const bool whole = match.item == 0;
    if (!whole && document_matched) {
      continue;
    }
    const std::size_t rule_index = (whole ? 0 : 2) + (match.exact ? 0 : 1);
    if (!enabled[rule_index]) {
      continue;
    }
    auto item = std::find_if(items.begin(), items.end(),
                             [&](const DedupItem& i) { return i.index == match.item; });
    if (item == items.end()) {
      continue;
    }
    const rules::RuleInfo& rule = dedup_rules()[rule_index];
    Finding finding;
    finding.rule = rule.id;
    finding.category = rule.category;
    finding.severity = rule.severity;
    const std::string id =
        match.other_id.is_string() ? match.other_id.get<std::string>() : match.other_id.dump();
    finding.message = fmt::format(
        fmt::runtime(whole ? (match.exact ? "document repeats record {0} (line {1})"
                                          : "document is a near copy of record {0} (line {1}), "
                                            "similarity {2:.2f}")
                           : (match.exact ? "paragraph repeats one of record {0} (line {1})"
                                          : "paragraph is a near copy of one of record {0} "
                                            "(line {1}), similarity {2:.2f}")),
        id, match.other_line, match.similarity);
    finding.offset = item->offset;
    finding.length = item->length;
    Related related;
    related.file = "record";
    related.offset = match.other_location.byte_offset;
    related.length = match.other_location.byte_length;
    related.line = match.other_location.line;
    related.column = match.other_location.column;
    related.message = whole ? "the earlier record" : "the paragraph in the earlier record";
    finding.related.push_back(std::move(related));
    auto located = engine::locate(document, {finding}, false, false);
    report::RecordFinding record_finding;
    record_finding.located = std::move(located.front());
    record_finding.other = report::OtherRecord{match.other_line, match.other_id};
    out.push_back(std::move(record_finding));
  }
  return out;
}

std::string band_key_lines(std::size_t line, const nlohmann::ordered_json& id,
                           const std::vector<DedupItem>& items) {
  std::string out;
  for (const DedupItem& item : items) {
    nlohmann::ordered_json row;
    row["line"] = line;
    row["item"] = item.index;
    row["id"] = id;
    row["exact"] = hex64(item.exact) + hex64(item.check);
    nlohmann::ordered_json bands = nlohmann::ordered_json::array();
    for (std::uint64_t key : band_keys(item)) {
      bands.push_back(hex64(key));
    }
    row["bands"] = std::move(bands);
    std::string sig;
    sig.reserve(k_bins * 8);
    for (std::uint32_t value : item.signature) {
      sig += fmt::format("{:08x}", value);
    }
    row["sig"] = std::move(sig);
    row["loc"] = {item.location.line, item.location.column, item.location.byte_offset,
                  item.location.byte_length};
    out += row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

std::unordered_map<std::size_t, std::vector<Match>> read_matches(const std::string& path) {
  std::unordered_map<std::size_t, std::vector<Match>> by_line;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error(path + ": cannot read the matches file");
  }
  std::string text;
  std::size_t number = 0;
  while (std::getline(in, text)) {
    ++number;
    if (text.empty()) {
      continue;
    }
    try {
      const auto row = nlohmann::ordered_json::parse(text);
      Match match;
      match.item = row.at("item").get<std::uint32_t>();
      match.exact = row.at("exact").get<bool>();
      match.similarity = row.at("similarity").get<double>();
      match.other_line = row.at("other_line").get<std::size_t>();
      match.other_id = row.at("other_id");
      match.other_item = row.at("other_item").get<std::uint32_t>();
      const auto& loc = row.at("other_loc");
      match.other_location =
          ItemLocation{loc.at(0).get<std::size_t>(), loc.at(1).get<std::size_t>(),
                       loc.at(2).get<std::size_t>(), loc.at(3).get<std::size_t>()};
      by_line[row.at("line").get<std::size_t>()].push_back(std::move(match));
    } catch (const std::exception& error) {
      throw std::runtime_error(fmt::format("{}:{}: bad match: {}", path, number, error.what()));
    }
  }
  for (auto& [line, matches] : by_line) {
    std::sort(matches.begin(), matches.end(),
              [](const Match& a, const Match& b) { return a.item < b.item; });
  }
  return by_line;
}

}  // namespace docqc::corpus
