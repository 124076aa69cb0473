#include "fix/edits.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <tuple>

namespace docqc::fix {

namespace {

// True when `b` cannot be applied together with `a`: they share bytes, one inserts strictly
// inside the other, or both insert at one point. An insertion at either end of a
// replacement is fine.
bool conflicts(const Edit& a, const Edit& b) {
  const std::size_t a_end = a.offset + a.length;
  const std::size_t b_end = b.offset + b.length;
  if (a.length == 0 && b.length == 0) {
    return a.offset == b.offset;
  }
  if (std::max(a.offset, b.offset) < std::min(a_end, b_end)) {
    return true;
  }
  return (a.length == 0 && b.offset < a.offset && a.offset < b_end) ||
         (b.length == 0 && a.offset < b.offset && b.offset < a_end);
}

}  // namespace

std::vector<Edit> choose_edits(const std::vector<Finding>& findings, std::string_view text,
                               bool unsafe) {
  // A finding's fix and its extra edits are one group: taken whole or left for a later round.
  std::vector<std::vector<Edit>> groups;
  for (const auto& finding : findings) {
    if (!finding.fix || (!finding.fix->safe && !unsafe)) {
      continue;
    }
    std::vector<const Fix*> parts = {&*finding.fix};
    for (const Fix& extra : finding.extra_edits) {
      parts.push_back(&extra);
    }
    std::vector<Edit> group;
    bool inside = true;
    for (const Fix* fix : parts) {
      if (fix->offset > text.size() || fix->length > text.size() - fix->offset) {
        inside = false;  // a rule bug; never write outside the text
        break;
      }
      if (text.substr(fix->offset, fix->length) != fix->replacement) {
        group.push_back({fix->offset, fix->length, fix->replacement});
      }
    }
    if (inside && !group.empty()) {
      std::stable_sort(group.begin(), group.end(), [](const Edit& a, const Edit& b) {
        return std::tie(a.offset, a.length) < std::tie(b.offset, b.length);
      });
      groups.push_back(std::move(group));
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return std::tie(a[0].offset, a[0].length) < std::tie(b[0].offset, b[0].length);
  });
  std::vector<Edit> chosen;
  for (auto& group : groups) {
    // Chosen edits are sorted and apart; only the neighbours of each new edit can conflict.
    bool clash = false;
    for (const Edit& edit : group) {
      auto it = std::lower_bound(
          chosen.begin(), chosen.end(), edit.offset,
          [](const Edit& e, std::size_t offset) { return e.offset + e.length < offset; });
      for (; it != chosen.end() && it->offset <= edit.offset + edit.length && !clash; ++it) {
        clash = conflicts(*it, edit);
      }
      if (clash) {
        break;
      }
    }
    if (clash) {
      continue;
    }
    for (auto& edit : group) {
      auto at =
          std::upper_bound(chosen.begin(), chosen.end(), edit, [](const Edit& a, const Edit& b) {
            return std::tie(a.offset, a.length) < std::tie(b.offset, b.length);
          });
      chosen.insert(at, std::move(edit));
    }
  }
  return chosen;
}

std::string apply_edits(std::string_view text, const std::vector<Edit>& edits) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  for (const auto& edit : edits) {
    out.append(text.substr(pos, edit.offset - pos));
    out.append(edit.replacement);
    pos = edit.offset + edit.length;
  }
  out.append(text.substr(pos));
  return out;
}

std::string_view dominant_line_ending(std::string_view text) {
  std::size_t lf = 0;
  std::size_t crlf = 0;
  std::size_t cr = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++crlf;
        ++i;
      } else {
        ++cr;
      }
    } else if (text[i] == '\n') {
      ++lf;
    }
  }
  if (crlf > lf && crlf >= cr) {
    return "\r\n";
  }
  if (cr > lf && cr > crlf) {
    return "\r";
  }
  return "\n";
}

namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// ICU's "UTF-16"/"UTF-32" write a BOM and pick an order; a splice needs the file's own order
// and no BOM.
std::string splice_encoding(std::string_view name, std::string_view original) {
  auto starts = [&](std::string_view bytes) { return original.substr(0, bytes.size()) == bytes; };
  if (name == "UTF-16" || name == "utf-16") {
    return starts("\xFE\xFF") ? "UTF-16BE" : "UTF-16LE";
  }
  if (name == "UTF-32" || name == "utf-32") {
    return starts(std::string_view("\x00\x00\xFE\xFF", 4)) ? "UTF-32BE" : "UTF-32LE";
  }
  return std::string(name);
}

bool is_utf8(std::string_view name) {
  std::string lower;
  for (char c : name) {
    if (c != '-' && c != '_') {
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return lower == "utf8";
}

}  // namespace

OriginalResult apply_to_original(std::string_view original, const doc::Document& document,
                                 const std::vector<Edit>& edits) {
  OriginalResult result;
  const std::string& encoding_name = document.source().encoding;
  std::unique_ptr<UConverter, ConverterCloser> converter;
  if (!is_utf8(encoding_name)) {
    UErrorCode status = U_ZERO_ERROR;
    std::string name = splice_encoding(encoding_name, original);
    converter.reset(ucnv_open(name.c_str(), &status));
    if (U_FAILURE(status)) {
      result.bytes = std::string(original);
      result.unencodable = edits.size();
      return result;
    }
    status = U_ZERO_ERROR;
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                          &status);
  }
  std::string_view eol = dominant_line_ending(document.text());
  const auto& map = document.source_map();

  result.bytes.reserve(original.size());
  std::size_t pos = 0;
  for (const auto& edit : edits) {
    std::size_t begin = map.to_original(edit.offset);
    std::size_t end = map.to_original(edit.offset + edit.length);
    if (begin < pos || end < begin || end > original.size()) {
      ++result.unencodable;
      continue;
    }
    std::string replacement;
    for (char c : edit.replacement) {
      if (c == '\n' && eol != "\n") {
        replacement.append(eol);
      } else {
        replacement.push_back(c);
      }
    }
    if (converter) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(replacement);
      UErrorCode status = U_ZERO_ERROR;
      ucnv_resetFromUnicode(converter.get());
      int32_t needed =
          ucnv_fromUChars(converter.get(), nullptr, 0, u.getBuffer(), u.length(), &status);
      if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
        ++result.unencodable;
        continue;
      }
      std::string encoded(static_cast<std::size_t>(needed), '\0');
      status = U_ZERO_ERROR;
      ucnv_resetFromUnicode(converter.get());
      ucnv_fromUChars(converter.get(), encoded.data(), needed, u.getBuffer(), u.length(), &status);
      if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) {
        ++result.unencodable;
        continue;
      }
      replacement = std::move(encoded);
    }
    result.bytes.append(original.substr(pos, begin - pos));
    result.bytes.append(replacement);
    pos = end;
    ++result.applied;
  }
  result.bytes.append(original.substr(pos));
  return result;
}

}  // namespace docqc::fix
