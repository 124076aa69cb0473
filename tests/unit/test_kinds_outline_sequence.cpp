#include "kinds/outline_sequence.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "outline_test_support.h"

TEST_SUITE_BEGIN("kinds::outline_sequence");

namespace {

using docqc::kinds::Outline;
using docqc::kinds::OutlineConfig;
using docqc::kinds::OutlineDefect;
using docqc::kinds::OutlineDefectType;
using docqc::kinds::OutlineItem;
using docqc::kinds::outline::SequenceTracker;
using docqc::text::NumeralSystem;

constexpr std::size_t k_article = 0;  // 条, a heading
constexpr std::size_t k_clause = 1;   // （一）, under 条

// Items fed to a tracker directly, as the outline's line reader would.
struct Feed {
  OutlineConfig config = docqc::testing::small_outline_config();
  Outline out;
  SequenceTracker tracker{config, {}, out};

  std::optional<std::size_t> add(std::size_t level, long value, bool toc = false,
                                 std::size_t indent = 0, std::uint32_t style = 0) {
    OutlineItem item;
    item.level = level;
    item.value = value;
    item.toc = toc;
    item.system = NumeralSystem::chinese;
    item.offset = out.items.size();
    item.style = style;
    out.items.push_back(item);
    return tracker.accept(out.items.size() - 1, toc, indent);
  }
  std::vector<OutlineDefectType> types() const {
    std::vector<OutlineDefectType> out_types;
    for (const OutlineDefect& d : out.defects) {
      out_types.push_back(d.type);
    }
    return out_types;
  }
};

}  // namespace

TEST_CASE("skip, repeat, out of order and restart, with what was expected") {
  Feed skip;
  for (const long v : {1, 2, 4}) {
    skip.add(k_clause, v);
  }
  REQUIRE(skip.out.defects.size() == 1);
  CHECK(skip.out.defects[0].type == OutlineDefectType::skip);
  CHECK(skip.out.defects[0].item == 2);
  CHECK(skip.out.defects[0].related == 1u);
  CHECK(skip.out.defects[0].expected == 3);

  Feed repeat;  // after a repeat, the next value still follows
  for (const long v : {1, 2, 2, 3}) {
    repeat.add(k_clause, v);
  }
  CHECK(repeat.types() == std::vector{OutlineDefectType::repeat});
  CHECK(repeat.out.sequences.size() == 1);
  CHECK(repeat.out.sequences[0].count == 4);

  Feed back;  // one item off the sequence: the sequence goes on from before it
  for (const long v : {1, 2, 3, 2, 4}) {
    back.add(k_clause, v);
  }
  CHECK(back.types() == std::vector{OutlineDefectType::out_of_order});
  CHECK(back.out.defects[0].expected == 4);

  Feed restart;
  for (const long v : {1, 2, 1}) {
    restart.add(k_clause, v);
  }
  CHECK(restart.types() == std::vector{OutlineDefectType::unexpected_restart});
  CHECK(restart.out.defects[0].expected == 3);
}

TEST_CASE("a list that goes back and continues from there splits instead") {
  Feed feed;
  for (const long v : {1, 2, 3, 1, 2, 3}) {
    feed.add(k_clause, v);
  }
  CHECK(feed.types() == std::vector{OutlineDefectType::unexpected_restart});
  REQUIRE(feed.out.sequences.size() == 2);
  CHECK(feed.out.sequences[0].count == 3);
  CHECK(feed.out.sequences[0].last_item == 2);
  CHECK(feed.out.sequences[1].first_item == 3);
  CHECK(feed.out.sequences[1].count == 3);
  CHECK(feed.out.items[5].sequence == 1);
}

TEST_CASE("a document break lets a level start again; a jump forward is still a gap") {
  Feed feed;
  feed.add(k_clause, 1);
  feed.add(k_clause, 2);
  feed.tracker.document_break();
  feed.add(k_clause, 1);
  CHECK(feed.out.defects.empty());
  CHECK(feed.out.sequences.size() == 2);

  Feed jump;
  jump.add(k_clause, 1);
  jump.add(k_clause, 2);
  jump.tracker.document_break();
  jump.add(k_clause, 5);
  REQUIRE(jump.types() == std::vector{OutlineDefectType::skip});
  CHECK(jump.out.defects[0].expected == 3);
  CHECK(jump.out.defects[0].expected_alt == 1);
}

