#!/usr/bin/env bash
# The acceptance checks of the duplicate/structure/boilerplate work on the real sample
# documents in ../shared/corpus (skipped when the corpus is not there):
#   regulation: the duplicated paragraph at the end is reported, the table-of-contents headings
#               are not; the articles appended after 第六十条 are reported as spliced;
#   traditional notice: the spam line at the end is reported;
#   gazette: the paragraphs cut by page breaks are reported (市人 / 社局负责…, 进行 / 核定。).
set -euo pipefail
docqc="$1"
corpus="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/../shared/corpus"
if [ ! -d "$corpus" ]; then
  echo "skipped: no corpus at $corpus"
  exit 77  # ctest: skipped
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
json() { "$docqc" check --format json --fail-on none "$@"; }

regulation="$(json --select duplicate,structure "$corpus/regulation-vocational-education.txt")"
python3 - "$regulation" <<'PY' || fail "regulation"
import json, sys
findings = json.loads(sys.argv[1])["findings"]
by_rule = {}
for f in findings:
    by_rule.setdefault(f["rule"], []).append(f)
dups = by_rule.get("duplicate-paragraph", [])
assert len(dups) == 1 and dups[0]["line"] == 221, dups
assert dups[0]["related"][0]["line"] == 213, dups
assert not any(f["line"] < 30 for f in findings), "a table-of-contents heading was reported"
spliced = by_rule.get("spliced-content", [])
assert len(spliced) == 1 and spliced[0]["line"] == 193, spliced
assert spliced[0]["related"][0]["line"] == 191, spliced
assert spliced[0]["end_line"] >= 221, spliced
PY

notice="$(json --select boilerplate "$corpus/policy-notice-traditional-garbled.txt")"
python3 - "$notice" <<'PY' || fail "traditional notice"
import json, sys
findings = json.loads(sys.argv[1])["findings"]
last = [f for f in findings if f["rule"] in ("spam-keywords", "keyword-stuffing-line")]
assert last and all(f["line"] == 167 for f in last), last
assert any(f["rule"] == "keyword-stuffing-line" for f in last), last
PY

gazette="$(json --select broken-paragraph "$corpus/government-gazette-2022-01.txt")"
python3 - "$gazette" <<'PY' || fail "gazette"
import json, sys
findings = json.loads(sys.argv[1])["findings"]
lines = {f["line"] for f in findings}
for line in (66, 74, 110, 208, 230):
    assert line in lines, (line, sorted(lines))
assert len(findings) >= 50, len(findings)
PY
echo "structure corpus: ok"
