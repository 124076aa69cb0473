// Shell completion scripts generated from the CLI11 app, so they never drift from the options.
//
// Contract: `completion_script(app, shell)` returns a complete script for `shell` ("bash",
// "zsh" or "fish"; anything else throws std::invalid_argument) that completes the visible
// subcommands of `app` (hidden ones, group "", are left out), each subcommand's options, the
// values of options that take one of a fixed set (CLI11 IsMember), file names for paths, and
// rule ids and categories (asked of `docqc rules` when completing) for --select, --ignore and
// `explain`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace docqc::cli {

struct CompletionOption {
  std::vector<std::string> names;  // "--format", "-f"
  std::string help;
  bool takes_value = false;
  std::vector<std::string> choices;  // from an IsMember check; empty: any value
  bool rule_names = false;           // --select / --ignore: rule ids and categories
};

struct CompletionCommand {
  std::string name;
  std::string help;
  std::vector<CompletionOption> options;
  bool rule_argument = false;   // its positional argument is a rule id (`explain`)
  bool file_arguments = false;  // its positional arguments are paths
};

std::vector<CompletionCommand> completion_model(const CLI::App& app);
std::string completion_script(const CLI::App& app, std::string_view shell);

}  // namespace docqc::cli
