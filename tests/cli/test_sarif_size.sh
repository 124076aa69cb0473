#!/usr/bin/env bash
# SARIF stays small per result (issue 14: it was 2.7 KB per result, over the SARIF
# validator's default size for a 280 KB document): each result, written compactly, is at most
# 1,200 bytes on the fixtures (about 900 today), and the README's figure says so. Sizes, not
# times: nothing here depends on the machine.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

run_in "$REPO_ROOT" check --format sarif --no-config --fail-on none fixtures
expect_status 0 "check --format sarif fixtures"
if python3 - "$WORK/stdout" <<'PY'; then pass; else fail "SARIF results over 1,200 bytes each"; fi
import json, sys
results = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]["results"]
assert len(results) >= 100, len(results)
sizes = [len(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode()) for r in results]
mean = sum(sizes) / len(sizes)
print(f"{len(results)} results, {mean:.0f} bytes each on average, largest {max(sizes)}")
assert mean <= 1200, mean
PY
expect_contains "$REPO_ROOT/README.md" "About 1 KB per result" "the README gives the size"

finish
