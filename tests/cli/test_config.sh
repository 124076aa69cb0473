#!/usr/bin/env bash
# test_config.sh DOCQC: .docqc.yaml found upward from each file, --config, per-path
# overrides, severity overrides, kind options, excluded paths, located errors, docqc init.
set -uo pipefail
docqc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
rules() { "$docqc" check --format jsonl --fail-on none "$@" 2>/dev/null | python3 -c '
import json, sys
for l in sys.stdin: f = json.loads(l); print(f["file"], f["line"], f["rule"], f["severity"])'; }

mkdir -p proj/laws proj/archive proj/notes other
printf '第一条，，内容。\n浏览量: 5\n' | tee proj/laws/a.txt proj/notes/b.txt proj/archive/c.txt other/d.txt >/dev/null
cat >proj/.docqc.yaml <<'YAML'
ignore: [boilerplate]
severity: {doubled-punctuation: error}
exclude: ["archive/**"]
overrides:
  - paths: ["laws/*.txt"]
    severity: {punctuation: info}
YAML
got="$(rules proj other)"
want="$(printf '%s\n' \
  'other/d.txt 1 doubled-punctuation warning' 'other/d.txt 2 web-chrome-line warning' \
  'proj/laws/a.txt 1 doubled-punctuation info' 'proj/notes/b.txt 1 doubled-punctuation error')"
[ "$got" = "$want" ] || { echo "FAIL: config discovery/overrides"; echo "got:"; echo "$got"; fail=1; }

# --config applies one file to every path; --no-config ignores them all.
[ "$(rules --config proj/.docqc.yaml other | wc -l)" -eq 1 ] || { echo "FAIL: --config"; fail=1; }
[ "$(rules --no-config proj | wc -l)" -eq 6 ] || { echo "FAIL: --no-config"; fail=1; }

# Unknown keys and unknown rule ids are located errors, exit 2.
printf 'ignore: [boilerplate]\nseverty: {x: error}\n' >other/.docqc.yaml
err="$("$docqc" check other 2>&1 >/dev/null)"
[ $? -eq 2 ] && printf '%s' "$err" | grep -q "other/.docqc.yaml:2:1: error: unknown key 'severty'" ||
  { echo "FAIL: unknown key: $err"; fail=1; }
printf 'ignore:\n  - boilerplate\n  - doubled-punctuaton\n' >other/.docqc.yaml
err="$("$docqc" check other 2>&1 >/dev/null)"
printf '%s' "$err" | grep -q "other/.docqc.yaml:3:5: error: unknown rule id or category 'doubled-punctuaton'" ||
  { echo "FAIL: unknown rule id: $err"; fail=1; }
printf 'options:\n  doubled-punctuation: {no_such_option: 1}\n' >other/.docqc.yaml
err="$("$docqc" check other 2>&1 >/dev/null)"
printf '%s' "$err" | grep -q "other/.docqc.yaml:2:3: error: options for 'doubled-punctuation' rejected" ||
  { echo "FAIL: bad kind option: $err"; fail=1; }
printf 'packs: [common]\nfail-on: info\n' >other/.docqc.yaml
(cd other && "$docqc" check --quiet d.txt >/dev/null 2>&1)
[ $? -eq 1 ] || { echo "FAIL: fail-on from the config"; fail=1; }
rm other/.docqc.yaml

# docqc init writes a starter file that loads, and will not overwrite it.
mkdir fresh
"$docqc" init fresh >/dev/null || { echo "FAIL: init"; fail=1; }
grep -q '^# overrides:' fresh/.docqc.yaml || { echo "FAIL: starter content"; fail=1; }
"$docqc" init fresh >/dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: init overwrote"; fail=1; }
printf '第一条，，内容。\n' >fresh/e.txt
[ "$(rules fresh | wc -l)" -eq 1 ] || { echo "FAIL: the starter config changes results"; fail=1; }
exit $fail
