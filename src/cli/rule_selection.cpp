#include "cli/rule_selection.h"

#include <algorithm>
#include <stdexcept>

#include "engine/checker.h"
#include "text/did_you_mean.h"

namespace docqc::cli {

report::RuleDescriptor describe_rule(const rules::RuleInfo& info) {
  return {info.id, info.kind, info.category, info.severity, info.description, info.message};
}

namespace {

bool named_by(const std::vector<std::string>& names, const rules::RuleInfo& info) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    return name == info.id || name == to_string(info.category);
  });
}

}  // namespace

LoadedRules load_rules(const RuleOptions& options) {
  LoadedRules loaded;
  if (!options.no_default_rules) {
    loaded.all = rules::load_default_rules(options.overrides, options.detail);
    if (options.packs) {
      std::erase_if(loaded.all, [&](const std::unique_ptr<rules::Rule>& rule) {
        return std::find(options.packs->begin(), options.packs->end(), rule->info().pack) ==
               options.packs->end();
      });
    }
  }
  for (const auto& path : options.rule_paths) {
    rules::merge_rules(loaded.all,
                       rules::load_rules_from_path(path, options.overrides, options.detail));
  }
  std::vector<const rules::RuleInfo*> infos;
  for (const auto& rule : loaded.all) {
    infos.push_back(&rule->info());
  }
  for (const auto& builtin : engine::builtin_rules()) {
    infos.push_back(&builtin);
  }
  for (const auto* names : {&options.select, &options.ignore}) {
    for (const auto& name : *names) {
      bool known = parse_category(name).has_value() ||
                   std::any_of(infos.begin(), infos.end(),
                               [&](const rules::RuleInfo* info) { return info->id == name; });
      if (!known) {
        std::vector<std::string> candidates;
        for (const auto* info : infos) {
          candidates.push_back(info->id);
        }
        for (Category category : k_all_categories) {
          candidates.emplace_back(to_string(category));
        }
        throw std::invalid_argument("unknown rule id or category '" + name + "'" +
                                    text::did_you_mean_suffix(name, candidates) +
                                    " (see `docqc rules`)");
      }
    }
  }
  auto active = [&](const rules::RuleInfo& info) {
    return (options.select.empty() || named_by(options.select, info)) &&
           !named_by(options.ignore, info);
  };
  for (const auto& rule : loaded.all) {
    if (active(rule->info())) {
      loaded.active.push_back(rule.get());
      loaded.descriptors.push_back(describe_rule(rule->info()));
    }
  }
  const auto& builtins = engine::builtin_rules();
  loaded.invalid_bytes = active(builtins[0]);
  loaded.encoding_detected = active(builtins[1]);
  for (const auto& builtin : builtins) {
    if (active(builtin)) {
      loaded.descriptors.push_back(describe_rule(builtin));
    }
  }
  std::sort(loaded.descriptors.begin(), loaded.descriptors.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  return loaded;
}

}  // namespace docqc::cli
