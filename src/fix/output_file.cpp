#include "fix/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>

#include "fix/atomic_file.h"

namespace docqc::fix {

namespace {

constexpr std::size_t k_buffer = 64 << 10;

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what) {
  throw std::runtime_error(fmt::format("{}: {}: {}", path.string(), what, std::strerror(errno)));
}

// /dev/stdout, /dev/fd/N, /proc/self/fd/N: the user names one of our own streams, whatever it
// is connected to (a shell redirect to a regular file included).
bool names_a_stream(const std::filesystem::path& path) {
  std::string text = path.lexically_normal().string();
  return text.rfind("/dev/", 0) == 0 || text.rfind("/proc/", 0) == 0;
}

}  // namespace

OutputFile::OutputFile(const std::filesystem::path& path, bool follow_symlinks) : m_path(path) {
  struct stat link {};
  if (::lstat(path.c_str(), &link) == 0) {
    struct stat target {};
    bool resolves = ::stat(path.c_str(), &target) == 0;
    const struct stat& st = S_ISLNK(link.st_mode) && resolves ? target : link;
    if (S_ISDIR(st.st_mode)) {
      throw std::runtime_error(fmt::format("{}: is a directory", path.string()));
    }
    if (resolves && (!S_ISREG(st.st_mode) || names_a_stream(path))) {
      // Appending to a regular file behind /dev/stdout keeps what the shell's >> put there.
      m_fd = ::open(path.c_str(),
                    O_WRONLY | O_NOCTTY | O_CLOEXEC | (S_ISREG(st.st_mode) ? O_APPEND : 0));
      if (m_fd < 0) {
        fail(path, "cannot open it for writing");
      }
      return;
    }
  } else if (errno != ENOENT) {
    fail(path, "cannot read its attributes");
  }
  AtomicOptions options;
  options.follow_symlinks = follow_symlinks;
  m_atomic = std::make_unique<AtomicFile>(path, options);
}

OutputFile::~OutputFile() {
  if (m_fd >= 0) {
    ::close(m_fd);
  }
  // m_atomic, destroyed uncommitted, removes its temporary file.
}

void OutputFile::emit(std::string_view data) {
  if (m_atomic) {
    m_atomic->write(data);
    return;
  }
  while (!data.empty()) {
    ssize_t n = ::write(m_fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      fail(m_path, "cannot write");
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

void OutputFile::drain() {
  emit(m_buffer);
  m_buffer.clear();
}

void OutputFile::write(std::string_view data) {
  if (m_committed) {
    throw std::logic_error("OutputFile::write after commit");
  }
  if (m_buffer.size() + data.size() > k_buffer && !m_buffer.empty()) {
    drain();
  }
  if (data.size() >= k_buffer) {
    emit(data);  // as it is, not copied
  } else {
    m_buffer.append(data);
  }
}

void OutputFile::commit() {
  if (m_committed) {
    return;
  }
  drain();
  if (m_atomic) {
    m_atomic->commit();
  } else {
    int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
      fail(m_path, "cannot write");
    }
  }
  m_committed = true;
}

void write_output(const std::filesystem::path& path, std::string_view data, bool follow_symlinks) {
  OutputFile file(path, follow_symlinks);
  file.write(data);
  file.commit();
}

void require_output_directory(const std::string& target) {
  const std::filesystem::path parent = std::filesystem::path(target).parent_path();
  std::error_code ec;
  if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
    throw std::invalid_argument(
        fmt::format("cannot write {}: {}: {}", target, parent.string(),
                    ec ? ec.message() : std::string("No such file or directory")));
  }
}

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  struct stat sa {};
  struct stat sb {};
  return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

}  // namespace docqc::fix
