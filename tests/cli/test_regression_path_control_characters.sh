#!/usr/bin/env bash
# Regression (#15.15): terminal escape sequences in file names were printed raw in the text
# and GitHub output (and in error messages). Control characters in printed paths are now
# escaped (\e, \n, \xNN); JSON keeps the real name.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
name=$'evil\e[31mred\nfake.txt'
sample_simplified "$name"
run check --no-config --fail-on none "$name"
if grep -q $'\e' "$WORK/stdout"; then fail "an ESC reached the text output"; else pass; fi
expect_contains "$WORK/stdout" 'evil\e[31mred\nfake.txt:' "the text output shows the escaped name"
run check --no-config --format github --fail-on none "$name"
if grep -q $'\e' "$WORK/stdout"; then fail "an ESC reached the GitHub output"; else pass; fi
run check --no-config "missing"$'\e]0;title\a'".txt"
if grep -q $'\e' "$WORK/stderr"; then fail "an ESC reached an error message"; else pass; fi
expect_contains "$WORK/stderr" 'missing\e]0;title\x07.txt' "the error message shows the escaped name"
run check --no-config --format json --fail-on none "$name"
if python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if r["files"][0]["path"]==sys.argv[2] else 1)' \
  "$WORK/stdout" "$name"; then pass; else fail "JSON should keep the real name"; fi
finish
