#include "cli/check_fix.h"

#include <fmt/format.h>

#include <iostream>

#include "fix/atomic_file.h"
#include "fix/fixer.h"
#include "fix/unified_diff.h"
#include "report/terminal_safe.h"

namespace docqc::cli {

std::size_t fix_files(const CheckSettings& settings, const std::vector<input::InputFile>& files,
                      const std::vector<Group*>& groups, bool& io_error) {
  std::size_t changed = 0;
  std::size_t fixes = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& file = files[i];
    std::string bytes;
    std::string error;
    input::FileIdentity identity;
    if (!input::read_input(file, bytes, error, &identity)) {
      continue;  // the check that follows reports it
    }
    const Group& group = *groups[i];
    auto check = [&](std::string_view current) {
      engine::Analysis analysis = engine::analyze_bytes(display_path(file), std::string(current),
                                                        *group.engine, group.options);
      return fix::Checked{std::move(analysis.document), std::move(analysis.findings)};
    };
    fix::FixOutcome outcome = fix::fix_bytes(bytes, check, settings.unsafe_fixes);
    if (!outcome.converged) {
      std::string rules;
      for (const auto& rule : outcome.unconverged_rules) {
        rules += (rules.empty() ? "" : ", ") + rule;
      }
      std::cerr << fmt::format(
          "docqc: error: {}: the fixes did not converge (after {} rounds the text still "
          "changes{}; rules: {}); {}\n",
          report::terminal_safe(display_path(file)), outcome.rounds,
          outcome.bytes.size() > bytes.size() * fix::k_max_growth ? " and keeps growing" : "",
          rules.empty() ? "?" : rules,
          settings.diff ? "no diff shown" : "the file is left unchanged");
      io_error = true;
      continue;
    }
    if (outcome.unencodable != 0 && !settings.quiet) {
      std::cerr << "docqc: note: " << report::terminal_safe(display_path(file)) << ": "
                << outcome.unencodable
                << " fix(es) left out: the file's encoding cannot hold the replacement\n";
    }
    if (!outcome.changed()) {
      continue;
    }
    if (settings.diff) {
      ++changed;
      fixes += outcome.applied;
      std::string path = display_path(file);
      std::cout << fix::unified_diff(outcome.old_text, outcome.new_text, "a/" + path, "b/" + path);
      continue;
    }
    fix::AtomicOptions options;
    options.follow_symlinks = settings.follow;
    options.refuse_read_only = true;
    options.expected = identity.valid ? &identity : nullptr;
    try {
      for (const auto& note : fix::write_file(file.path, outcome.bytes, options)) {
        std::cerr << "docqc: warning: " << report::terminal_safe(note) << '\n';
      }
      ++changed;
      fixes += outcome.applied;
    } catch (const std::exception& e) {
      std::cerr << "docqc: error: " << report::terminal_safe(e.what()) << '\n';
      io_error = true;
    }
  }
  if (!settings.quiet && !settings.diff && changed != 0) {
    std::cerr << fmt::format("docqc: fixed {} {} in {} {}\n", fixes,
                             fixes == 1 ? "finding" : "findings", changed,
                             changed == 1 ? "file" : "files");
  }
  std::cout.flush();
  return changed;
}

}  // namespace docqc::cli
