#!/usr/bin/env bash
# Regression (#15.13): a baseline with a number too large for JSON's types or a value of the
# wrong type escaped as a raw nlohmann exception without file:line:col. Every baseline error
# is now a located ConfigError.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified doc.txt
expect_baseline_error() {
  run check --no-config --baseline "$1" doc.txt
  expect_status 2 "baseline $1"
  expect_contains "$WORK/stderr" "$2" "baseline $1 is located"
  if grep -q 'nlohmann\|terminate' "$WORK/stderr"; then fail "a raw exception leaked: $(cat "$WORK/stderr")"; else pass; fi
}
printf '{"version": 1, "findings": [\n  {"file": "doc.txt", "fingerprint": "x", "line": 1e400}\n]}\n' >overflow.json
expect_baseline_error overflow.json "overflow.json:2:"
printf '{"version": 1, "findings": [\n  {"file": "doc.txt", "fingerprint": "x"},\n  {"file": "doc.txt", "fingerprint": "y", "line": "three"}\n]}\n' >line-type.json
expect_baseline_error line-type.json 'line-type.json:3:3: error: "line" must be a non-negative whole number'
printf '{"version": 1, "findings": [\n  {"file": 7, "fingerprint": "x"}\n]}\n' >file-type.json
expect_baseline_error file-type.json 'file-type.json:2:3: error: a baseline entry needs string "file"'
printf '{"version": "1", "findings": []}\n' >version-type.json
expect_baseline_error version-type.json "version-type.json:1:1: error: not a docqc baseline"
printf '{"version": 1, "findings": [\n  {"file": "doc.txt", "fingerprint": "x", "line": -1}\n]}\n' >negative.json
expect_baseline_error negative.json 'negative.json:2:3: error: "line" must be'
printf '{"version": 1,\n "findings": [}\n' >syntax.json
expect_baseline_error syntax.json "syntax.json:2:"
finish
