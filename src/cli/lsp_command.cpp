// `docqc lsp`: the language server over stdin/stdout (lsp/server.h).
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "lsp/server.h"

namespace docqc::cli {

void add_lsp_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<lsp::ServerOptions>();
  CLI::App* command =
      app.add_subcommand("lsp", "Run the language server (LSP over stdin/stdout) for editors");
  command
      ->add_option("--rules", options->workspace.rule_paths,
                   "Extra rule file or directory (repeatable)")
      ->allow_extra_args(false);
  command->add_flag("--no-default-rules", options->workspace.no_default_rules,
                    "Do not load the embedded default packs");
  command->add_option("--config", options->workspace.config,
                      "Use this .docqc.yaml for every document (default: the nearest above each)");
  command->add_flag("--no-config", options->workspace.no_config, "Ignore .docqc.yaml files");
  command->add_option("--max-document-bytes", options->workspace.max_bytes,
                      "Larger documents are not checked as you type (default: 16 MiB)");
  command->add_option("--doc-url", options->doc_url,
                      "Link each diagnostic to this URL, with {id} for the rule id (default: a "
                      "page written from the rule into the cache directory)");
  command->add_option("--cross-file-delay", options->cross_file_delay_ms,
                      "Compare the open documents with each other (cross-file-duplicate) once "
                      "no edit has come for this many milliseconds (default: 300)");
  auto stdio = std::make_shared<bool>(true);
  command->add_flag("--stdio", *stdio,
                    "Talk over stdin/stdout (the default; accepted for clients)");
  command->callback([&action, options] {
    action = [options] {
      std::ios::sync_with_stdio(false);
      lsp::Server server(*options, std::cout);
      return server.run(std::cin, STDIN_FILENO);
    };
  });
}

}  // namespace docqc::cli
