#include "kinds/codepage_mojibake.h"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <unordered_set>

#include "doc/utf8.h"
#include "text/han_tables.h"

namespace docqc::kinds {

namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(name.c_str(), &status));
  return U_SUCCESS(status) ? std::move(converter) : nullptr;
}

bool is_separator(char32_t c) {
  return c == 0xFFFD || c == '?' || c == 0xFF1F;
}

// `piece` encoded with `seen`, decoded with `source`, appended to `out`; false when a
// character of `piece` has no byte sequence in `seen`. Undecodable bytes become U+FFFD.
bool round_trip(std::string_view piece, UConverter* seen, UConverter* source, std::string& out) {
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(piece.data(), static_cast<int32_t>(piece.size())));
  UErrorCode status = U_ZERO_ERROR;
  ucnv_reset(seen);
  ucnv_setFromUCallBack(seen, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string bytes(static_cast<std::size_t>(unicode.length()) * 4 + 4, '\0');
  const int32_t length = ucnv_fromUChars(seen, bytes.data(), static_cast<int32_t>(bytes.size()),
                                         unicode.getBuffer(), unicode.length(), &status);
  if (U_FAILURE(status)) {
    return false;
  }
  bytes.resize(static_cast<std::size_t>(length));
  status = U_ZERO_ERROR;
  ucnv_reset(source);
  icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()), source, status);
  if (U_FAILURE(status)) {
    return false;
  }
  decoded.toUTF8String(out);
  return true;
}

struct Figures {
  std::size_t han = 0;
  std::size_t bad = 0;  // U+FFFD and U+001A: bytes the decoding could not read
  unsigned long surprisal = 0;
  unsigned mean() const { return han == 0 ? 0 : static_cast<unsigned>(surprisal / han); }
};

Figures measure(const text::HanTables& tables, std::string_view text) {
  Figures figures;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = doc::next_code_point(text, pos);
    if (c == 0xFFFD || c == 0x1A) {
      ++figures.bad;
    } else if (tables.classify(c) != text::HanClass::other) {
      ++figures.han;
      figures.surprisal += tables.surprisal(c);
    }
  }
  return figures;
}

}  // namespace

