#!/usr/bin/env bash
# The acceptance checks of the script/garbled work on the real sample documents in
# ../shared/corpus (skipped when the corpus is not there):
#   traditional notice: every pinyin annotation left by its converter (發(fā)展, 會(huì )) is
#                       one pinyin-annotation finding, and its consistently traditional body
#                       gives no script finding (no simplified/traditional mixing);
#   regulation and gazette: no script and no garbled finding;
#   gazette: its digits spaced from Chinese throughout (2022 年第 1 期) give one info finding
#            whose fix covers every occurrence.
set -euo pipefail
docqc="$1"
corpus="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/../shared/corpus"
if [ ! -d "$corpus" ]; then
  echo "skipped: no corpus at $corpus"
  exit 77  # ctest: skipped
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
json() { "$docqc" check --format json --fail-on none "$@"; }

notice="$corpus/policy-notice-traditional-garbled.txt"
json --select script --select garbled "$notice" | python3 -c '
import json, re, sys
findings = json.load(sys.stdin)["findings"]
text = open(sys.argv[1], encoding="utf-8").read()
# Every one-syllable lower-case annotation with a tone mark after a Han character.
expected = re.findall(r"[\u4e00-\u9fff]\((?=[a-z]*[^\x00-\x7f])[a-zü\u0300-\u036f\u00e0-\u01dc]+ ?\)", text)
pinyin = [f for f in findings if f["rule"] == "pinyin-annotation"]
script = [f for f in findings if f["category"] == "script"]
print(f"notice: {len(pinyin)} pinyin annotations of {len(expected)}, {len(script)} script findings")
assert len(pinyin) == len(expected) and len(expected) > 1000, (len(pinyin), len(expected))
assert not script, script[:3]
' "$notice" || fail "notice"

for name in regulation-vocational-education government-gazette-2022-01; do
  json --select script --select garbled "$corpus/$name.txt" | python3 -c '
import json, sys
findings = json.load(sys.stdin)["findings"]
print(f"{sys.argv[1]}: {len(findings)} script/garbled findings")
assert not findings, findings[:3]
' "$name" || fail "$name"
done

json --select digit-cjk-spacing "$corpus/government-gazette-2022-01.txt" | python3 -c '
import json, sys
findings = json.load(sys.stdin)["findings"]
assert len(findings) == 1 and findings[0]["severity"] == "info", findings[:3]
edits = 1 + len(findings[0]["fix"].get("extra_edits", []))
print(f"gazette: one digit-cjk-spacing finding, {edits} edits")
assert edits > 300, edits
' || fail "gazette"
echo "ok"
