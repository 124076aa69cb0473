// `docqc init [DIR]`: writes a commented starter .docqc.yaml.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "config/config.h"
#include "fix/output_file.h"

namespace docqc::cli {

void add_init_command(CLI::App& app, Action& action) {
  struct Settings {
    std::string directory = ".";
    bool force = false;
  };
  auto settings = std::make_shared<Settings>();
  CLI::App* command = app.add_subcommand("init", "Write a commented starter .docqc.yaml");
  command->add_option("directory", settings->directory, "Where to write it (default: .)");
  command->add_flag("--force", settings->force, "Overwrite an existing .docqc.yaml");
  command->callback([&action, settings] {
    action = [settings] {
      std::filesystem::path path =
          std::filesystem::path(settings->directory) / std::string(config::k_file_name);
      if (std::filesystem::exists(path) && !settings->force) {
        std::cerr << "docqc: error: " << path.string()
                  << " already exists (use --force to overwrite it)\n";
        return 2;
      }
      try {
        fix::write_output(path, config::starter_config());
      } catch (const std::exception& e) {
        std::cerr << "docqc: error: cannot write the config: " << e.what() << '\n';
        return 2;
      }
      std::cout << "wrote " << path.string() << '\n';
      return 0;
    };
  });
}

}  // namespace docqc::cli
