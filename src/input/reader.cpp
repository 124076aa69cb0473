#include "input/reader.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <limits>

namespace docqc::input {

namespace {

FileIdentity from_stat(const struct stat& st) {
  FileIdentity id;
  id.valid = true;
  id.device = st.st_dev;
  id.inode = st.st_ino;
  id.size = static_cast<std::uint64_t>(st.st_size);
  id.mtime_sec = st.st_mtim.tv_sec;
  id.mtime_nsec = st.st_mtim.tv_nsec;
  id.links = st.st_nlink;
  id.regular = S_ISREG(st.st_mode);
  return id;
}

std::string too_large(std::size_t limit) {
  return fmt::format("larger than the --max-file-size limit ({}); raise it to check this file",
                     format_size(limit));
}

class Fd {
 public:
  explicit Fd(int fd) : m_fd(fd) {}
  ~Fd() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return m_fd; }

 private:
  int m_fd;
};

// Waits until a FIFO has a writer (data or end of file); false after `wait_ms`.
bool wait_for_writer(int fd, int wait_ms) {
  pollfd p{fd, POLLIN, 0};
  while (true) {
    int n = ::poll(&p, 1, wait_ms);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    return n > 0;
  }
}

}  // namespace

FileIdentity identity_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return {};
  }
  return from_stat(st);
}

bool read_stream(int fd, const ReadLimits& limits, std::string& bytes, std::string& error) {
  bytes.clear();
  struct stat st {};
  if (::fstat(fd, &st) == 0 && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) && !::isatty(fd)) {
    // /dev/null reads as nothing; any other device (/dev/zero, a disk) is not a document.
    if (S_ISCHR(st.st_mode) && major(st.st_rdev) == 1 && minor(st.st_rdev) == 3) {
      return true;
    }
    error = "is a device, not a document; refusing to read it";
    return false;
  }
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      if (errno == EAGAIN) {
        pollfd p{fd, POLLIN, 0};
        ::poll(&p, 1, -1);
        continue;
      }
      error = std::strerror(errno);
      return false;
    }
    if (n == 0) {
      return true;
    }
    if (bytes.size() + static_cast<std::size_t>(n) > limits.max_bytes) {
      error = too_large(limits.max_bytes);
      bytes.clear();
      return false;
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

bool read_path(const std::string& path, const ReadLimits& limits, std::string& bytes,
               std::string& error, FileIdentity* identity) {
  bytes.clear();
  // O_NONBLOCK: opening a FIFO without a writer must not block; cleared below.
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (fd.get() < 0) {
    error = std::strerror(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (identity != nullptr) {
    *identity = from_stat(st);
  }
  if (S_ISDIR(st.st_mode)) {
    error = "is a directory";
    return false;
  }
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
    error = "is a device, not a document; refusing to read it";
    return false;
  }
  std::string first;
  if (S_ISFIFO(st.st_mode)) {
    // A read without blocking tells a FIFO with a writer (data, or EAGAIN) from one that
    // nobody has opened yet (end of file): only the latter is waited for, and not forever.
    char buffer[4096];
    ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n > 0) {
      first.assign(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 && !wait_for_writer(fd.get(), limits.fifo_wait_ms)) {
      error = fmt::format("nobody wrote to this FIFO within {} s", limits.fifo_wait_ms / 1000);
      return false;
    }
  }
  int flags = ::fcntl(fd.get(), F_GETFL);
  if (flags >= 0) {
    ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK);
  }
  if (!S_ISREG(st.st_mode)) {
    if (first.size() > limits.max_bytes) {
      error = too_large(limits.max_bytes);
      return false;
    }
    ReadLimits remaining = limits;
    remaining.max_bytes = limits.max_bytes - first.size();
    if (!read_stream(fd.get(), remaining, bytes, error)) {
      if (error.rfind("larger", 0) == 0) {
        error = too_large(limits.max_bytes);
      }
      return false;
    }
    bytes.insert(0, first);
    return true;
  }
  if (static_cast<std::uint64_t>(st.st_size) > limits.max_bytes) {
    error = too_large(limits.max_bytes);
    return false;
  }
  bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::read(fd.get(), bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      error = std::strerror(errno);
      bytes.clear();
      return false;
    }
    if (n == 0) {
      break;  // the file shrank while we read it: keep what is there
    }
    done += static_cast<std::size_t>(n);
  }
  bytes.resize(done);
  // A file that grew while we read it: read the rest as a stream, still bounded.
  std::string rest;
  ReadLimits remaining = limits;
  remaining.max_bytes = limits.max_bytes - done;
  if (!read_stream(fd.get(), remaining, rest, error)) {
    if (rest.empty() && error.rfind("larger", 0) == 0) {
      error = too_large(limits.max_bytes);
    }
    bytes.clear();
    return false;
  }
  bytes += rest;
  return true;
}

std::string format_size(std::size_t bytes) {
  constexpr std::size_t k_gib = std::size_t{1} << 30;
  constexpr std::size_t k_mib = std::size_t{1} << 20;
  constexpr std::size_t k_kib = std::size_t{1} << 10;
  if (bytes >= k_gib && bytes % k_gib == 0) {
    return fmt::format("{} GiB", bytes / k_gib);
  }
  if (bytes >= k_mib && bytes % k_mib == 0) {
    return fmt::format("{} MiB", bytes / k_mib);
  }
  if (bytes >= k_kib && bytes % k_kib == 0) {
    return fmt::format("{} KiB", bytes / k_kib);
  }
  return fmt::format("{} bytes", bytes);
}

bool parse_size(const std::string& text, std::size_t& bytes) {
  if (text.empty()) {
    return false;
  }
  std::size_t i = 0;
  unsigned long long value = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    unsigned digit = static_cast<unsigned>(text[i] - '0');
    if (value > (std::numeric_limits<unsigned long long>::max() - digit) / 10) {
      return false;
    }
    value = value * 10 + digit;
    ++i;
  }
  if (i == 0) {
    return false;
  }
  std::string suffix = text.substr(i);
  for (auto& c : suffix) {
    c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  unsigned shift = 0;
  if (suffix.empty() || suffix == "B") {
    shift = 0;
  } else if (suffix == "K" || suffix == "KB" || suffix == "KIB") {
    shift = 10;
  } else if (suffix == "M" || suffix == "MB" || suffix == "MIB") {
    shift = 20;
  } else if (suffix == "G" || suffix == "GB" || suffix == "GIB") {
    shift = 30;
  } else {
    return false;
  }
  if (value > (std::numeric_limits<std::size_t>::max() >> shift)) {
    return false;
  }
  bytes = static_cast<std::size_t>(value) << shift;
  return bytes != 0;
}

}  // namespace docqc::input
