// The fix driver of `docqc check`: --fix, --unsafe-fixes and --diff over every file.
//
// Contract: each file is read once (with its identity: device, inode, size, mtime), fixed in
// memory until the fixes converge (fix/fixer.h, with `check(i, text)` checking the text of
// file i by that file's rules) and written back through fix::AtomicFile, which leaves alone
// a symbolic link (unless `follow`), a read-only file, a file whose owner it cannot keep and
// a file that changed while it was being fixed. A file whose fixes do not converge is not
// written (nor diffed). Every file left alone is an "error" message naming it and sets
// `io_error` (exit 2); the other files are still fixed. A file that cannot be read is
// skipped silently: the check that follows reports it. `diff` writes nothing and prints a
// unified diff per file on `out`. Messages go to `say(level, text)` as they happen (level
// "error", "warning" or "note"; the text names the file as given, unescaped: the caller
// makes it safe for a terminal), and unless `quiet` or `diff` a summary "fixed N findings in
// M files" with the level "".
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "fix/fixer.h"
#include "input/file_set.h"

namespace docqc::fix {

struct FixRequest {
  bool unsafe_fixes = false;
  bool diff = false;
  bool follow = false;  // write through a symbolic link to its target
  bool quiet = false;   // no notes, no summary line
};

struct FixRun {
  std::size_t changed = 0;  // files that changed (or would, with diff)
  bool io_error = false;
};

using FileCheckFunction = std::function<Checked(std::size_t file, std::string_view bytes)>;
using SayFunction = std::function<void(std::string_view level, const std::string& text)>;

FixRun fix_files(const std::vector<input::InputFile>& files, const FixRequest& request,
                 const FileCheckFunction& check, std::ostream& out, const SayFunction& say);

}  // namespace docqc::fix
