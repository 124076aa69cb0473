// CheckSettings: everything `docqc check` was asked to do, as parsed from the command line
// (cli/check_command.cpp), before any file is touched.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cli/corpus_command.h"
#include "cli/rule_selection.h"
#include "engine/flood.h"
#include "input/file_set.h"
#include "input/reader.h"

namespace docqc::cli {

struct CheckSettings {
  std::vector<std::string> paths;
  RuleOptions rules;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  bool fail_on_given = false;
  std::string color = "auto";
  std::string encoding = "auto";
  bool list_encodings = false;
  std::vector<std::string> includes;
  std::vector<std::string> excludes;
  bool follow = false;  // symbolic links: walk into them, fix and write through them
  std::string max_file_size;
  std::size_t max_bytes = input::k_default_max_file_size;
  unsigned jobs = 0;
  bool verbose = false;
  bool quiet = false;
  bool statistics = false;
  std::string config;
  bool no_config = false;
  std::string baseline;
  std::string write_baseline;
  bool fix = false;
  bool unsafe_fixes = false;
  bool diff = false;
  bool cross_file = false;
  bool all_occurrences = false;  // text, html, github: no folding of floods (engine/flood.h)
  std::size_t flood_threshold = engine::k_default_flood_threshold;
  CorpusOptions corpus;  // --input-format jsonl (cli/corpus_command.h)
};

// Everything about the request that can be refused before any file is read or written:
// --fix of standard input without --diff; an --output or --write-baseline that is one of
// `files` (the collected inputs), in a directory that does not exist, or both the same
// file. Throws std::invalid_argument saying which and why.
void validate_request(const CheckSettings& settings, const std::vector<input::InputFile>& files);

inline std::string display_path(const input::InputFile& file) {
  return file.is_stdin ? "<stdin>" : file.path;
}

}  // namespace docqc::cli
