// `docqc rules [--doc DIR]`, `docqc explain ID|CATEGORY`, `docqc test-rules [PATH]`,
// `docqc schema`, `docqc version`.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/rule_doc.h"
#include "cli/rule_selection.h"
#include "cli/schema.h"
#include "engine/checker.h"
#include "engine/example_runner.h"
#include "fix/atomic_file.h"
#include "rules/registry.h"
#include "text/did_you_mean.h"

namespace docqc::cli {

namespace {

void add_rule_options(CLI::App& command, RuleOptions& options) {
  command.add_option("--rules", options.rule_paths, "Extra rule file or directory (repeatable)")
      ->allow_extra_args(false);
  command.add_flag("--no-default-rules", options.no_default_rules,
                   "Do not load the embedded default packs");
}

}  // namespace

void add_rules_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<RuleOptions>();
  auto doc_dir = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("rules", "List the rules: id, kind, category, severity");
  add_rule_options(*command, *options);
  command->add_option("--doc", *doc_dir,
                      "Write the rule reference (one Markdown page per rule) into DIR");
  command->callback([&action, options, doc_dir] {
    action = [options, doc_dir] {
      LoadedRules loaded = load_rules(*options);
      if (!doc_dir->empty()) {
        std::vector<const rules::Rule*> all;
        for (const auto& rule : loaded.all) {
          all.push_back(rule.get());
        }
        std::size_t pages = write_rule_docs(*doc_dir, all, engine::builtin_rules());
        std::cout << fmt::format("wrote {} rule pages and README.md to {}\n", pages, *doc_dir);
        return 0;
      }
      std::size_t width = 4;
      for (const auto& rule : loaded.descriptors) {
        width = std::max(width, rule.id.size());
      }
      std::cout << fmt::format("{:<{}}  {:<13} {:<12} {}\n", "id", width, "kind", "category",
                               "severity");
      for (const auto& rule : loaded.descriptors) {
        std::cout << fmt::format("{:<{}}  {:<13} {:<12} {}\n", rule.id, width, rule.kind,
                                 to_string(rule.category), to_string(rule.severity));
      }
      return 0;
    };
  });
}

void add_explain_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<RuleOptions>();
  auto id = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "explain", "Show what a rule checks, its options and examples (or a category's rules)");
  command->add_option("id", *id, "Rule id or category")->required();
  add_rule_options(*command, *options);
  command->callback([&action, options, id] {
    action = [options, id] {
      LoadedRules loaded = load_rules(*options);
      for (const auto& rule : loaded.all) {
        if (rule->info().id == *id) {
          std::cout << rule_page(*rule);
          return 0;
        }
      }
      for (const auto& info : engine::builtin_rules()) {
        if (info.id == *id) {
          std::cout << builtin_page(info);
          return 0;
        }
      }
      if (auto category = parse_category(*id)) {
        std::cout << fmt::format("Rules of category {} (`docqc explain ID` for one):\n\n", *id);
        for (const auto& info : engine::builtin_rules()) {
          if (info.category == *category) {
            std::cout << fmt::format("  {:<32} {:<8} built in\n", info.id,
                                     to_string(info.severity));
          }
        }
        for (const auto& rule : loaded.all) {
          const auto& info = rule->info();
          if (info.category == *category) {
            std::cout << fmt::format("  {:<32} {:<8} {}\n", info.id, to_string(info.severity),
                                     info.description.substr(0, info.description.find('\n')));
          }
        }
        return 0;
      }
      std::vector<std::string> names;
      for (const auto& rule : loaded.all) {
        names.push_back(rule->info().id);
      }
      for (const auto& info : engine::builtin_rules()) {
        names.push_back(info.id);
      }
      for (Category category : k_all_categories) {
        names.emplace_back(to_string(category));
      }
      std::cerr << fmt::format("docqc: error: no rule or category '{}'{} (see `docqc rules`)\n",
                               *id, text::did_you_mean_suffix(*id, names));
      return 2;
    };
  });
}

void add_test_rules_command(CLI::App& app, Action& action) {
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* command = app.add_subcommand(
      "test-rules", "Run every rule's examples (the embedded packs, or the rule files given)");
  command->add_option("path", *paths, "Rule files or directories");
  command->callback([&action, paths] {
    action = [paths] {
      RuleOptions options;
      options.rule_paths = *paths;
      options.no_default_rules = !paths->empty();
      LoadedRules loaded = load_rules(options);
      std::size_t passed = 0;
      std::size_t failed = 0;
      for (const auto& rule : loaded.all) {
        auto failures = engine::run_examples(*rule, true);
        if (failures.empty()) {
          ++passed;
          continue;
        }
        ++failed;
        for (const auto& failure : failures) {
          std::cout << fmt::format("{}: error: [{}] {}\n", failure.where, failure.rule,
                                   failure.message);
          for (const auto& line : failure.details) {
            std::cout << line << '\n';
          }
        }
      }
      std::cout << fmt::format("rules: {} passed, {} failed\n", passed, failed);
      return failed == 0 ? 0 : 1;
    };
  });
}

void add_schema_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<RuleOptions>();
  auto which = std::make_shared<std::string>();
  auto dir = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "schema", "Print the JSON Schema of rule files ('rules') or of .docqc.yaml ('config')");
  command->add_option("which", *which, "rules or config")
      ->check(CLI::IsMember({"rules", "config"}));
  command->add_option("--write", *dir,
                      "Write docqc-rules.schema.json and docqc-config.schema.json into DIR");
  add_rule_options(*command, *options);
  command->callback([&action, options, which, dir] {
    action = [options, which, dir]() -> int {
      if (which->empty() == dir->empty()) {
        std::cerr << "docqc: error: give 'rules', 'config' or --write DIR\n";
        return 2;
      }
      LoadedRules loaded = load_rules(*options);
      std::vector<const rules::Rule*> all;
      for (const auto& rule : loaded.all) {
        all.push_back(rule.get());
      }
      auto text = [](const nlohmann::json& schema) { return schema.dump(2) + "\n"; };
      if (!dir->empty()) {
        std::filesystem::create_directories(*dir);
        for (const auto& [name, schema] :
             {std::pair{"docqc-rules.schema.json", rules_schema(all)},
              std::pair{"docqc-config.schema.json", config_schema()}}) {
          fix::AtomicFile file(std::filesystem::path(*dir) / name);
          file.write(text(schema));
          file.commit();
        }
        std::cout << fmt::format(
            "wrote docqc-rules.schema.json and docqc-config.schema.json to {}\n", *dir);
        return 0;
      }
      std::cout << text(*which == "rules" ? rules_schema(all) : config_schema());
      return 0;
    };
  });
}

void add_version_command(CLI::App& app, Action& action) {
  CLI::App* command = app.add_subcommand("version", "Print the version");
  command->callback([&action] {
    action = [] {
      std::cout << version_string() << '\n';
      return 0;
    };
  });
}

}  // namespace docqc::cli
