// The subcommands. Each adds itself to the CLI11 app and sets `action`, which run() calls
// after parsing; an action returns the process exit code (0 ok, 1 findings at or above
// --fail-on / failed examples, 2 usage, configuration or I/O error).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace docqc::cli {

using Action = std::function<int()>;

void add_check_command(CLI::App& app, Action& action);
void add_rules_command(CLI::App& app, Action& action);
void add_explain_command(CLI::App& app, Action& action);
void add_test_rules_command(CLI::App& app, Action& action);
void add_version_command(CLI::App& app, Action& action);
void add_init_command(CLI::App& app, Action& action);
// `docqc completion bash|zsh|fish` (hidden): a completion script generated from the app.
void add_completion_command(CLI::App& app, Action& action);

// "docqc X.Y.Z": what `docqc --version` and `docqc version` print.
std::string version_string();
void add_lsp_command(CLI::App& app, Action& action);
void add_schema_command(CLI::App& app, Action& action);

}  // namespace docqc::cli
