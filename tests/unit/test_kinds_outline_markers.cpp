#include "kinds/outline_markers.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "outline_test_support.h"

TEST_SUITE_BEGIN("kinds::outline_markers");

namespace {

using docqc::kinds::OutlineConfig;
using docqc::kinds::outline::Candidate;
using docqc::kinds::outline::MarkerMatcher;
using docqc::kinds::outline::PreferredSystem;
using docqc::testing::outline_level;
using docqc::text::NumeralSystem;

const PreferredSystem k_no_preference = [](std::size_t) -> std::optional<NumeralSystem> {
  return std::nullopt;
};

std::optional<Candidate> match(const OutlineConfig& config, const std::string& text,
                               bool at_line_start = true,
                               const PreferredSystem& preferred = k_no_preference) {
  MarkerMatcher matcher(config, text);
  return matcher.match(0, text.size(), at_line_start, preferred);
}

OutlineConfig decimal_config() {
  OutlineConfig config;
  config.levels.push_back(outline_level("1.1", "(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)+)\\s", {}));
  config.levels.back().decimal = true;
  REQUIRE(config.prepare().empty());
  return config;
}

}  // namespace

TEST_CASE("prepare rejects broken configurations") {
  OutlineConfig no_group;
  no_group.levels.push_back(outline_level("x", "[0-9]+", {NumeralSystem::arabic}));
  CHECK(no_group.prepare().find("(?P<num>") != std::string::npos);
  OutlineConfig no_system;
  no_system.levels.push_back(outline_level("x", "(?P<num>[0-9]+)", {}));
  CHECK_FALSE(no_system.prepare().empty());
  OutlineConfig cycle;
  cycle.levels.push_back(outline_level("a", "(?P<num>[0-9]+)", {NumeralSystem::arabic}));
  cycle.levels.push_back(outline_level("b", "(?P<num>[a-z])", {NumeralSystem::latin_lower}));
  cycle.levels[0].parents = {1};
  cycle.levels[1].parents = {0};
  CHECK(cycle.prepare().find("cycle") != std::string::npos);
  OutlineConfig self_parent;
  self_parent.levels.push_back(outline_level("a", "(?P<num>[0-9]+)", {NumeralSystem::arabic}));
  self_parent.levels[0].parents = {0};
  CHECK(self_parent.prepare().find("parent") != std::string::npos);
}

TEST_CASE("prepare computes the descendants each level resets") {
  OutlineConfig config;
  config.levels.push_back(outline_level("章", "第(?P<num>[一二三]+)章", {NumeralSystem::chinese}));
  config.levels.push_back(outline_level("节", "第(?P<num>[一二三]+)节", {NumeralSystem::chinese}));
  config.levels.push_back(outline_level("条", "第(?P<num>[一二三]+)条", {NumeralSystem::chinese}));
  config.levels[1].parents = {0};
  config.levels[2].parents = {1};
  REQUIRE(config.prepare().empty());
  CHECK(config.resets[0] == std::vector<std::size_t>{1, 2});
  CHECK(config.resets[1] == std::vector<std::size_t>{2});
  CHECK(config.resets[2].empty());
  CHECK(config.inline_set == nullptr);  // no level may stand inline
}

TEST_CASE("a marker at a line start: level, value, spans of marker and numeral") {
  const OutlineConfig config = docqc::testing::small_outline_config();
  const std::string text = "第十二条 总则";
  const std::optional<Candidate> c = match(config, text);
  REQUIRE(c);
  CHECK(c->level == 0);
  CHECK(c->value == 12);
  CHECK(c->system == NumeralSystem::chinese);
  CHECK(c->begin == 0);
  CHECK(c->end == std::string("第十二条").size());
  CHECK(text.substr(c->num_begin, c->num_end - c->num_begin) == "十二");
  const std::optional<Candidate> sub = match(config, "(三)子");
  REQUIRE(sub);
  CHECK(sub->level == 1);
  CHECK(sub->value == 3);
  CHECK_FALSE(match(config, "总则第一条"));  // anchored at the position
  CHECK_FALSE(match(config, "第条"));
}

TEST_CASE("inline positions try only the inline levels") {
  const OutlineConfig config = docqc::testing::small_outline_config();
  CHECK_FALSE(match(config, "第一条", false));
  REQUIRE(match(config, "（二）丑", false));
  CHECK(match(config, "（二）丑", false)->level == 1);
}

TEST_CASE("not_followed_by rejects a marker; trailing white space is not the marker's") {
  OutlineConfig config;
  config.levels.push_back(outline_level("1.", "(?P<num>[0-9]+)\\.\\s*", {NumeralSystem::arabic}));
  config.levels.back().not_followed_by = std::make_unique<RE2>("[0-9]");
  REQUIRE(config.prepare().empty());
  const std::optional<Candidate> c = match(config, "3. 甲");
  REQUIRE(c);
  CHECK(c->end == 2);
  CHECK_FALSE(match(config, "3.5 公斤"));
}

TEST_CASE("decimal paths: depth, last component, the path before it") {
  const OutlineConfig config = decimal_config();
  const std::string text = "1.2.3 甲";
  const std::optional<Candidate> c = match(config, text);
  REQUIRE(c);
  CHECK(c->depth == 3);
  CHECK(c->value == 3);
  CHECK(text.substr(c->num_begin, c->prefix_end - c->num_begin) == "1.2.");
  const std::optional<Candidate> wide = match(config, "１．２ 乙");
  REQUIRE(wide);
  CHECK(wide->depth == 2);
  CHECK(wide->value == 2);
  CHECK(match(config, "1.2.3.4.5 丙"));
  CHECK_FALSE(match(config, "1.2.3.4.5.6 丁"));  // deeper than k_max_depth allows
  CHECK_FALSE(match(config, "1.02 戊"));         // not a numeral: a leading zero
}

TEST_CASE("the open sequence's numeral system is tried first") {
  OutlineConfig config;
  config.levels.push_back(outline_level(
      "a)", "(?P<num>[a-z]+)\\)", {NumeralSystem::roman_ascii_lower, NumeralSystem::latin_lower}));
  REQUIRE(config.prepare().empty());
  const std::optional<Candidate> roman = match(config, "i)");
  REQUIRE(roman);
  CHECK(roman->system == NumeralSystem::roman_ascii_lower);
  CHECK(roman->value == 1);
  const PreferredSystem letters = [](std::size_t) -> std::optional<NumeralSystem> {
    return NumeralSystem::latin_lower;
  };
  const std::optional<Candidate> letter = match(config, "i)", true, letters);
  REQUIRE(letter);
  CHECK(letter->system == NumeralSystem::latin_lower);
  CHECK(letter->value == 9);
  // a preference the level does not list is ignored
  const PreferredSystem chinese = [](std::size_t) -> std::optional<NumeralSystem> {
    return NumeralSystem::chinese;
  };
  CHECK(match(config, "i)", true, chinese)->system == NumeralSystem::roman_ascii_lower);
}

TEST_SUITE_END();
