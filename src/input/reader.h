// Reader: every byte docqc reads from a path or a stream goes through here, bounded.
//
// Contract: read_path() reads a regular file whole after checking its size against
// `max_bytes`; a FIFO, pipe or socket (process substitution `<(cmd)`, /dev/stdin) is read
// as a stream until end of file and fails as soon as it grows past `max_bytes`; a character
// or block device (/dev/zero, a disk) and a directory are refused without reading. A named
// FIFO that nobody opens for writing fails after `fifo_wait_ms` instead of blocking forever.
// Errors never throw: read_path() returns false and sets `error` to the reason, worded for
// "PATH: reason" messages. `identity` receives what the file was when it was read (device,
// inode, size, modification time), so a writer can tell whether it changed since.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace docqc::input {

inline constexpr std::size_t k_default_max_file_size = std::size_t{512} << 20;  // 512 MiB
inline constexpr std::size_t k_max_config_size = std::size_t{64} << 20;         // 64 MiB

struct FileIdentity {
  bool valid = false;
  dev_t device = 0;
  ino_t inode = 0;
  std::uint64_t size = 0;
  std::int64_t mtime_sec = 0;
  std::int64_t mtime_nsec = 0;
  std::uint64_t links = 0;
  bool regular = false;
  bool same_state(const FileIdentity& other) const {
    return valid == other.valid && device == other.device && inode == other.inode &&
           size == other.size && mtime_sec == other.mtime_sec && mtime_nsec == other.mtime_nsec;
  }
};

// The identity of `path` now (following symbolic links); invalid when it does not exist.
FileIdentity identity_of(const std::string& path);

struct ReadLimits {
  std::size_t max_bytes = k_default_max_file_size;
  int fifo_wait_ms = 30000;
};

bool read_path(const std::string& path, const ReadLimits& limits, std::string& bytes,
               std::string& error, FileIdentity* identity = nullptr);
// Reads an open descriptor (standard input) as a stream, up to limits.max_bytes.
bool read_stream(int fd, const ReadLimits& limits, std::string& bytes, std::string& error);

// "1 GiB", "512 MiB", "10 KiB", "123 bytes".
std::string format_size(std::size_t bytes);
// Parses "1G", "512M", "100k", "4096" (binary multiples); false for anything else.
bool parse_size(const std::string& text, std::size_t& bytes);

}  // namespace docqc::input
