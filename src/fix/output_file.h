// write_output: where a report (-o) or a baseline (--write-baseline) goes.
//
// Contract: a regular file, new or old, is replaced atomically through fix::AtomicFile (a
// unique temporary beside it, never a fixed name). Something that is not a regular file (a
// character device such as /dev/null, a FIFO, a terminal, /dev/stdout) is written in place:
// renaming over it would replace it with a plain file. A symbolic link to a regular file is
// refused unless `follow_symlinks`, and then its target is replaced and the link stays. A
// directory is refused. Errors throw std::runtime_error (fix::LeftAlone for a refusal)
// naming the path and the system's reason.
#pragma once

#include <filesystem>
#include <string_view>

namespace docqc::fix {

void write_output(const std::filesystem::path& path, std::string_view data,
                  bool follow_symlinks = false);

// True when `a` and `b` name the same existing file (same device and inode).
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace docqc::fix