std::unique_ptr<rules::Rule> CodepageMojibakeRule::create(rules::RuleInfo info,
                                                          rules::OptionReader& options) {
  std::unique_ptr<CodepageMojibakeRule> rule(new CodepageMojibakeRule(std::move(info)));
  std::vector<std::string> decodings = {"GBK read as Big5", "Big5 read as GBK", "UTF-8 read as GBK",
                                        "UTF-8 read as Big5"};
  if (options.has("decodings")) {
    decodings = options.string_list("decodings");
  }
  for (const std::string& text : decodings) {
    const std::size_t as = text.find(" read as ");
    Decoding decoding;
    if (as != std::string::npos) {
      decoding = {text.substr(0, as), text.substr(as + 9)};
    }
    if (decoding.source.empty() || decoding.seen.empty() || !open_converter(decoding.source) ||
        !open_converter(decoding.seen)) {
      options.fail("decodings", fmt::format("'{}' is not 'SOURCE read as SEEN' with two "
                                            "encodings ICU knows",
                                            text));
    }
    rule->m_decodings.push_back(std::move(decoding));
  }
  rule->m_window = static_cast<std::size_t>(options.integer("window", 8, 2, 100));
  rule->m_min_rare = static_cast<std::size_t>(
      options.integer("min_rare", 5, 1, static_cast<long>(rule->m_window)));
  rule->m_rare =
      static_cast<unsigned>(options.integer("rare", 140, 1, text::HanTables::k_unknown_surprisal));
  rule->m_min_characters = static_cast<std::size_t>(options.integer("min_characters", 6, 1, 100));
  rule->m_common = static_cast<unsigned>(
      options.integer("common", 125, 1, text::HanTables::k_unknown_surprisal));
  rule->m_min_gain = static_cast<unsigned>(
      options.integer("min_gain", 50, 0, text::HanTables::k_unknown_surprisal));
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message,
                                                    {"text", "fixed", "source", "seen", "count"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  text::HanTables::builtin();
  return rule;
}

CodepageMojibakeRule::Verdict CodepageMojibakeRule::judge(std::string_view run) const {
  const text::HanTables& tables = text::HanTables::builtin();
  const Figures original = measure(tables, run);
  Verdict best;
  unsigned best_mean = m_common + 1;
  for (const Decoding& decoding : m_decodings) {
    Converter seen = open_converter(decoding.seen);
    Converter source = open_converter(decoding.source);
    if (!seen || !source) {
      continue;
    }
    // Pieces between characters the first decoding put for bytes it could not read.
    std::string fixed;
    bool ok = true;
    bool separated = false;
    std::size_t piece = 0;
    for (std::size_t pos = 0; pos <= run.size() && ok;) {
      std::size_t next = pos;
      const bool at_end = pos == run.size();
      const char32_t c = at_end ? 0 : doc::next_code_point(run, next);
      if (at_end || is_separator(c)) {
        if (pos > piece) {
          ok = round_trip(run.substr(piece, pos - piece), seen.get(), source.get(), fixed);
        }
        if (!at_end) {
          fixed.append(run.substr(pos, next - pos));
          separated = true;
        }
        piece = next;
      }
      if (at_end) {
        break;
      }
      pos = next;
    }
    if (!ok) {
      continue;
    }
    const Figures decoded = measure(tables, fixed);
    // A decoding that starts or ends inside a multi-byte sequence loses a character at
    // each end; more than that, or one in eight, is not this code page.
    const bool readable = decoded.han >= m_min_characters && decoded.bad * 8 <= decoded.han + 16;
    const unsigned mean = decoded.mean();
    if (readable && mean <= m_common && mean + m_min_gain <= original.mean() && mean < best_mean) {
      best_mean = mean;
      best.decoding = &decoding;
      best.lossless = !separated && decoded.bad == 0;
      best.fixed = std::move(fixed);
    }
  }
  return best;
}

std::size_t CodepageMojibakeRule::report(std::string_view all, std::size_t begin, std::size_t end,
                                         doc::TextRange unit, rules::FindingSink& sink) const {
  Verdict verdict = judge(all.substr(begin, end - begin));
  if (verdict.decoding == nullptr) {
    return 0;
  }
  // Grow over neighbours that are garbage of the same decoding too: a character that reads
  // as a common one by itself (with a code page of two bytes a character on both sides, so
  // the characters line up; UTF-8 sequences of three bytes do not: there, any character but
  // white space, ASCII and sentence punctuation).
  const text::HanTables& tables = text::HanTables::builtin();
  const bool aligned = verdict.decoding->source.find("UTF") == std::string::npos &&
                       verdict.decoding->seen.find("UTF") == std::string::npos;
  // Unaligned decodings grow over every character up to white space, ASCII or sentence
  // punctuation (which garbage does not produce), and are judged again.
  auto stop = [](char32_t c) {
    return c < 0x80 || c == 0x3000 || c == 0xA0 ||
           std::u32string_view(U"，。、；：？！“”‘’（）《》【】").find(c) !=
               std::u32string_view::npos;
  };
  auto garbage = [&](std::size_t from, std::size_t to) {
    if (!aligned) {
      std::size_t pos = from;
      return !stop(doc::next_code_point(all, pos));
    }
    Converter seen = open_converter(verdict.decoding->seen);
    Converter source = open_converter(verdict.decoding->source);
    std::string decoded;
    if (!seen || !source ||
        !round_trip(all.substr(from, to - from), seen.get(), source.get(), decoded)) {
      return false;
    }
    std::size_t pos = 0;
    const char32_t c = decoded.empty() ? 0 : doc::next_code_point(decoded, pos);
    return pos == decoded.size() && tables.classify(c) != text::HanClass::other &&
           tables.surprisal(c) < m_rare;
  };
  const std::size_t narrow_begin = begin;
  const std::size_t narrow_end = end;
  bool grown = false;
  while (begin > unit.begin) {
    std::size_t pos = begin;
    const char32_t c = doc::previous_code_point(all, pos);
    if (c < 0x80 || !garbage(pos, begin)) {
      break;
    }
    begin = pos;
    grown = true;
  }
  while (end < unit.end) {
    std::size_t pos = end;
    const char32_t c = doc::next_code_point(all, pos);
    if (c < 0x80 || !garbage(end, pos)) {
      break;
    }
    end = pos;
    grown = true;
  }
  if (grown) {
    Verdict wider = judge(all.substr(begin, end - begin));
    if (wider.decoding != nullptr) {
      verdict = std::move(wider);
    } else {
      begin = narrow_begin;
      end = narrow_end;
    }
  }
  const std::string_view original = all.substr(begin, end - begin);
  const std::string count = std::to_string(measure(tables, original).han);
  auto lookup = [&](std::string_view name) -> std::string_view {
    if (name == "text") {
      return original;
    }
    if (name == "fixed") {
      return verdict.fixed;
    }
    if (name == "source") {
      return verdict.decoding->source;
    }
    if (name == "seen") {
      return verdict.decoding->seen;
    }
    return count;
  };
  Finding& finding = sink.add(info(), begin, end - begin, m_message.expand(lookup));
  if (verdict.lossless) {
    finding.fix = Fix{begin, end - begin, verdict.fixed, false};
  }
  return end;
}

void CodepageMojibakeRule::check(const doc::Document& document, doc::TextRange unit,
                                 rules::FindingSink& sink) const {
  const text::HanTables& tables = text::HanTables::builtin();
  const std::string_view all = document.text();
  struct Han {
    std::size_t offset;
    std::uint8_t length;
    bool rare;
  };
  std::vector<Han> han;
  for (std::size_t pos = unit.begin; pos < unit.end;) {
    if (static_cast<unsigned char>(all[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t c = doc::next_code_point(all, pos);
    if (tables.classify(c) != text::HanClass::other) {
      han.push_back({start, static_cast<std::uint8_t>(pos - start), tables.surprisal(c) >= m_rare});
    }
  }
  if (han.size() < m_min_characters) {
    return;
  }
  // Candidates: windows dense in rare characters (short paragraphs: one window, the
  // threshold scaled down). Overlapping windows are one candidate.
  const std::size_t window = std::min(m_window, han.size());
  const std::size_t needed = (m_min_rare * window + m_window - 1) / m_window;
  std::size_t rare = 0;
  for (std::size_t k = 0; k < window; ++k) {
    rare += han[k].rare;
  }
  std::size_t region_begin = 0;
  std::size_t region_end = 0;  // 0: no open region (indexes into han)
  std::unordered_set<char32_t> distinct;
  std::size_t reported_end = unit.begin;
  auto flush = [&] {
    if (region_end == 0) {
      return;
    }
    while (!han[region_begin].rare) {
      ++region_begin;
    }
    while (!han[region_end - 1].rare) {
      --region_end;
    }
    // One rare character repeated (烫烫烫, 屯屯屯) is another kind of garbage.
    distinct.clear();
    for (std::size_t k = region_begin; k < region_end; ++k) {
      if (han[k].rare) {
        std::size_t pos = han[k].offset;
        distinct.insert(doc::next_code_point(all, pos));
      }
    }
    const std::size_t begin = han[region_begin].offset;
    const std::size_t end = han[region_end - 1].offset + han[region_end - 1].length;
    if (distinct.size() >= m_min_rare && begin >= reported_end) {
      reported_end = std::max(reported_end, report(all, begin, end, unit, sink));
    }
    region_end = 0;
  };
  for (std::size_t k = 0; k + window <= han.size(); ++k) {
    if (k > 0) {
      rare = rare + han[k + window - 1].rare - han[k - 1].rare;
    }
    if (rare < needed) {
      continue;
    }
    if (region_end != 0 && k < region_end) {
      region_end = k + window;
    } else {
      flush();
      region_begin = k;
      region_end = k + window;
    }
  }
  flush();
}

}  // namespace docqc::kinds
