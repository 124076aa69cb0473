#!/usr/bin/env bash
# check --cross-file: paragraphs repeated across files are reported at the later file (in path
# order), with `related` naming the first; without the flag nothing is compared; --jobs does
# not change the output.
set -euo pipefail
docqc="$1"
dir=fixtures/duplicate/cross-file
fail() { echo "FAIL: $*" >&2; exit 1; }

without="$("$docqc" check --format json --fail-on none --select cross-file-duplicate "$dir")"
grep -q '"findings": \[\]' <<<"$without" || fail "cross-file findings without --cross-file"

one="$("$docqc" check --format json --fail-on none --cross-file --jobs 1 --select cross-file-duplicate "$dir")"
four="$("$docqc" check --format json --fail-on none --cross-file --jobs 4 --select cross-file-duplicate "$dir")"
[ "$one" = "$four" ] || fail "--jobs 1 and --jobs 4 differ"
grep -q '"rule": "cross-file-duplicate"' <<<"$one" || fail "no cross-file finding"
grep -q '"file": "fixtures/duplicate/cross-file/notice-b.txt"' <<<"$one" || fail "finding not at the later file"
grep -q '"line": 7' <<<"$one" || fail "finding not at line 7"
python3 - "$one" <<'PY' || fail "related does not point at notice-a.txt:5"
import json, sys
report = json.loads(sys.argv[1])
(finding,) = report["findings"]
related = finding["related"][0]
assert related["file"] == "fixtures/duplicate/cross-file/notice-a.txt", related
assert related["line"] == 5 and related["column"] == 1, related
PY
echo "cross-file: ok"
