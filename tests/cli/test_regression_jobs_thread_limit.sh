#!/usr/bin/env bash
# Regression (#15.11): `-j 500` under a process limit aborted ("terminate called without an
# active exception"). A thread the system refuses now means fewer workers, not a crash.
# Runs docqc as an unprivileged user (root ignores RLIMIT_NPROC) under `ulimit -u`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

if [ "$(id -u)" -ne 0 ] || ! command -v setpriv >/dev/null 2>&1; then
  skip "needs root and setpriv to run docqc as another user under a process limit"
  exit 77
fi
cd "$WORK"
chmod 755 "$WORK"
for i in $(seq 1 40); do sample_simplified "doc$i.txt"; done
chmod 644 ./*.txt
"$DOCQC" check --no-config --format json --fail-on none -j 1 . >expected.json 2>/dev/null
setpriv --reuid=65534 --regid=65534 --clear-groups bash -c \
  "ulimit -u 8; exec '$DOCQC' check --no-config --format json --fail-on none -j 500 ." \
  >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
expect_status 0 "-j 500 under ulimit -u 8"
expect_same expected.json "$WORK/stdout" "the same report as -j 1"
if grep -q "terminate called" "$WORK/stderr"; then fail "docqc aborted"; else pass; fi
finish
