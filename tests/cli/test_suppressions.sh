#!/usr/bin/env bash
# test_suppressions.sh DOCQC: inline directives in Markdown and the sidecar ignore list of a
# plain-text file.
set -uo pipefail
docqc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
lines() { "$docqc" check --no-config --format jsonl --fail-on none "$@" 2>/dev/null | python3 -c '
import json, sys
for l in sys.stdin: f = json.loads(l); print(f["line"], f["rule"])'; }

cat >doc.md <<'MD'
第一条，，本办法。
<!-- docqc-disable doubled-punctuation -->
第二条，，本办法。
第三条，，本办法。
<!-- docqc-enable -->
第四条，，本办法。
<!-- docqc-disable-next-line -->
第五条，，浏览量: 1
第六条，，本办法。 <!-- docqc-disable-line punctuation -->
MD
got="$(lines doc.md)"
want="$(printf '1 doubled-punctuation\n6 doubled-punctuation')"
[ "$got" = "$want" ] || { echo "FAIL: markdown directives"; echo "got:"; echo "$got"; fail=1; }

# The same comments mean nothing in a .txt file ...
cp doc.md doc.txt
[ "$(lines doc.txt | grep -c doubled-punctuation)" -eq 6 ] || { echo "FAIL: directives in .txt"; fail=1; }
# ... which uses a sidecar list instead.
printf '# accepted\ndoubled-punctuation: 第二条\npunctuation: 第三条\n*: 浏览量\nspacing: 不存在的文字\n' >doc.txt.docqc-ignore
got="$(lines doc.txt | grep -c doubled-punctuation)"
[ "$got" -eq 3 ] || { echo "FAIL: sidecar ignore list kept $got"; fail=1; }
note="$("$docqc" check --no-config --fail-on none doc.txt 2>&1 >/dev/null)"
printf '%s' "$note" | grep -q 'doc.txt.docqc-ignore:5:1: note: this ignore entry matched nothing \[spacing\]' ||
  { echo "FAIL: stale entry note: $note"; fail=1; }
printf 'no colon here\n' >doc.txt.docqc-ignore
err="$("$docqc" check --no-config doc.txt 2>&1 >/dev/null)"
status=$?
[ $status -eq 2 ] && printf '%s' "$err" | grep -q 'doc.txt.docqc-ignore:1:1: error' ||
  { echo "FAIL: malformed ignore list ($status): $err"; fail=1; }
exit $fail
