#include "fix/fixer.h"

#include "fix/atomic_file.h"
#include "fix/edits.h"

namespace docqc::fix {

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
    if (round == k_max_rounds) {
      outcome.converged = false;
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

void write_file(const std::filesystem::path& path, std::string_view bytes) {
  AtomicFile file(path);
  file.write(bytes);
  file.commit();
}

}  // namespace docqc::fix
