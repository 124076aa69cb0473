#!/usr/bin/env bash
# Regression (#15.10): --rules, --config and --baseline of /dev/zero, and `check - </dev/zero`,
# read until memory ran out; /dev/zero as a path was checked as an empty file (exit 0);
# `check <(cmd)` failed with "cannot determine the file size". Devices are now refused, pipes
# and process substitution are read as streams with a size cap.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified doc.txt
for option in --rules --config --baseline; do
  timeout 20 "$DOCQC" check "$option" /dev/zero doc.txt >"$WORK/stdout" 2>"$WORK/stderr"
  status=$?
  expect_status 2 "$option /dev/zero"
  expect_contains "$WORK/stderr" "device" "$option /dev/zero says it is a device"
done
timeout 20 "$DOCQC" check --no-config /dev/zero >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
expect_status 2 "/dev/zero as a document"
expect_contains "$WORK/stderr" "/dev/zero: is a device" "a device document is refused"
timeout 20 "$DOCQC" check --no-config - </dev/zero >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
expect_status 2 "stdin from /dev/zero"
expect_contains "$WORK/stderr" "device" "stdin from a device is refused"

"$DOCQC" check --no-config --format json --fail-on none doc.txt >expected.json 2>/dev/null
timeout 20 "$DOCQC" check --no-config --format json --fail-on none <(cat doc.txt) \
  >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
expect_status 0 "process substitution"
if python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); \
sys.exit(0 if len(a["findings"])==len(b["findings"])>0 else 1)' expected.json "$WORK/stdout"; then
  pass
else
  fail "process substitution should give the same findings as the file"
fi
mkfifo in.fifo
(cat doc.txt >in.fifo) &
timeout 20 "$DOCQC" check --no-config --format json --fail-on none in.fifo >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
wait
expect_status 0 "a FIFO with a writer"
if grep -q '"findings"' "$WORK/stdout"; then pass; else fail "the FIFO's text was not checked"; fi
finish
