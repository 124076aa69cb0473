#include "fix/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "fix/atomic_file.h"

namespace docqc::fix {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what) {
  throw std::runtime_error(fmt::format("{}: {}: {}", path.string(), what, std::strerror(errno)));
}

void write_in_place(const std::filesystem::path& path, std::string_view data, bool append) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC | (append ? O_APPEND : 0));
  if (fd < 0) {
    fail(path, "cannot open it for writing");
  }
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      int saved = errno;
      ::close(fd);
      errno = saved;
      fail(path, "cannot write");
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::close(fd) != 0) {
    fail(path, "cannot write");
  }
}

// /dev/stdout, /dev/fd/N, /proc/self/fd/N: the user names one of our own streams, whatever it
// is connected to (a shell redirect to a regular file included).
bool names_a_stream(const std::filesystem::path& path) {
  std::string text = path.lexically_normal().string();
  return text.rfind("/dev/", 0) == 0 || text.rfind("/proc/", 0) == 0;
}

}  // namespace

void write_output(const std::filesystem::path& path, std::string_view data, bool follow_symlinks) {
  struct stat link {};
  if (::lstat(path.c_str(), &link) == 0) {
    struct stat target {};
    bool resolves = ::stat(path.c_str(), &target) == 0;
    const struct stat& st = S_ISLNK(link.st_mode) && resolves ? target : link;
    if (S_ISDIR(st.st_mode)) {
      throw std::runtime_error(fmt::format("{}: is a directory", path.string()));
    }
    if (resolves && (!S_ISREG(st.st_mode) || names_a_stream(path))) {
      write_in_place(path, data, S_ISREG(st.st_mode));
      return;
    }
  } else if (errno != ENOENT) {
    fail(path, "cannot read its attributes");
  }
  AtomicOptions options;
  options.follow_symlinks = follow_symlinks;
  AtomicFile file(path, options);
  file.write(data);
  file.commit();
}

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  struct stat sa {};
  struct stat sb {};
  return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

}  // namespace docqc::fix
