// The files compiled into the binary at build time (cmake/embed_files.cmake): the default rule
// packs (rules/<pack>/*.yaml), their data tables (rules/data/*.txt) and report assets.
//
// Contract: paths are relative to the source root with '/' separators, sorted as the build
// globbed them; contents are exactly the bytes of the file.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace docqc::rules {

struct EmbeddedFile {
  std::string_view path;
  std::string_view content;
};

const std::vector<EmbeddedFile>& embedded_files();

inline std::optional<std::string_view> embedded_file(std::string_view path) {
  for (const auto& file : embedded_files()) {
    if (file.path == path) {
      return file.content;
    }
  }
  return std::nullopt;
}

}  // namespace docqc::rules
