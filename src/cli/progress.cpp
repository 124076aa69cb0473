#include "cli/progress.h"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace docqc::cli {

std::size_t terminal_columns(bool to_terminal) {
  if (const char* columns = std::getenv("COLUMNS")) {
    std::string_view text(columns);
    std::size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size() && value > 0) {
      return value;
    }
  }
  winsize size{};
  if (to_terminal && isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
      size.ws_col > 0) {
    return size.ws_col;
  }
  return 100;
}

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
