#include "report/fingerprint.h"

#include <fmt/format.h>

#include <unordered_map>

#include "doc/utf8.h"

namespace docqc::report {

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x3000 ||
         c == 0xA0;
}

// Byte offset in `line` of 1-based code-point column `column` (clamped to the end).
std::size_t byte_of_column(std::string_view line, std::size_t column) {
  std::size_t pos = 0;
  for (std::size_t c = 1; c < column && pos < line.size(); ++c) {
    doc::next_code_point(line, pos);
  }
  return pos;
}

std::string_view last_code_points(std::string_view text, std::size_t count) {
  std::size_t pos = text.size();
  for (std::size_t n = 0; n < count && pos > 0; ++n) {
    do {
      --pos;
    } while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80);
  }
  return text.substr(pos);
}

std::string_view first_code_points(std::string_view text, std::size_t count) {
  std::size_t pos = 0;
  for (std::size_t n = 0; n < count && pos < text.size(); ++n) {
    doc::next_code_point(text, pos);
  }
  return text.substr(0, pos);
}

}  // namespace

std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (char c : data) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string normalize_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    char32_t c = doc::next_code_point(text, pos);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    out.append(text.substr(start, pos - start));
  }
  return out;
}

std::vector<std::string> fingerprints(const std::vector<LocatedFinding>& findings) {
  std::vector<std::string> out;
  out.reserve(findings.size());
  std::unordered_map<std::uint64_t, std::size_t> seen;
  for (const auto& f : findings) {
    std::string before;
    std::string after;
    if (!f.context.empty()) {
      std::size_t start = byte_of_column(f.context, f.context_column);
      std::string_view line = f.context;
      std::size_t end = start;
      std::string_view rest = line.substr(start);
      if (rest.substr(0, f.text.size()) == f.text) {
        end = start + f.text.size();
      } else {
        end = line.size();  // a span that runs past its first line
      }
      before = normalize_space(last_code_points(line.substr(0, start), k_context_code_points));
      after = normalize_space(first_code_points(line.substr(end), k_context_code_points));
    }
    std::string key = f.rule;
    key.push_back('\0');
    key += f.text.empty() ? normalize_space(f.message) : normalize_space(f.text);
    key.push_back('\0');
    key += before;
    key.push_back('\0');
    key += after;
    std::uint64_t h = fnv1a64(key);
    out.push_back(fmt::format("{:016x}:{}", h, seen[h]++));
  }
  return out;
}

}  // namespace docqc::report
