#!/usr/bin/env bash
# The acceptance checks of the script/garbled work on the real sample documents in
# ../shared/corpus (tests/cli/corpus_lib.sh finds it):
#   traditional notice: every pinyin annotation left by its converter (發(fā)展, 會(huì )) is
#                       one pinyin-annotation finding, and its consistently traditional body
#                       gives no script finding (no simplified/traditional mixing);
#   regulation and gazette: no script and no garbled finding;
#   gazette: it spaces digits from Chinese throughout (2022 年第 1 期), its own convention:
#            every digit-cjk-spacing finding brings a place to that majority, none rewrites it.
set -euo pipefail
docqc="$1"
source "$(dirname "${BASH_SOURCE[0]}")/corpus_lib.sh"

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
assert all(f["fix"]["replacement"] == " " and not f["fix"].get("extra_edits") for f in findings), findings[:3]
assert all(f["severity"] == "info" for f in findings), findings[:3]
print(f"gazette: {len(findings)} places brought to its own spaced style")
' || fail "gazette"
echo "ok"
