#include "fix/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <fmt/format.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <mutex>
#include <random>
#include <vector>

namespace docqc::fix {

namespace {

std::runtime_error system_error(std::string_view what, const std::filesystem::path& path) {
  return std::runtime_error(fmt::format("{}: {}: {}", path.string(), what, std::strerror(errno)));
}

void write_all(int fd, std::string_view data, const std::filesystem::path& path) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      throw system_error("cannot write", path);
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

// Temporary files to remove when a signal ends the process. A slot is 0 (free), 1 (being
// filled) or 2 (holds a path); the handler only reads slots in state 2.
constexpr std::size_t k_slots = 64;
struct Slot {
  std::atomic<int> state{0};
  char path[PATH_MAX] = {};
};
std::array<Slot, k_slots> g_slots;

constexpr int k_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
struct sigaction g_previous[std::size(k_signals)];

extern "C" void remove_temporaries_and_die(int sig) {
  for (auto& slot : g_slots) {
    if (slot.state.load() == 2) {
      ::unlink(slot.path);
    }
  }
  // Hand the signal on to whoever handled it before (by default: the end of the process).
  for (std::size_t i = 0; i < std::size(k_signals); ++i) {
    if (k_signals[i] == sig) {
      ::sigaction(sig, &g_previous[i], nullptr);
    }
  }
  ::raise(sig);
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] { install_signal_cleanup(); });
}

