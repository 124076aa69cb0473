// AtomicFile: replaces a file's contents all at once or not at all (after ccache's
// core::AtomicFile). The one writer of every file docqc writes: fixed documents, reports
// (-o), baselines and configs.
//
// Contract: the constructor creates a temporary file with a unique name beside the target
// (O_CREAT|O_EXCL|O_NOFOLLOW, mode 0600, so a planted file or link is never opened);
// write() goes there; commit() gives it the target's permission bits, owner and extended
// attributes (POSIX ACLs are among them), or for a new file mode 0666 & ~umask, fsyncs it, renames
// it over the target and fsyncs the directory. Until commit() returns the target is untouched; an
// object destroyed without commit() removes its temporary file, and so does a SIGINT, SIGTERM,
// SIGHUP or SIGPIPE that ends the process. Errors throw std::runtime_error naming the path and the
// system's reason; a target deliberately left alone throws LeftAlone.
//
// Left alone (Options): a symbolic link unless `follow_symlinks` (then its target is
// replaced and the link stays); a file that may not be written (`refuse_read_only`: mode
// without any write bit, or no write permission for us); a file whose owner cannot be kept;
// a file that changed since it was read (`expected`: device, inode, size or mtime differ, or
// it was deleted). A file with several hard links is written in place, after the complete
// new contents are safely in the temporary file, so every link sees them (`notes()` says
// where the copy is if that in-place write fails).
#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "input/reader.h"

namespace docqc::fix {

class LeftAlone : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct AtomicOptions {
  bool follow_symlinks = false;
  bool refuse_read_only = false;
  const input::FileIdentity* expected = nullptr;
};

class AtomicFile {
 public:
  explicit AtomicFile(const std::filesystem::path& path, const AtomicOptions& options = {});
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::string_view data);
  void commit();

  const std::filesystem::path& path() const { return m_path; }
  const std::filesystem::path& temporary_path() const { return m_tmp_path; }
  // What commit() could not keep (an extended attribute, the group), one sentence each.
  const std::vector<std::string>& notes() const { return m_notes; }

 private:
  void check_unchanged() const;
  void keep_metadata();
  void write_in_place();

  std::filesystem::path m_path;  // the real file (a followed link resolved)
  std::filesystem::path m_tmp_path;
  AtomicOptions m_options;
  input::FileIdentity m_expected;
  bool m_has_expected = false;
  struct stat m_target {};
  bool m_exists = false;
  int m_fd = -1;
  int m_slot = -1;  // in the signal cleanup table
  std::size_t m_size = 0;
  bool m_committed = false;
  std::vector<std::string> m_notes;
};

// Removes pending temporary files when SIGINT, SIGTERM, SIGHUP or SIGPIPE arrives, then hands
// the signal to the handler that was there before (the default one ends the process). The
// first AtomicFile installs it; calling it again installs it over handlers set since.
void install_signal_cleanup();

}  // namespace docqc::fix
