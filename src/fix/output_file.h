// OutputFile and write_output: where a report (-o), a baseline (--write-baseline), a corpus
// run's result records (--input-format jsonl -o, --drop-report, --emit-band-keys) and a
// starter config (`docqc init`) go.
//
// Contract: a regular file, new or old, is replaced atomically through fix::AtomicFile (a
// unique O_EXCL|O_NOFOLLOW temporary beside it, never a fixed name; a new file gets mode
// 0666 & ~umask, a replaced one keeps its mode). Something that is not a regular file (a
// character device such as /dev/null, a FIFO, a terminal, /dev/stdout) is written in place:
// renaming over it would replace it with a plain file. A symbolic link is refused unless
// `follow_symlinks`, and then its target is replaced and the link stays. A directory is
// refused. OutputFile streams: write() holds at most 64 KiB (or the one larger piece it was
// given) before handing it on, so memory never grows with the output; until commit() a
// regular file is untouched, and an OutputFile destroyed without commit() leaves no trace
// there. Errors throw std::runtime_error (fix::LeftAlone for a refusal) naming the path and
// the system's reason.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace docqc::fix {

class AtomicFile;

class OutputFile {
 public:
  explicit OutputFile(const std::filesystem::path& path, bool follow_symlinks = false);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view data);
  void commit();

  const std::filesystem::path& path() const { return m_path; }
  // False when the target is a device, FIFO, terminal or stream written in place.
  bool atomic() const { return m_atomic != nullptr; }

 private:
  void emit(std::string_view data);
  void drain();

  std::filesystem::path m_path;
  std::unique_ptr<AtomicFile> m_atomic;  // a regular file: replaced at commit()
  int m_fd = -1;                         // anything else: written in place
  std::string m_buffer;
  bool m_committed = false;
};

void write_output(const std::filesystem::path& path, std::string_view data,
                  bool follow_symlinks = false);

// Throws std::invalid_argument ("cannot write T: DIR: reason") unless the directory `target`
// would be written in exists: checked before any input is read or any file written.
void require_output_directory(const std::string& target);

// True when `a` and `b` name the same existing file (same device and inode).
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace docqc::fix
