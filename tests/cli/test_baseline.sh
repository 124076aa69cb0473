#!/usr/bin/env bash
# test_baseline.sh DOCQC: --write-baseline then --baseline reports only new findings, and
# editing elsewhere in the file (lines added above, other sentences changed) does not bring
# baselined findings back. Only punctuation and boilerplate rules run, so that rules other
# work adds (numbering, structure) cannot change what this test is about.
set -uo pipefail
docqc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
printf '第一条，，本办法适用于全市。\n浏览量: 99\n第二条 内容。\n第三条，，附则。\n' >doc.txt
"$docqc" check --no-config --select punctuation,boilerplate --write-baseline baseline.json doc.txt >/dev/null 2>&1
[ $? -eq 0 ] || { echo "FAIL: --write-baseline should exit 0"; fail=1; }
grep -q '"fingerprint"' baseline.json || { echo "FAIL: no fingerprints in the baseline"; fail=1; }
out="$("$docqc" check --no-config --select punctuation,boilerplate --baseline baseline.json --format jsonl doc.txt 2>/dev/null)"
status=$?
[ -z "$out" ] && [ $status -eq 0 ] || { echo "FAIL: baselined findings reported: $out"; fail=1; }

# Edit elsewhere: a title and a blank line above, another sentence rewritten.
printf '关于印发办法的通知\n\n第一条，，本办法适用于全市。\n浏览量: 99\n第二条 修改后的内容。\n第三条，，附则。\n' >doc.txt
out="$("$docqc" check --no-config --select punctuation,boilerplate --baseline baseline.json --format jsonl doc.txt 2>/dev/null)"
[ -z "$out" ] || { echo "FAIL: an edit elsewhere resurrected findings:"; echo "$out"; fail=1; }

# A new defect is reported, with its real line number.
printf '关于印发办法的通知\n\n第一条，，本办法适用于全市。\n浏览量: 99\n第二条 修改后的内容。。\n第三条，，附则。\n' >doc.txt
out="$("$docqc" check --no-config --select punctuation,boilerplate --baseline baseline.json --format jsonl doc.txt 2>/dev/null)"
status=$?
count=$(printf '%s' "$out" | grep -c '"rule"')
if [ "$count" -ne 1 ] || ! printf '%s' "$out" | grep -q '"line":5'; then
  echo "FAIL: expected exactly the new finding on line 5, got:"; echo "$out"; fail=1
fi
[ $status -eq 0 ] || true  # its severity decides the exit code, not the baseline

# A broken baseline is a located error, exit 2.
printf '{"version": 1,\n "findings": [oops]}\n' >broken.json
err="$("$docqc" check --no-config --baseline broken.json doc.txt 2>&1 >/dev/null)"
[ $? -eq 2 ] && printf '%s' "$err" | grep -q 'broken.json:2:' ||
  { echo "FAIL: broken baseline: $err"; fail=1; }
exit $fail
