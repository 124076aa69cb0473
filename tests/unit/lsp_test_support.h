// Helpers for the language server's unit tests: a scratch project with one rule file, and
// reading the frames a server wrote.
#pragma once

#include <doctest/doctest.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lsp/message.h"

namespace lsp_test {

// The rules of tests/cli/lsp_rules.yaml: "XXX" (an error, safe fix "Y") and "QQ" (no fix).
inline std::string rules_text() {
  std::ifstream in(DOCQC_SOURCE_DIR "/tests/cli/lsp_rules.yaml", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  REQUIRE_MESSAGE(!text.str().empty(), "cannot read tests/cli/lsp_rules.yaml");
  return text.str();
}

struct Project {
  std::filesystem::path root;
  explicit Project(const std::string& name) {
    root = std::filesystem::temp_directory_path() /
           ("docqc-lsp-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root);
    write("rules.yaml", rules_text());
  }
  ~Project() {
    std::error_code error;
    std::filesystem::remove_all(root, error);
  }
  void write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((root / name).parent_path());
    std::ofstream(root / name, std::ios::binary) << text;
  }
  std::string path(const std::string& name) const { return (root / name).string(); }
};

inline std::vector<nlohmann::json> frames(const std::string& output) {
  std::istringstream in(output);
  std::vector<nlohmann::json> out;
  while (true) {
    auto frame = docqc::lsp::read_frame(in, 1 << 26);
    if (frame.status != docqc::lsp::Frame::Status::ok) {
      return out;
    }
    out.push_back(nlohmann::json::parse(frame.body));
  }
}

}  // namespace lsp_test
