// `docqc rules`, `docqc explain ID`, `docqc test-rules [PATH]`, `docqc version`.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/rule_selection.h"
#include "engine/checker.h"
#include "engine/example_runner.h"
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
  CLI::App* command = app.add_subcommand("rules", "List the rules: id, kind, category, severity");
  add_rule_options(*command, *options);
  command->callback([&action, options] {
    action = [options] {
      LoadedRules loaded = load_rules(*options);
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
  CLI::App* command = app.add_subcommand("explain", "Show what a rule checks and why");
  command->add_option("id", *id, "Rule id")->required();
  add_rule_options(*command, *options);
  command->callback([&action, options, id] {
    action = [options, id] {
      LoadedRules loaded = load_rules(*options);
      for (const auto& rule : loaded.all) {
        const auto& info = rule->info();
        if (info.id != *id) {
          continue;
        }
        std::cout << fmt::format("{}  ({} rule, category {}, severity {}, scope {})\n", info.id,
                                 info.kind, to_string(info.category), to_string(info.severity),
                                 rules::to_string(info.scope));
        std::cout << fmt::format("defined at {}:{}\n\n", info.source_file, info.source_line);
        std::cout << info.description << "\n";
        for (const auto& example : info.examples) {
          std::cout << fmt::format("\n{} example:\n  {}\n", example.bad ? "Bad" : "Good",
                                   example.text);
          if (example.fixed) {
            std::cout << fmt::format("fixed:\n  {}\n", *example.fixed);
          }
        }
        return 0;
      }
      for (const auto& info : engine::builtin_rules()) {
        if (info.id == *id) {
          std::cout << fmt::format("{}  (built-in, category {}, severity {})\n\n{}\n", info.id,
                                   to_string(info.category), to_string(info.severity),
                                   info.description);
          return 0;
        }
      }
      std::vector<std::string> ids;
      for (const auto& rule : loaded.all) {
        ids.push_back(rule->info().id);
      }
      for (const auto& info : engine::builtin_rules()) {
        ids.push_back(info.id);
      }
      std::cerr << fmt::format("docqc: error: no rule '{}'{} (see `docqc rules`)\n", *id,
                               text::did_you_mean_suffix(*id, ids));
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
        }
      }
      std::cout << fmt::format("rules: {} passed, {} failed\n", passed, failed);
      return failed == 0 ? 0 : 1;
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
