#include "fix/unified_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace docqc::fix {

namespace {

enum class OpKind { equal, remove, insert };

struct Op {
  OpKind kind;
  std::size_t old_line;  // 0-based index into the old lines (equal, remove)
  std::size_t new_line;  // 0-based index into the new lines (equal, insert)
};

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) {
      lines.push_back(text.substr(pos));
      break;
    }
    lines.push_back(text.substr(pos, nl + 1 - pos));  // with its "\n"
    pos = nl + 1;
  }
  return lines;
}

// Myers' greedy algorithm on a[a0, a1) against b[b0, b1); appends the ops in order.
// Returns false (and appends nothing) when the edit distance exceeds the limit.
bool myers(const std::vector<std::string_view>& a, std::size_t a0, std::size_t a1,
           const std::vector<std::string_view>& b, std::size_t b0, std::size_t b1,
           std::vector<Op>& ops) {
  const long n = static_cast<long>(a1 - a0);
  const long m = static_cast<long>(b1 - b0);
  const long max_d = std::min<long>(n + m, static_cast<long>(k_max_edit_distance));
  const long offset = max_d + 1;
  std::vector<long> v(static_cast<std::size_t>(2 * max_d + 3), 0);
  std::vector<std::vector<long>> trace;  // trace[d][k + d] = furthest x on diagonal k
  auto at = [&](long k) -> long& { return v[static_cast<std::size_t>(k + offset)]; };
  at(1) = 0;
  long found = -1;
  for (long d = 0; d <= max_d && found < 0; ++d) {
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      long y = x - k;
      while (x < n && y < m &&
             a[a0 + static_cast<std::size_t>(x)] == b[b0 + static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      at(k) = x;
      if (x >= n && y >= m) {
        found = d;
      }
    }
    trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
  }
  if (found < 0) {
    return false;
  }
  std::vector<Op> reversed;
  long x = n;
  long y = m;
  for (long d = found; d > 0; --d) {
    const auto& prev = trace[static_cast<std::size_t>(d - 1)];
    auto prev_at = [&](long k) { return prev[static_cast<std::size_t>(k + d - 1)]; };
    long k = x - y;
    long prev_k = (k == -d || (k != d && prev_at(k - 1) < prev_at(k + 1))) ? k + 1 : k - 1;
    long prev_x = prev_at(prev_k);
    long prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      --x;
      --y;
      reversed.push_back(
          {OpKind::equal, a0 + static_cast<std::size_t>(x), b0 + static_cast<std::size_t>(y)});
    }
    if (prev_k == k + 1) {
      --y;
      reversed.push_back({OpKind::insert, 0, b0 + static_cast<std::size_t>(y)});
    } else {
      --x;
      reversed.push_back({OpKind::remove, a0 + static_cast<std::size_t>(x), 0});
    }
  }
  while (x > 0 && y > 0) {
    --x;
    --y;
    reversed.push_back(
        {OpKind::equal, a0 + static_cast<std::size_t>(x), b0 + static_cast<std::size_t>(y)});
  }
  ops.insert(ops.end(), reversed.rbegin(), reversed.rend());
  return true;
}

void print_line(std::string& out, char mark, std::string_view line) {
  out.push_back(mark);
  if (!line.empty() && line.back() == '\n') {
    out.append(line);
  } else {
    out.append(line);
    out.append("\n\\ No newline at end of file\n");
  }
}

}  // namespace

std::string unified_diff(std::string_view old_text, std::string_view new_text,
                         std::string_view old_label, std::string_view new_label,
                         std::size_t context) {
  if (old_text == new_text) {
    return {};
  }
  auto a = split_lines(old_text);
  auto b = split_lines(new_text);
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) {
    ++head;
  }
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  std::vector<Op> ops;
  for (std::size_t i = 0; i < head; ++i) {
    ops.push_back({OpKind::equal, i, i});
  }
  if (!myers(a, head, a.size() - tail, b, head, b.size() - tail, ops)) {
    for (std::size_t i = head; i < a.size() - tail; ++i) {
      ops.push_back({OpKind::remove, i, 0});
    }
    for (std::size_t j = head; j < b.size() - tail; ++j) {
      ops.push_back({OpKind::insert, 0, j});
    }
  }
  for (std::size_t t = tail; t > 0; --t) {
    ops.push_back({OpKind::equal, a.size() - t, b.size() - t});
  }

  std::string out = fmt::format("--- {}\n+++ {}\n", old_label, new_label);
  std::size_t i = 0;
  while (i < ops.size()) {
    while (i < ops.size() && ops[i].kind == OpKind::equal) {
      ++i;
    }
    if (i == ops.size()) {
      break;
    }
    // A hunk: from `context` equal lines before the change to `context` after the last
    // change that is at most 2 * context equal lines from the next one.
    std::size_t start = i >= context ? i - context : 0;
    std::size_t end = i;
    while (end < ops.size()) {
      if (ops[end].kind != OpKind::equal) {
        ++end;
        continue;
      }
      std::size_t run = end;
      while (run < ops.size() && ops[run].kind == OpKind::equal) {
        ++run;
      }
      if (run == ops.size() || run - end > 2 * context) {
        end = std::min(run, end + context);
        break;
      }
      end = run;
    }
    std::size_t old_start = 0;
    std::size_t new_start = 0;
    std::size_t old_count = 0;
    std::size_t new_count = 0;
    bool old_set = false;
    bool new_set = false;
    std::string body;
    // Line numbers of the hunk start, even when one side is empty.
    std::size_t old_before = 0;
    std::size_t new_before = 0;
    for (std::size_t k = 0; k < start; ++k) {
      if (ops[k].kind != OpKind::insert) {
        ++old_before;
      }
      if (ops[k].kind != OpKind::remove) {
        ++new_before;
      }
    }
    for (std::size_t k = start; k < end; ++k) {
      const Op& op = ops[k];
      if (op.kind != OpKind::insert) {
        if (!old_set) {
          old_start = op.old_line + 1;
          old_set = true;
        }
        ++old_count;
      }
      if (op.kind != OpKind::remove) {
        if (!new_set) {
          new_start = op.new_line + 1;
          new_set = true;
        }
        ++new_count;
      }
      switch (op.kind) {
        case OpKind::equal:
          print_line(body, ' ', a[op.old_line]);
          break;
        case OpKind::remove:
          print_line(body, '-', a[op.old_line]);
          break;
        case OpKind::insert:
          print_line(body, '+', b[op.new_line]);
          break;
      }
    }
    if (!old_set) {
      old_start = old_before;  // empty side: the line before the hunk
    }
    if (!new_set) {
      new_start = new_before;
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", old_start, old_count, new_start, new_count);
    out += body;
    i = end;
  }
  return out;
}

}  // namespace docqc::fix
