// FileSet: the command-line paths turned into the list of files to check.
//
// Contract: explicit files are always taken (whatever their extension); directories are
// walked recursively in sorted order and yield regular files matching the include globs
// (default *.txt, *.md, *.text) and no exclude glob; "-" stands for standard input. A walk
// never leaves the tree it was given: symbolic links met during a walk are skipped unless
// `follow_symlinks` (--follow), and then each directory is entered once (no loops). Paths
// that do not exist, directories (or subdirectories) that cannot be listed become `errors`
// (the caller reports each and exits 2), never exceptions. Globs use fnmatch(3): a glob
// without '/' matches the file name, one with '/' the whole path.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "input/reader.h"

namespace docqc::input {

struct InputFile {
  std::string path;  // as the user will see it; "-" for stdin
  bool is_stdin = false;
  std::size_t max_bytes = k_default_max_file_size;  // --max-file-size
};

struct FileSet {
  std::vector<InputFile> files;
  std::vector<std::string> errors;  // "path: reason"
  std::size_t skipped_links = 0;    // symbolic links a walk did not follow
};

struct WalkOptions {
  std::vector<std::string> includes;  // empty: the defaults
  std::vector<std::string> excludes;
  bool follow_symlinks = false;
  std::size_t max_bytes = k_default_max_file_size;
};

FileSet collect_files(const std::vector<std::string>& paths, const WalkOptions& options);
FileSet collect_files(const std::vector<std::string>& paths, std::vector<std::string> includes,
                      const std::vector<std::string>& excludes);

bool glob_matches(const std::string& glob, const std::string& path);

// Reads a whole file (or stdin), bounded by file.max_bytes (input/reader.h). Returns false
// and sets `error` when it cannot. `identity` receives what the file was when read.
bool read_input(const InputFile& file, std::string& bytes, std::string& error,
                FileIdentity* identity = nullptr);

}  // namespace docqc::input
