#include "text/near_duplicate.h"

#include "text/normalize.h"

#include <doctest/doctest.h>

#include <string>

using docqc::text::DedupNormalizer;
using docqc::text::NearDuplicateFinder;

TEST_SUITE_BEGIN("text::NearDuplicateFinder");

namespace {

const char* const k_paragraph =
    "居住证持有人可以按照国家和本市有关规定，在本市申领机动车驾驶证、办理机动车和非机动车"
    "登记等车务手续；在本市申请办理普通护照，赴香港、澳门、台湾通行证及各类签注。";

std::string normalized(std::string_view text) {
  DedupNormalizer normalizer;
  std::string out;
  normalizer.normalize(text, out);
  return out;
}

}  // namespace

TEST_CASE("a copy with a few changed characters is found with its similarity") {
  NearDuplicateFinder finder;
  CHECK_FALSE(finder.add(normalized("第一条 为了规范居住证管理，制定本办法。")));
  CHECK_FALSE(finder.add(normalized(k_paragraph)));
  std::string changed = k_paragraph;
  changed.replace(changed.find("普通护照"), std::string("普通护照").size(), "普通签证");
  const auto match = finder.add(normalized(changed));
  REQUIRE(match);
  CHECK(match->id == 1);
  CHECK(match->similarity > 0.8);
  CHECK(match->similarity < 1.0);
}

TEST_CASE("unrelated paragraphs are not matched") {
  NearDuplicateFinder finder;
  CHECK_FALSE(finder.add(normalized(k_paragraph)));
  CHECK_FALSE(finder.add(normalized(
      "市和区人民政府应当优化教育经费支出结构，建立与职业教育办学规模、培养成本、办学质量等"
      "相适应的财政投入制度，并加强预算绩效管理，提高资金使用效益。")));
}

TEST_CASE("the earliest of equal copies is returned") {
  NearDuplicateFinder finder;
  const std::string text = normalized(k_paragraph);
  CHECK_FALSE(finder.add(text));
  const auto second = finder.add(text);
  REQUIRE(second);
  CHECK(second->id == 0);
  CHECK(second->similarity == 1.0);
  const auto third = finder.add(text);
  REQUIRE(third);
  CHECK(third->id == 0);
  CHECK(finder.item(2) == text);
}

TEST_CASE("items added without indexing are never returned") {
  NearDuplicateFinder finder;
  CHECK_FALSE(finder.add(normalized(k_paragraph), false));
  CHECK_FALSE(finder.add(normalized(k_paragraph)));
  finder.clear();
  CHECK(finder.size() == 0);
  CHECK_FALSE(finder.add(normalized(k_paragraph)));
}

TEST_CASE("the threshold is an option") {
  docqc::text::NearDuplicateOptions options;
  options.threshold = 0.99;
  NearDuplicateFinder finder(options);
  std::string changed = k_paragraph;
  changed.replace(changed.find("普通护照"), std::string("普通护照").size(), "普通签证");
  CHECK_FALSE(finder.add(normalized(k_paragraph)));
  CHECK_FALSE(finder.add(normalized(changed)));
}

TEST_SUITE_END();
