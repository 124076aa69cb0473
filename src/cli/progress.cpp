#include "cli/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace docqc::cli {

Progress::Progress(std::size_t total, bool allowed)
    : m_total(total), m_enabled(allowed && total >= k_min_files && isatty(STDERR_FILENO)) {}

Progress::~Progress() {
  if (m_enabled) {
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
  }
}

void Progress::tick() {
  std::size_t done = ++m_done;
  if (!m_enabled) {
    return;
  }
  std::lock_guard<std::mutex> lock(m_mutex);
  auto now = std::chrono::steady_clock::now();
  if (done != m_total && now - m_last < std::chrono::milliseconds(100)) {
    return;
  }
  m_last = now;
  draw(done);
}

void Progress::draw(std::size_t done) {
  constexpr std::size_t k_width = 30;
  std::size_t filled = m_total == 0 ? k_width : done * k_width / m_total;
  std::string bar(filled, '#');
  bar.append(k_width - filled, '-');
  std::string line = fmt::format("\rdocqc [{}] {}/{} files", bar, done, m_total);
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
}

}  // namespace docqc::cli
