// AtomicFile: replaces a file's contents all at once or not at all (after ccache's
// core::AtomicFile).
//
// Contract: write() goes to a temporary file in the target's directory; commit() gives it
// the target's permission bits (and owner, when allowed), fsyncs it, renames it over the
// target and fsyncs the directory. Until commit() returns, the target is untouched; if the
// object is destroyed without commit(), the temporary file is removed. A symbolic link is
// followed: its target is replaced, the link stays. Errors throw std::runtime_error naming
// the path and the system's reason.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace docqc::fix {

class AtomicFile {
 public:
  explicit AtomicFile(const std::filesystem::path& path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::string_view data);
  void commit();

  const std::filesystem::path& path() const { return m_path; }
  const std::filesystem::path& temporary_path() const { return m_tmp_path; }

 private:
  std::filesystem::path m_path;  // the real file (symbolic links resolved)
  std::filesystem::path m_tmp_path;
  int m_fd = -1;
  bool m_committed = false;
};

// Test hook for the crash-safety test: when the environment variable DOCQC_TEST_CRASH_AT is
// "N", the N-th AtomicFile::write() of the process (counting from 1) writes half of its data
// and then ends the process at once with exit status 86, as a crash would.
void maybe_crash_for_test(std::string_view data, int fd);

}  // namespace docqc::fix
