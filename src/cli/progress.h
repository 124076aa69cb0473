// Progress: a one-line progress bar on stderr while many files are checked; the terminal's
// width for the text report.
//
// Contract: shown only when stderr is a terminal, there are at least k_min_files files and
// --quiet is off; redrawn at most every 100 ms; erased when done, so nothing of it stays in
// the terminal or in a redirected stream. tick() is safe from several threads.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>

namespace docqc::cli {

// Columns for the text report: $COLUMNS when it is a number (> 0), else the width of the
// terminal when `to_terminal` and stdout is one, else 100.
std::size_t terminal_columns(bool to_terminal);

class Progress {
 public:
  static constexpr std::size_t k_min_files = 20;

  Progress(std::size_t total, bool allowed);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void tick();
  bool enabled() const { return m_enabled; }

 private:
  void draw(std::size_t done);

  std::size_t m_total;
  bool m_enabled;
  std::atomic<std::size_t> m_done{0};
  std::mutex m_mutex;
  std::chrono::steady_clock::time_point m_last{};
};

}  // namespace docqc::cli
