#include "fix/fixer.h"

#include <set>

#include "fix/atomic_file.h"
#include "fix/edits.h"

namespace docqc::fix {

namespace {

std::vector<std::string> rules_with_fixes(const std::vector<Finding>& findings, bool unsafe) {
  std::set<std::string> rules;
  for (const auto& f : findings) {
    if (f.fix && (f.fix->safe || unsafe)) {
      rules.insert(f.rule);
    }
  }
  return {rules.begin(), rules.end()};
}

}  // namespace

FixOutcome fix_bytes(std::string_view original, const CheckFunction& check, bool unsafe) {
  FixOutcome outcome;
  outcome.bytes = std::string(original);
  for (std::size_t round = 0;; ++round) {
    Checked checked = check(outcome.bytes);
    if (!checked.document) {
      return outcome;
    }
    std::string_view text = checked.document->text();
    if (round == 0) {
      outcome.old_text = std::string(text);
    }
    outcome.new_text = std::string(text);
    std::vector<Edit> edits = choose_edits(checked.findings, text, unsafe);
    if (edits.empty()) {
      return outcome;
    }
    std::size_t limit = original.size() * k_max_growth + k_growth_slack;
    if (round == k_max_rounds || outcome.bytes.size() > limit) {
      outcome.converged = false;
      outcome.unconverged_rules = rules_with_fixes(checked.findings, unsafe);
      return outcome;
    }
    OriginalResult result = apply_to_original(outcome.bytes, *checked.document, edits);
    outcome.unencodable += result.unencodable;
    if (result.applied == 0) {
      return outcome;  // nothing left that the encoding can hold
    }
    outcome.applied += result.applied;
    outcome.rounds = round + 1;
    outcome.bytes = std::move(result.bytes);
  }
}

std::vector<std::string> write_file(const std::filesystem::path& path, std::string_view bytes,
                                    const AtomicOptions& options) {
  AtomicFile file(path, options);
  file.write(bytes);
  file.commit();
  return file.notes();
}

}  // namespace docqc::fix
