#!/usr/bin/env bash
# Properties of the duplicate/structure/boilerplate findings on the sample documents (no line
# numbers: the documents may change, the properties may not):
#   regulation: the paragraph repeated at the end is reported once, pointing at its first copy;
#               the table of contents repeats no finding; the text appended after the closing
#               article (本条例自…施行) is reported as spliced, up to the end of the file;
#   traditional notice: the spam at the end is reported, and nothing else is spam;
#   gazette: the paragraphs cut by page breaks are reported (市人 / 社局负责…, 进行 / 核定。),
#            every fix that joins them is unsafe, and no heading is joined to its paragraph.
set -euo pipefail
docqc="$1"
source "$(dirname "${BASH_SOURCE[0]}")/corpus_lib.sh"

regulation="$corpus/regulation-vocational-education.txt"
json --select duplicate,structure "$regulation" | python3 -c '
import json, re, sys
findings = json.load(sys.stdin)["findings"]
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
by_rule = {}
for f in findings:
    by_rule.setdefault(f["rule"], []).append(f)
# The table of contents: from 目录 to the first heading that is repeated after it.
toc_start = next(i for i, l in enumerate(lines, 1) if l.strip() == "目录")
first = lines[toc_start].strip() or lines[toc_start + 1].strip()
body = next(i for i, l in enumerate(lines, 1) if i > toc_start + 2 and l.strip() == first)
assert not any(toc_start <= f["line"] < body for f in findings), "a TOC entry was reported"
dups = by_rule.get("duplicate-paragraph", [])
assert len(dups) == 1, dups
copy = lines[dups[0]["line"] - 1].strip()
assert lines[dups[0]["related"][0]["line"] - 1].strip() == copy, dups
spliced = by_rule.get("spliced-content", [])
assert len(spliced) == 1, spliced
end = lines[spliced[0]["related"][0]["line"] - 1]
assert re.search("本条例自.*施行", end), end
last = max(i for i, l in enumerate(lines, 1) if l.strip())
assert spliced[0]["end_line"] == last, (spliced[0]["end_line"], last)
print("regulation: ok")
' "$regulation" || fail "regulation"

notice="$corpus/policy-notice-traditional-garbled.txt"
json --select boilerplate "$notice" | python3 -c '
import json, sys
findings = json.load(sys.stdin)["findings"]
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
last = max(i for i, l in enumerate(lines, 1) if l.strip())
spam = [f for f in findings if f["rule"] in ("spam-keywords", "keyword-stuffing-line")]
assert spam and all(f["line"] == last for f in spam), spam
assert all(f["severity"] != "error" for f in spam), spam
print("notice: ok")
' "$notice" || fail "traditional notice"

gazette="$corpus/government-gazette-2022-01.txt"
json --select broken-paragraph "$gazette" | python3 -c '
import json, re, sys
findings = json.load(sys.stdin)["findings"]
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
messages = [f["message"] for f in findings]
for tail, head in (("市人", "社局负责"), ("进行", "核定。")):
    assert any(re.search(f"{tail}\x27 continues at line [0-9]+ with \x27{head}", m) for m in messages), (tail, head)
assert all(not f["fix"]["safe"] for f in findings), "joining paragraphs is never safe"
# A finding starts on the line before the break; that line is never a short heading.
for f in findings:
    text = lines[f["line"] - 1].strip()
    assert not re.fullmatch(r"[\u4e00-\u9fff、]{1,12}", text), text
print(f"gazette: {len(findings)} broken paragraphs, ok")
' "$gazette" || fail "gazette"
echo "structure corpus: ok"
