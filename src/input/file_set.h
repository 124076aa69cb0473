// FileSet: the command-line paths turned into the list of files to check.
//
// Contract: explicit files are always taken (whatever their extension); directories are
// walked recursively in sorted order and yield files matching the include globs (default
// *.txt, *.md, *.text) and no exclude glob; "-" stands for standard input. Paths that do not
// exist or cannot be listed become `errors` (the caller reports them and exits 2), never
// exceptions. Globs use fnmatch(3): a glob without '/' matches the file name, one with '/'
// the whole path.
#pragma once

#include <string>
#include <vector>

namespace docqc::input {

struct InputFile {
  std::string path;  // as the user will see it; "-" for stdin
  bool is_stdin = false;
};

struct FileSet {
  std::vector<InputFile> files;
  std::vector<std::string> errors;  // "path: reason"
};

FileSet collect_files(const std::vector<std::string>& paths, std::vector<std::string> includes,
                      const std::vector<std::string>& excludes);

bool glob_matches(const std::string& glob, const std::string& path);

// Reads a whole file (or stdin). Returns false and sets `error` when it cannot.
bool read_input(const InputFile& file, std::string& bytes, std::string& error);

}  // namespace docqc::input
