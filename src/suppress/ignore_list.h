// IgnoreList: the sidecar ignore file of a plain-text document, for texts that cannot hold
// comments. Beside `notice.txt` stands `notice.txt.docqc-ignore`:
//
//   # one entry a line: RULE: TEXT
//   space-between-cjk: 中 国 共 产 党
//   boilerplate: 浏览量
//   *: 〔2022〕15號
//
// Contract: RULE is a rule id, a category name or `*`; TEXT (trimmed, not empty) is matched
// literally against the line the finding starts on: the finding is ignored when that line
// contains TEXT. Blank lines and lines starting with `#` are comments. A line without ": "
// is a ConfigError with file, line and column. used() tells which entries matched, so the
// CLI can report stale ones.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docqc::suppress {

inline constexpr std::string_view k_ignore_suffix = ".docqc-ignore";

class IgnoreList {
 public:
  // Throws rules::ConfigError on a malformed line.
  static IgnoreList parse(std::string_view content, const std::string& file);
  // The sidecar of `document_path`, when it exists (read bounded: a device or a FIFO
  // there is a ConfigError, not a hang).
  static std::optional<IgnoreList> load_for(const std::filesystem::path& document_path);

  bool ignores(std::string_view rule, std::string_view category, std::string_view line_text);
  struct Entry {
    std::string rule;
    std::string text;
    std::size_t line = 0;  // in the ignore file
    bool used = false;
  };
  const std::vector<Entry>& entries() const { return m_entries; }
  const std::string& file() const { return m_file; }

 private:
  std::string m_file;
  std::vector<Entry> m_entries;
};

}  // namespace docqc::suppress
