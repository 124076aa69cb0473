#!/usr/bin/env bash
# check_fixture.sh DOCQC FIXTURE.txt: snapshot test of one fixture document.
# Runs `docqc check --format json` on the fixture (from the repository root, so paths in the
# output are stable) and compares with FIXTURE.expected.json. Set DOCQC_UPDATE_SNAPSHOTS=1 to
# rewrite the snapshot instead, then review the diff in the commit.
set -uo pipefail
docqc="$1"
fixture="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
relative="${fixture#"$root"/}"
expected="${fixture%.txt}.expected.json"
cd "$root"
actual="$("$docqc" check --format json --fail-on none "$relative")"
status=$?
if [ $status -ne 0 ]; then
  echo "docqc exited with $status on $relative" >&2
  exit 1
fi
if [ "${DOCQC_UPDATE_SNAPSHOTS:-}" = "1" ]; then
  printf '%s\n' "$actual" >"$expected"
  echo "updated $expected"
  exit 0
fi
if [ ! -f "$expected" ]; then
  echo "missing snapshot $expected (run with DOCQC_UPDATE_SNAPSHOTS=1)" >&2
  exit 1
fi
if ! diff -u "$expected" <(printf '%s\n' "$actual"); then
  echo "snapshot differs: $relative (DOCQC_UPDATE_SNAPSHOTS=1 ctest -R fixture to refresh)" >&2
  exit 1
fi
