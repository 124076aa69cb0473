// Helpers for the tests of the outline's parts (kinds/numbering_outline.h, kinds/outline_*):
// a level from one marker, and a small prepared configuration.
#pragma once

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "kinds/numbering_outline.h"

namespace docqc::testing {

inline kinds::OutlineLevel outline_level(const std::string& name, const std::string& marker,
                                         std::vector<text::NumeralSystem> numerals) {
  kinds::OutlineLevel l;
  l.name = name;
  l.markers.push_back(std::make_unique<RE2>(marker));
  l.numerals = std::move(numerals);
  return l;
}

// 条 (a heading) and （一） under it, with inline items; 附件 is a document break, 目录 opens
// a TOC.
inline kinds::OutlineConfig small_outline_config() {
  using text::NumeralSystem;
  kinds::OutlineConfig config;
  config.levels.push_back(
      outline_level("条", "第(?P<num>[一二三四五六七八九十]+)条", {NumeralSystem::chinese}));
  config.levels.back().heading = true;
  config.levels.push_back(outline_level("（一）", "[（(](?P<num>[一二三四五六七八九十]+)[）)]",
                                        {NumeralSystem::chinese}));
  config.levels.back().parents = {0};
  config.levels.back().inline_allowed = true;
  config.document_breaks.push_back(std::make_unique<RE2>("附件"));
  config.toc_title = std::make_unique<RE2>("目录");
  REQUIRE(config.prepare().empty());
  return config;
}

}  // namespace docqc::testing
