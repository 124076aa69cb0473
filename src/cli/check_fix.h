// The fix driver of `docqc check`: --fix, --unsafe-fixes and --diff over every file.
//
// Contract: each file is read once (with its identity: device, inode, size, mtime), fixed
// in memory until the fixes converge (fix/fixer.h) and written back through fix::AtomicFile,
// which leaves alone a symbolic link (unless --follow), a read-only file, a file whose owner
// it cannot keep and a file that changed while it was being fixed. A file whose fixes do not
// converge is not written. Every file left alone is an error message naming it and sets
// `io_error` (exit 2); the other files are still fixed. --diff prints and writes nothing.
#pragma once

#include <cstddef>
#include <vector>

#include "cli/check_project.h"
#include "cli/check_settings.h"
#include "input/file_set.h"

namespace docqc::cli {

// Returns the number of files that changed (or would change, with --diff).
std::size_t fix_files(const CheckSettings& settings, const std::vector<input::InputFile>& files,
                      const std::vector<Group*>& groups, bool& io_error);

}  // namespace docqc::cli
