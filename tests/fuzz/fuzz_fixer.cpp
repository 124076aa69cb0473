// Fuzz target: fix::fix_bytes() with the default packs (safe fixes, then unsafe ones) on
// arbitrary bytes, the way --fix and --diff run it.
//
// Invariants: nothing throws; a converged result is a fixed point (fixing it again changes
// nothing: fixes converge, as the guide promises); a result that did not converge names the
// rules that kept changing; the output never grows past the fixer's bound; unified_diff()
// of the texts is empty exactly when nothing changed.
#include <string>

#include "engine/checker.h"
#include "fix/fixer.h"
#include "fix/unified_diff.h"
#include "fuzz_check.h"
#include "fuzz_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes = docqc::fuzz::as_text(data, size);
  const auto& engine = docqc::fuzz::default_engine();
  docqc::engine::CheckOptions options;
  options.keep_context = false;
  auto check = [&](std::string_view current) {
    auto analysis = docqc::engine::analyze_bytes("fuzz.txt", std::string(current), engine, options);
    return docqc::fix::Checked{std::move(analysis.document), std::move(analysis.findings)};
  };
  for (bool unsafe : {false, true}) {
    auto outcome = docqc::fix::fix_bytes(bytes, check, unsafe);
    FUZZ_CHECK(
        outcome.bytes.size() <= 2 * (size * docqc::fix::k_max_growth + docqc::fix::k_growth_slack),
        "bounded growth");
    if (!outcome.converged) {
      FUZZ_CHECK(!outcome.unconverged_rules.empty(), "non-convergence names its rules");
      continue;
    }
    std::string diff = docqc::fix::unified_diff(outcome.old_text, outcome.new_text, "a", "b");
    FUZZ_CHECK(diff.empty() == !outcome.changed(), "a diff exactly when something changed");
    if (outcome.changed()) {
      auto again = docqc::fix::fix_bytes(outcome.bytes, check, unsafe);
      FUZZ_CHECK(!again.converged || !again.changed(), "fixing a fixed file changes nothing");
    }
  }
  return 0;
}
