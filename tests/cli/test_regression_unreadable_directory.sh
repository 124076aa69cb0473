#!/usr/bin/env bash
# Regression (#15.12): unreadable directories and subdirectories were skipped silently with
# exit 0. Each is now an error naming it (exit 2); the readable files are still checked.
# Runs docqc as an unprivileged user when run as root (root reads any directory).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
chmod 755 "$WORK"
mkdir -p tree/locked tree/open
sample_simplified tree/open/a.txt
sample_simplified tree/locked/b.txt
chmod -R a+rX tree
chmod 000 tree/locked
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if ! command -v setpriv >/dev/null 2>&1; then
    skip "running as root without setpriv: cannot make a directory unreadable"
    exit 77
  fi
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
"${as_user[@]}" "$DOCQC" check --no-config --fail-on none tree >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
expect_status 2 "an unreadable subdirectory"
expect_contains "$WORK/stderr" "tree/locked: cannot list this directory: Permission denied" \
  "the directory is named with the reason"
if grep -q 'tree/open/a.txt' "$WORK/stdout"; then pass; else fail "the readable file was not checked"; fi
chmod 755 tree/locked
finish