int register_temporary(const std::string& path) {
  install_handlers();
  if (path.size() >= PATH_MAX) {
    return -1;
  }
  for (std::size_t i = 0; i < k_slots; ++i) {
    int expected = 0;
    if (g_slots[i].state.compare_exchange_strong(expected, 1)) {
      std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
      g_slots[i].state.store(2);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void unregister_temporary(int slot) {
  if (slot >= 0) {
    g_slots[static_cast<std::size_t>(slot)].state.store(0);
  }
}

std::string random_suffix() {
  static constexpr char k_chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  thread_local std::mt19937_64 random{std::random_device{}() ^
                                      (static_cast<std::uint64_t>(::getpid()) << 32)};
  std::string suffix;
  for (int i = 0; i < 8; ++i) {
    suffix += k_chars[random() % (sizeof k_chars - 1)];
  }
  return suffix;
}

// The process's umask, read without changing it (/proc/self/status, Linux 4.7 and later);
// elsewhere set and restored at once (a file another thread creates meanwhile gets 022).
mode_t process_umask() {
  if (FILE* status = std::fopen("/proc/self/status", "re")) {
    char line[256];
    unsigned value = 0;
    bool found = false;
    while (!found && std::fgets(line, sizeof line, status) != nullptr) {
      found = std::sscanf(line, "Umask: %o", &value) == 1;
    }
    std::fclose(status);
    if (found) {
      return static_cast<mode_t>(value & 0777);
    }
  }
  mode_t old = ::umask(022);
  ::umask(old);
  return old;
}

std::string mode_string(mode_t mode) {
  return fmt::format("{:04o}", mode & 07777);
}

}  // namespace

void install_signal_cleanup() {
  for (std::size_t i = 0; i < std::size(k_signals); ++i) {
    struct sigaction old {};
    if (::sigaction(k_signals[i], nullptr, &old) != 0 || old.sa_handler == SIG_IGN ||
        old.sa_handler == remove_temporaries_and_die) {
      continue;
    }
    g_previous[i] = old;
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_die;
    sigemptyset(&action.sa_mask);
    ::sigaction(k_signals[i], &action, nullptr);
  }
}

AtomicFile::AtomicFile(const std::filesystem::path& path, const AtomicOptions& options)
    : m_path(path), m_options(options) {
  if (options.expected != nullptr) {
    m_expected = *options.expected;
    m_has_expected = true;
  }
  struct stat link {};
  if (::lstat(path.c_str(), &link) == 0) {
    if (S_ISLNK(link.st_mode)) {
      if (!options.follow_symlinks) {
        throw LeftAlone(
            fmt::format("{}: is a symbolic link; not replacing it (--follow writes to its target)",
                        path.string()));
      }
      std::error_code ec;
      m_path = std::filesystem::canonical(path, ec);
      if (ec) {
        throw std::runtime_error(
            fmt::format("{}: cannot resolve the symbolic link: {}", path.string(), ec.message()));
      }
    }
    if (::stat(m_path.c_str(), &m_target) != 0) {
      throw system_error("cannot read its attributes", m_path);
    }
    if (!S_ISREG(m_target.st_mode)) {
      throw std::runtime_error(fmt::format("{}: not a regular file", m_path.string()));
    }
    m_exists = true;
  } else if (errno != ENOENT) {
    throw system_error("cannot read its attributes", path);
  } else if (m_has_expected) {
    throw LeftAlone(
        fmt::format("{}: was deleted while it was being fixed; not re-created", path.string()));
  }
  if (m_exists && options.refuse_read_only) {
    if (::geteuid() == 0 ? (m_target.st_mode & 0222) == 0 : ::access(m_path.c_str(), W_OK) != 0) {
      throw LeftAlone(fmt::format("{}: is read-only (mode {}); left unchanged", m_path.string(),
                                  mode_string(m_target.st_mode)));
    }
  }
  std::filesystem::path dir = m_path.parent_path();
  std::string prefix(".");  // (operator+ on a literal trips GCC 12's -Wrestrict at -O3)
  prefix.append(m_path.filename().string());
  prefix.append(".docqc-");
  for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
    std::string name = prefix;
    name.append(random_suffix());
    m_tmp_path = dir / name;
    m_fd = ::open(m_tmp_path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_fd < 0 && errno != EEXIST) {
      break;
    }
  }
  if (m_fd < 0) {
    int saved = errno;
    m_tmp_path.clear();
    errno = saved;
    throw system_error("cannot create a temporary file beside it", m_path);
  }
  m_slot = register_temporary(m_tmp_path.string());
}

AtomicFile::~AtomicFile() {
  if (m_fd >= 0) {
    ::close(m_fd);
  }
  if (!m_committed && !m_tmp_path.empty()) {
    ::unlink(m_tmp_path.c_str());
  }
  unregister_temporary(m_slot);
}

void AtomicFile::write(std::string_view data) {
  write_all(m_fd, data, m_tmp_path);
  m_size += data.size();
}

void AtomicFile::check_unchanged() const {
  if (!m_has_expected) {
    return;
  }
  input::FileIdentity now = input::identity_of(m_path.string());
  if (!now.valid) {
    throw LeftAlone(
        fmt::format("{}: was deleted while it was being fixed; not re-created", m_path.string()));
  }
  if (!now.same_state(m_expected)) {
    throw LeftAlone(
        fmt::format("{}: changed while it was being fixed; left as it is now (run docqc again)",
                    m_path.string()));
  }
}

void AtomicFile::keep_metadata() {
  if (::fchown(m_fd, m_target.st_uid, m_target.st_gid) != 0) {
    if (m_target.st_uid != ::geteuid()) {
      throw LeftAlone(fmt::format("{}: belongs to user {}; cannot keep its owner, left unchanged",
                                  m_path.string(), m_target.st_uid));
    }
    m_notes.push_back(fmt::format("{}: its group changed from {} (cannot keep it: {})",
                                  m_path.string(), m_target.st_gid, std::strerror(errno)));
  }
  if (::fchmod(m_fd, m_target.st_mode & 07777) != 0) {
    throw system_error("cannot set permissions", m_tmp_path);
  }
  int source = ::open(m_path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (source < 0) {
    return;
  }
  ssize_t size = ::flistxattr(source, nullptr, 0);
  if (size > 0) {
    std::vector<char> names(static_cast<std::size_t>(size));
    size = ::flistxattr(source, names.data(), names.size());
    for (ssize_t i = 0; i < size;) {
      const char* name = names.data() + i;
      i += static_cast<ssize_t>(std::strlen(name)) + 1;
      ssize_t length = ::fgetxattr(source, name, nullptr, 0);
      std::vector<char> value(static_cast<std::size_t>(std::max<ssize_t>(length, 0)));
      if (length < 0 || ::fgetxattr(source, name, value.data(), value.size()) != length ||
          ::fsetxattr(m_fd, name, value.data(), value.size(), 0) != 0) {
        m_notes.push_back(fmt::format("{}: could not keep the extended attribute {}: {}",
                                      m_path.string(), name, std::strerror(errno)));
      }
    }
  }
  ::close(source);
}

// Several hard links: every name must see the new contents, so the file itself is rewritten.
// The temporary file already holds them, fsynced: if this fails half-way, that copy stays.
void AtomicFile::write_in_place() {
  int target = ::open(m_path.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
  if (target < 0) {
    throw system_error("cannot open it to write in place", m_path);
  }
  std::vector<char> buffer(1 << 16);
  off_t offset = 0;
  auto fail = [&](std::string_view what) {
    int saved = errno;
    ::close(target);
    unregister_temporary(m_slot);
    m_slot = -1;
    m_committed = true;  // keep the copy
    errno = saved;
    throw system_error(fmt::format("{} (the fixed text is in {})", what, m_tmp_path.string()),
                       m_path);
  };
  while (static_cast<std::size_t>(offset) < m_size) {
    ssize_t n = ::pread(m_fd, buffer.data(), buffer.size(), offset);
    if (n <= 0) {
      if (n < 0 && errno == EINTR) {
        continue;
      }
      fail("cannot read back the temporary file");
    }
    for (ssize_t written = 0; written < n;) {
      ssize_t w = ::pwrite(target, buffer.data() + written, static_cast<std::size_t>(n - written),
                           offset + written);
      if (w < 0) {
        if (errno == EINTR) {
          continue;
        }
        fail("cannot write in place");
      }
      written += w;
    }
    offset += n;
  }
  if (::ftruncate(target, static_cast<off_t>(m_size)) != 0 || ::fsync(target) != 0) {
    fail("cannot finish writing in place");
  }
  ::close(target);
  ::close(m_fd);
  m_fd = -1;
  ::unlink(m_tmp_path.c_str());
  m_committed = true;
}

void AtomicFile::commit() {
  if (::fsync(m_fd) != 0) {
    throw system_error("cannot flush to disk", m_tmp_path);
  }
  check_unchanged();
  if (m_exists && m_target.st_nlink > 1) {
    write_in_place();
    return;
  }
  if (m_exists) {
    keep_metadata();
    if (::fsync(m_fd) != 0) {
      throw system_error("cannot flush to disk", m_tmp_path);
    }
  } else if (::fchmod(m_fd, 0666 & ~process_umask()) != 0) {
    // A new file gets the mode any tool's would; the temporary was 0600 while it was filled.
    throw system_error("cannot set permissions", m_tmp_path);
  }
  if (::close(m_fd) != 0) {
    m_fd = -1;
    throw system_error("cannot close", m_tmp_path);
  }
  m_fd = -1;
  check_unchanged();
  if (::rename(m_tmp_path.c_str(), m_path.c_str()) != 0) {
    throw system_error("cannot replace", m_path);
  }
  m_committed = true;
  // Make the rename itself durable.
  std::filesystem::path dir = m_path.parent_path();
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace docqc::fix
