// Fixer: `--fix`, `--unsafe-fixes` and `--diff` for one file: apply fixes, check again, and
// repeat until nothing changes.
//
// Contract: fix_bytes() works on the file's original bytes and returns new bytes in the same
// encoding (fix/edits.h: only the bytes under each edit change). It stops when a round
// chooses no edit (converged), or gives up with `converged` false when the fixes still
// change the text after k_max_rounds rounds or grow it past k_max_growth times its size plus
// k_growth_slack bytes (a fix that re-creates its own match): then `unconverged_rules` names
// the rules whose fixes were still pending and the caller must not write the bytes.
// It never touches the disk: write_file() does, atomically (fix/atomic_file.h), so a crash
// leaves every file either as it was or fully fixed. The check function comes from the
// caller, so this code knows documents and findings, never rules.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "finding.h"
#include "fix/atomic_file.h"

namespace docqc::fix {

inline constexpr std::size_t k_max_rounds = 10;
inline constexpr std::size_t k_max_growth = 4;
inline constexpr std::size_t k_growth_slack = 64 * 1024;

struct Checked {
  std::unique_ptr<doc::Document> document;  // null: the file cannot be checked (binary)
  std::vector<Finding> findings;
};
using CheckFunction = std::function<Checked(std::string_view bytes)>;

struct FixOutcome {
  std::string bytes;     // the fixed file
  std::string old_text;  // decoded, for --diff
  std::string new_text;
  std::size_t applied = 0;      // edits applied over all rounds
  std::size_t unencodable = 0;  // fixes left out: the file's encoding cannot hold them
  std::size_t rounds = 0;
  bool converged = true;
  std::vector<std::string> unconverged_rules;  // sorted, when !converged
  bool changed() const { return old_text != new_text; }
};

FixOutcome fix_bytes(std::string_view original, const CheckFunction& check, bool unsafe);

// Replaces the file atomically with `bytes` (fix/atomic_file.h); returns what could not be
// kept (AtomicFile::notes()).
std::vector<std::string> write_file(const std::filesystem::path& path, std::string_view bytes,
                                    const AtomicOptions& options = {});

}  // namespace docqc::fix
