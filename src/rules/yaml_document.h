// load_yaml_document: the one way rule files and configs are parsed from text.
//
// Contract: the text must be well-formed UTF-8 (else a ConfigError at the line and column of
// the first bad byte, the column counted in code points) and hold at most one YAML document
// (a second one is a ConfigError where it starts, never silently ignored). yaml-cpp's own
// errors become ConfigErrors at their mark. Returns a null node (IsNull()) for an empty text.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace docqc::rules {

YAML::Node load_yaml_document(std::string_view text, const std::string& file);

// `yaml` with every block mapping entry `key:` (the key alone on its line, its value on the
// lines below, e.g. a rule's `examples:` list) replaced by empty lines: every other node keeps
// its line and column. Text-level, for YAML this project writes (the embedded packs, checked
// against a full parse by the unit tests): an entry starting a sequence item (`- key:`), a
// value on the key's line and the inside of block scalars are left alone.
std::string blank_block_entries(std::string_view yaml, std::string_view key);

// The byte offset of the first ill-formed UTF-8 sequence, or std::string_view::npos.
std::size_t invalid_utf8_offset(std::string_view text);

}  // namespace docqc::rules
