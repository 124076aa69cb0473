#include "fix/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
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

}  // namespace

void maybe_crash_for_test(std::string_view data, int fd) {
  static std::atomic<long> writes{0};
  const char* at = std::getenv("DOCQC_TEST_CRASH_AT");
  if (at == nullptr) {
    return;
  }
  if (++writes == std::strtol(at, nullptr, 10)) {
    std::string_view half = data.substr(0, data.size() / 2);
    [[maybe_unused]] ssize_t n = ::write(fd, half.data(), half.size());
    std::_Exit(86);
  }
}

AtomicFile::AtomicFile(const std::filesystem::path& path) {
  std::error_code ec;
  m_path = std::filesystem::weakly_canonical(path, ec);
  if (ec) {
    m_path = path;
  }
  std::string name_template(".");
  name_template.append(m_path.filename().string());
  name_template.append(".docqc-XXXXXX");
  std::string tmpl = (m_path.parent_path() / name_template).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  m_fd = ::mkstemp(name.data());
  if (m_fd < 0) {
    throw system_error("cannot create a temporary file beside it", m_path);
  }
  m_tmp_path = name.data();
}

AtomicFile::~AtomicFile() {
  if (m_fd >= 0) {
    ::close(m_fd);
  }
  if (!m_committed && !m_tmp_path.empty()) {
    ::unlink(m_tmp_path.c_str());
  }
}

void AtomicFile::write(std::string_view data) {
  maybe_crash_for_test(data, m_fd);
  write_all(m_fd, data, m_tmp_path);
}

void AtomicFile::commit() {
  struct stat st {};
  if (::stat(m_path.c_str(), &st) == 0) {
    if (::fchmod(m_fd, st.st_mode & 07777) != 0) {
      throw system_error("cannot set permissions", m_tmp_path);
    }
    // Keeping the owner needs privileges we may not have; the permissions matter more.
    [[maybe_unused]] int ignored = ::fchown(m_fd, st.st_uid, st.st_gid);
  }
  if (::fsync(m_fd) != 0) {
    throw system_error("cannot flush to disk", m_tmp_path);
  }
  if (::close(m_fd) != 0) {
    m_fd = -1;
    throw system_error("cannot close", m_tmp_path);
  }
  m_fd = -1;
  if (::rename(m_tmp_path.c_str(), m_path.c_str()) != 0) {
    throw system_error("cannot replace", m_path);
  }
  m_committed = true;
  // Make the rename itself durable.
  int dir = ::open(m_path.parent_path().empty() ? "." : m_path.parent_path().c_str(),
                   O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

}  // namespace docqc::fix
