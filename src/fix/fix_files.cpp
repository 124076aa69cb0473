#include "fix/fix_files.h"

#include <fmt/format.h>

#include "fix/atomic_file.h"
#include "fix/unified_diff.h"

namespace docqc::fix {

namespace {

std::string shown_path(const input::InputFile& file) {
  return file.is_stdin ? "<stdin>" : file.path;
}

}  // namespace

FixRun fix_files(const std::vector<input::InputFile>& files, const FixRequest& request,
                 const FileCheckFunction& check, std::ostream& out, const SayFunction& say) {
  FixRun run;
  std::size_t fixes = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& file = files[i];
    std::string bytes;
    std::string error;
    input::FileIdentity identity;
    if (!input::read_input(file, bytes, error, &identity)) {
      continue;  // the check that follows reports it
    }
    const std::string path = shown_path(file);
    FixOutcome outcome = fix_bytes(
        bytes, [&](std::string_view current) { return check(i, current); }, request.unsafe_fixes);
    if (!outcome.converged) {
      std::string rules;
      for (const auto& rule : outcome.unconverged_rules) {
        rules += (rules.empty() ? "" : ", ") + rule;
      }
      say("error",
          fmt::format(
              "{}: the fixes did not converge (after {} rounds the text still "
              "changes{}; rules: {}); {}",
              path, outcome.rounds,
              outcome.bytes.size() > bytes.size() * k_max_growth ? " and keeps growing" : "",
              rules.empty() ? "?" : rules,
              request.diff ? "no diff shown" : "the file is left unchanged"));
      run.io_error = true;
      continue;
    }
    if (outcome.unencodable != 0 && !request.quiet) {
      say("note", fmt::format("{}: {} fix(es) left out: the file's encoding cannot hold the "
                              "replacement",
                              path, outcome.unencodable));
    }
    if (!outcome.changed()) {
      continue;
    }
    if (request.diff) {
      ++run.changed;
      fixes += outcome.applied;
      out << unified_diff(outcome.old_text, outcome.new_text, "a/" + path, "b/" + path);
      continue;
    }
    AtomicOptions options;
    options.follow_symlinks = request.follow;
    options.refuse_read_only = true;
    options.expected = identity.valid ? &identity : nullptr;
    try {
      for (const auto& note : write_file(file.path, outcome.bytes, options)) {
        say("warning", note);
      }
      ++run.changed;
      fixes += outcome.applied;
    } catch (const std::exception& e) {
      say("error", e.what());
      run.io_error = true;
    }
  }
  if (!request.quiet && !request.diff && run.changed != 0) {
    say("", fmt::format("fixed {} {} in {} {}", fixes, fixes == 1 ? "finding" : "findings",
                        run.changed, run.changed == 1 ? "file" : "files"));
  }
  out.flush();
  return run;
}

}  // namespace docqc::fix
