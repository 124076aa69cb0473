#include "kinds/numbering.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>

#include "kinds/pattern.h"

namespace docqc::kinds {

namespace {

const std::vector<std::string> k_variables = {"level",   "found", "expected", "previous",
                                              "missing", "title", "toc_title"};

std::shared_ptr<OutlineConfig> parse_outline(rules::OptionReader& rule, const YAML::Node& node) {
  rules::OptionReader reader(node, rule.file());
  auto config = std::make_shared<OutlineConfig>();
  YAML::Node levels = reader.node("levels");
  if (!levels || !levels.IsSequence() || levels.size() == 0) {
    reader.fail(levels ? levels : node, "expected a non-empty list of levels", "levels");
  }
  std::vector<std::pair<YAML::Node, std::vector<std::string>>> parent_names;
  for (const YAML::Node& level_node : levels) {
    rules::OptionReader level_reader(level_node, rule.file());
    OutlineLevel& level = config->levels.emplace_back();
    level.name = level_reader.required_string("name");
    for (const OutlineLevel& other : config->levels) {
      if (&other != &level && other.name == level.name) {
        level_reader.fail("name", fmt::format("two levels are named '{}'", level.name));
      }
    }
    YAML::Node markers = level_reader.node("marker");
    if (!markers) {
      level_reader.fail(level_node, "missing required key 'marker'", "marker");
    }
    std::vector<std::string> patterns;
    if (markers.IsSequence()) {
      for (const YAML::Node& m : markers) {
        patterns.push_back(level_reader.scalar(m, "marker"));
      }
    } else {
      patterns.push_back(level_reader.scalar(markers, "marker"));
    }
    if (patterns.empty()) {
      level_reader.fail("marker", "expected a regex or a list of regexes");
    }
    for (const std::string& pattern : patterns) {
      auto regex = compile_regex(level_reader, "marker", pattern);
      if (!regex->NamedCapturingGroups().contains("num")) {
        level_reader.fail("marker", "a marker needs a group (?P<num>...) around the numeral");
      }
      level.markers.push_back(std::move(regex));
    }
    for (const std::string& name : level_reader.string_list("numerals")) {
      if (name == "decimal") {
        level.decimal = true;
      } else if (auto system = text::numeral_system_from_name(name)) {
        level.numerals.push_back(*system);
      } else {
        std::string known = "decimal";
        for (const text::NumeralSystem s : text::all_numeral_systems()) {
          known += fmt::format(", {}", text::numeral_system_name(s));
        }
        level_reader.fail("numerals",
                          fmt::format("unknown numeral system '{}' (known: {})", name, known));
      }
    }
    if (level.numerals.empty() == !level.decimal || (level.decimal && !level.numerals.empty())) {
      level_reader.fail("numerals", "list the numeral systems, or only 'decimal'");
    }
    level.inline_allowed = level_reader.boolean("inline", false);
    level.heading = level_reader.boolean("heading", false);
    if (auto follow = level_reader.optional_string("not_followed_by")) {
      level.not_followed_by = compile_regex(level_reader, "not_followed_by", *follow);
    }
    level.min_items = static_cast<std::size_t>(level_reader.integer("min_items", 1, 1, 1000));
    parent_names.emplace_back(level_node, level_reader.string_list("parents"));
    level_reader.finish(
        "in an outline level (known: name, marker, numerals, parents, inline, heading, "
        "not_followed_by, min_items)");
  }
  for (std::size_t i = 0; i < config->levels.size(); ++i) {
    for (const std::string& name : parent_names[i].second) {
      std::size_t found = config->levels.size();
      for (std::size_t j = 0; j < config->levels.size(); ++j) {
        if (config->levels[j].name == name) {
          found = j;
        }
      }
      if (found == config->levels.size() || found == i) {
        rules::OptionReader at(parent_names[i].first, rule.file());
        at.fail("parents", fmt::format("'{}' is not another level of this outline", name));
      }
      config->levels[i].parents.push_back(found);
    }
  }
  for (const std::string& pattern : reader.string_list("document_breaks")) {
    config->document_breaks.push_back(compile_regex(reader, "document_breaks", pattern));
  }
  if (auto title = reader.optional_string("toc_title")) {
    config->toc_title = compile_regex(reader, "toc_title", *title);
  }
  if (auto page = reader.optional_string("toc_page")) {
    config->toc_page = compile_regex(reader, "toc_page", *page);
  }
  if (auto excerpt = reader.optional_string("excerpt")) {
    config->excerpt = compile_regex(reader, "excerpt", *excerpt);
  }
  reader.finish("in an outline (known: levels, document_breaks, toc_title, toc_page, excerpt)");
  if (std::string error = config->prepare(); !error.empty()) {
    rule.fail("outline", error);
  }
  return config;
}

// A string that is equal for equal YAML trees (length-prefixed scalars with their tags):
// the cache key of an outline, far cheaper than YAML::Emitter.
void outline_key(const YAML::Node& node, std::string& out) {
  if (node.IsScalar()) {
    out += fmt::format("s{}:{}|{}:", node.Tag().size(), node.Tag(), node.Scalar().size());
    out += node.Scalar();
  } else if (node.IsSequence()) {
    out += '[';
    for (const auto& item : node) {
      outline_key(item, out);
    }
    out += ']';
  } else if (node.IsMap()) {
    out += '{';
    for (const auto& entry : node) {
      outline_key(entry.first, out);
      outline_key(entry.second, out);
    }
    out += '}';
  } else {
    out += '~';
  }
}

// Rules that declare the same outline (usually one YAML anchor) share one compiled config,
// and so one analysis per document.
std::shared_ptr<const OutlineConfig> shared_outline(rules::OptionReader& rule) {
  YAML::Node node = rule.node("outline");
  if (!node) {
    rule.fail("outline", "missing required key 'outline'");
  }
  if (!node.IsMap()) {
    rule.fail("outline", "expected a mapping");
  }
  std::string key;
  outline_key(node, key);
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const OutlineConfig>> cache;
  {
    std::lock_guard lock(mutex);
    if (auto it = cache.find(key); it != cache.end()) {
      if (auto config = it->second.lock()) {
        return config;
      }
    }
  }
  std::shared_ptr<const OutlineConfig> config = parse_outline(rule, node);
  std::lock_guard lock(mutex);
  std::erase_if(cache, [](const auto& entry) { return entry.second.expired(); });
  cache[key] = config;
  return config;
}

}  // namespace

NumberingRule::NumberingRule(rules::RuleInfo info, std::shared_ptr<const OutlineConfig> outline,
                             OutlineDefectType defect)
    : Rule(std::move(info)), m_outline(std::move(outline)), m_defect(defect) {}

std::unique_ptr<rules::Rule> NumberingRule::create(rules::RuleInfo info,
                                                   rules::OptionReader& options) {
  if (info.scope != rules::Scope::document) {
    options.fail("scope", "a numbering rule reads the whole document: use 'scope: document'");
  }
  const std::string defect_name = options.required_string("defect");
  const std::optional<OutlineDefectType> defect = parse_outline_defect(defect_name);
  if (!defect) {
    options.fail("defect", fmt::format("unknown defect '{}' (known: skip, repeat, out_of_order, "
                                       "missing_start, unexpected_restart, mixed_style, toc_only, "
                                       "body_only, toc_title)",
                                       defect_name));
  }
  std::shared_ptr<const OutlineConfig> outline = shared_outline(options);
  std::unique_ptr<NumberingRule> rule(
      new NumberingRule(std::move(info), std::move(outline), *defect));
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message, k_variables);
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

nlohmann::json outline_json(const OutlineConfig& config, const Outline& outline,
                            std::string_view text) {
  std::vector<const OutlineSequence*> sequences;
  for (const OutlineSequence& seq : outline.sequences) {
    if (seq.count > 0) {
      sequences.push_back(&seq);
    }
  }
  std::stable_sort(sequences.begin(), sequences.end(),
                   [](const auto* a, const auto* b) { return a->first_item < b->first_item; });
  nlohmann::json list = nlohmann::json::array();
  for (const OutlineSequence* sequence : sequences) {
    const OutlineSequence& seq = *sequence;
    const OutlineItem& first = outline.items[seq.first_item];
    const OutlineItem& last = outline.items[seq.last_item];
    list.push_back({
        {"level", config.levels[seq.level].name},
        {"first", std::string(text.substr(first.offset, first.length))},
        {"last", std::string(text.substr(last.offset, last.length))},
        {"count", seq.count},
        {"first_line", first.line},
        {"last_line", last.line},
        {"toc", seq.toc},
    });
  }
  return list;
}

void NumberingRule::check(const doc::Document& document, doc::TextRange /*unit*/,
                          rules::FindingSink& sink) const {
  const std::string_view text = document.text();
  const Outline& outline = sink.memo<Outline>(m_outline.get(), [&] {
    Outline analysed = analyse_outline(*m_outline, text, document.lines());
    nlohmann::json& fact = sink.facts()["outline"];
    if (!fact.is_array()) {
      fact = nlohmann::json::array();
    }
    for (auto& sequence : outline_json(*m_outline, analysed, text)) {
      fact.push_back(std::move(sequence));
    }
    return analysed;
  });

  for (const OutlineDefect& defect : outline.defects) {
    if (defect.type != m_defect) {
      continue;
    }
    const OutlineItem& item = outline.items[defect.item];
    const OutlineItem* related = defect.related ? &outline.items[*defect.related] : nullptr;
    const auto marker = [&](const OutlineItem& i) {
      return std::string(text.substr(i.offset, i.length));
    };
    const auto title = [&](const OutlineItem& i) {
      return std::string(text.substr(i.title_offset, i.title_length));
    };
    const std::string level = m_outline->levels[item.level].name;
    const std::string found = marker(item);
    std::string expected;
    std::optional<std::string> fix;
    if (defect.type == OutlineDefectType::mixed_style) {
      expected = render_marker(outline, text, item, item.value, defect.style);
      if (!expected.empty()) {
        fix = expected;
      }
    } else {
      expected = render_marker(outline, text, item, defect.expected);
      if (defect.expected_alt >= 0) {
        expected += " or " + render_marker(outline, text, item, defect.expected_alt);
      }
    }
    std::string missing;
    if (defect.type == OutlineDefectType::skip) {
      missing = render_marker(outline, text, item, defect.expected);
      if (item.value - 1 > defect.expected) {
        missing += "…" + render_marker(outline, text, item, item.value - 1);
      }
    }
    const std::string previous = related ? marker(*related) : std::string();
    const std::string item_title = title(item);
    const std::string toc_title = related ? title(*related) : std::string();
    const std::string message = m_message.expand([&](std::string_view name) -> std::string_view {
      if (name == "level") {
        return level;
      }
      if (name == "found") {
        return found;
      }
      if (name == "expected") {
        return expected;
      }
      if (name == "previous") {
        return previous;
      }
      if (name == "missing") {
        return missing;
      }
      if (name == "title") {
        return item_title;
      }
      return toc_title;
    });
    Finding& finding = sink.add(info(), item.offset, item.length, message);
    if (related) {
      const bool toc_entry = defect.type == OutlineDefectType::toc_title;
      finding.related.push_back(
          {{},
           related->offset,
           related->length,
           toc_entry ? fmt::format("the table of contents lists {} {}", previous, toc_title)
                     : fmt::format("previous item of the list: {}", previous)});
    }
    if (fix) {
      finding.fix = Fix{item.offset, item.length, *fix, true};
    }
  }
}

}  // namespace docqc::kinds