TEST_CASE("a new parent item, or a block left of a list, lets the list restart") {
  Feed feed;
  feed.add(k_article, 1);
  feed.add(k_clause, 1);
  feed.add(k_clause, 2);
  feed.add(k_article, 2);
  feed.add(k_clause, 1);
  CHECK(feed.out.defects.empty());

  Feed block;
  block.add(k_clause, 1, false, 4);
  block.add(k_clause, 2, false, 4);
  block.tracker.block_starts(0);
  block.add(k_clause, 1, false, 4);
  CHECK(block.out.defects.empty());

  Feed level_block;  // as far in as the items: no parent
  level_block.add(k_clause, 1, false, 4);
  level_block.add(k_clause, 2, false, 4);
  level_block.tracker.block_starts(4);
  level_block.add(k_clause, 1, false, 4);
  CHECK(level_block.types() == std::vector{OutlineDefectType::unexpected_restart});
}

TEST_CASE("headings numbered again before any running text were a table of contents") {
  Feed feed;
  CHECK_FALSE(feed.add(k_article, 1));
  CHECK_FALSE(feed.add(k_article, 2));
  const std::optional<std::size_t> first = feed.add(k_article, 1);
  REQUIRE(first);
  CHECK(*first == 0);
  CHECK(feed.out.items[0].toc);
  CHECK(feed.out.items[1].toc);
  CHECK_FALSE(feed.out.items[2].toc);
  CHECK(feed.out.sequences[feed.out.items[0].sequence].toc);
  CHECK_FALSE(feed.out.sequences[feed.out.items[2].sequence].toc);
  CHECK(feed.out.defects.empty());

  Feed body;  // with running text in between it is a restart
  body.add(k_article, 1);
  body.add(k_article, 2);
  body.tracker.running_text();
  CHECK_FALSE(body.add(k_article, 1));
  CHECK(body.types() == std::vector{OutlineDefectType::unexpected_restart});
}

TEST_CASE("TOC items keep their own state and report nothing") {
  Feed feed;
  feed.add(k_article, 1, true);
  feed.add(k_article, 3, true);
  CHECK(feed.out.defects.empty());
  CHECK(feed.tracker.toc_renumbered(k_article, 0, 2));
  CHECK_FALSE(feed.tracker.toc_renumbered(k_article, 0, 4));
  CHECK(feed.tracker.open_system(true, k_article) == NumeralSystem::chinese);
  CHECK_FALSE(feed.tracker.open_system(false, k_article));
  feed.tracker.reset_toc();
  CHECK_FALSE(feed.tracker.toc_renumbered(k_article, 0, 2));
  CHECK_FALSE(feed.tracker.open_system(true, k_article));
}

TEST_CASE("finish: late starts of short sequences are dropped") {
  Feed feed;
  feed.config.levels[k_article].min_items = 3;
  feed.add(k_article, 3);
  feed.add(k_article, 4);
  feed.add(k_clause, 2);
  CHECK(feed.types() ==
        std::vector{OutlineDefectType::missing_start, OutlineDefectType::missing_start});
  feed.tracker.finish();
  REQUIRE(feed.types() == std::vector{OutlineDefectType::missing_start});
  CHECK(feed.out.defects[0].item == 2);  // 条 has two items, fewer than its min_items
}

TEST_CASE("finish: the majority style, full-width brackets for Chinese numerals") {
  Feed feed;
  feed.out.styles = {{"（", "）", NumeralSystem::chinese}, {"(", ")", NumeralSystem::chinese}};
  feed.add(k_clause, 1, false, 0, 0);
  feed.add(k_clause, 2, false, 0, 1);
  feed.add(k_clause, 3, false, 0, 0);
  feed.tracker.finish();
  REQUIRE(feed.types() == std::vector{OutlineDefectType::mixed_style});
  CHECK(feed.out.defects[0].item == 1);
  CHECK(feed.out.defects[0].style == 0);
  CHECK(feed.out.defects[0].related == 0u);

  Feed half;  // a half-width majority is written like its full-width members
  half.out.styles = feed.out.styles;
  half.add(k_clause, 1, false, 0, 1);
  half.add(k_clause, 2, false, 0, 1);
  half.add(k_clause, 3, false, 0, 0);
  half.tracker.finish();
  REQUIRE(half.out.defects.size() == 2);
  CHECK(half.out.defects[0].item == 0);
  CHECK(half.out.defects[1].item == 1);
  CHECK(half.out.defects[1].style == 0);
}

TEST_SUITE_END();
