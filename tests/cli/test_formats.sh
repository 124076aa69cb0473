#!/usr/bin/env bash
# test_formats.sh DOCQC: snapshot of every output format on tests/cli/report/, plus the
# properties snapshots cannot show: jsonl is the JSON report's findings one a line; output is
# byte-identical across runs and --jobs; the HTML payload cannot close its script element.
# DOCQC_UPDATE_SNAPSHOTS=1 rewrites tests/cli/report/expected/ (review the diff).
set -uo pipefail
docqc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
fail=0
input=tests/cli/report/input
# The rules that fire on the input, named so that rules added later leave the snapshots alone.
select=doubled-punctuation,web-chrome-line,space-between-cjk,halfwidth-punctuation-in-cjk,control-character,garbage-placeholder-run
expected_dir=tests/cli/report/expected
mkdir -p "$expected_dir"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for format in text json jsonl sarif github gitlab junit rdjsonl; do
  "$docqc" check --format "$format" --color never --no-config --select "$select" --fail-on none "$input" >"$tmp/out.$format"
  status=$?
  if [ $status -ne 0 ]; then
    echo "FAIL: --format $format exited $status"
    fail=1
    continue
  fi
  "$docqc" check --format "$format" --color never --no-config --select "$select" --fail-on none --jobs 1 "$input" >"$tmp/again.$format"
  if ! cmp -s "$tmp/out.$format" "$tmp/again.$format"; then
    echo "FAIL: --format $format differs between runs (--jobs N vs --jobs 1)"
    fail=1
  fi
  if [ "${DOCQC_UPDATE_SNAPSHOTS:-}" = "1" ]; then
    cp "$tmp/out.$format" "$expected_dir/report.$format"
    echo "updated $expected_dir/report.$format"
  elif ! diff -u "$expected_dir/report.$format" "$tmp/out.$format"; then
    echo "FAIL: --format $format differs from $expected_dir/report.$format"
    fail=1
  fi
done

# jsonl carries exactly the JSON report's findings.
python3 - "$tmp/out.json" "$tmp/out.jsonl" <<'PY' || fail=1
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
lines = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
if lines != doc["findings"]:
    print("FAIL: jsonl findings differ from the JSON report's")
    sys.exit(1)
PY

# JUnit is well-formed XML even with a control character in the text.
python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$tmp/out.junit" ||
  { echo "FAIL: junit output is not well-formed XML"; fail=1; }

# GitHub: properties escape ':' and ',' and the message escapes newlines.
grep -q '^::warning file=tests/cli/report/input/doc.txt,line=1,col=4,endLine=1,endColumn=6,title=doubled-punctuation::' "$tmp/out.github" ||
  { echo "FAIL: github command line"; fail=1; }
grep -q '%0Afix: replace with' "$tmp/out.github" || { echo "FAIL: github newline escape"; fail=1; }

# HTML: self-contained, deterministic, and the payload cannot end the script element.
"$docqc" check --format html --no-config --select "$select" --fail-on none -o "$tmp/a.html" "$input"
"$docqc" check --format html --no-config --select "$select" --fail-on none -o "$tmp/b.html" "$input"
cmp -s "$tmp/a.html" "$tmp/b.html" || { echo "FAIL: html differs between runs"; fail=1; }
python3 - "$tmp/a.html" <<'PY' || fail=1
import json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<script type="application/json" id="docqc-data">(.*?)</script>', page, re.S)
if not m:
    print("FAIL: no payload"); sys.exit(1)
data = json.loads(m.group(1))
assert data["version"] == 1 and len(data["findings"]) == 6, "payload findings"  # halfwidth-punctuation: 1 to 1 is a tie
assert "tests/cli/report/input/doc.txt" in data["sources"], "sources"
assert "<" not in m.group(1), "raw < in payload"
for bad in ("http://", "https://"):
    for tag in re.findall(r'<(?:script|link|img)[^>]*>', page):
        assert bad not in tag, "external asset: " + tag
print("html ok")
PY
exit $fail
