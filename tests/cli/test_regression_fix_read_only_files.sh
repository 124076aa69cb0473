#!/usr/bin/env bash
# Regression (#15.2): --fix rewrote read-only files (0444) and changed the owner of other
# users' files. A file docqc may not write is now left alone and reported (exit 2); the
# owner and mode of a file it fixes are kept.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
printf '你好，，世界。\n' >ro.txt
cp ro.txt ro.orig
chmod 444 ro.txt
printf '你好，，世界。\n' >ok.txt
chmod 640 ok.txt
expect_exit 2 "--fix with a read-only file" check --no-config --fix --fail-on none ro.txt ok.txt
expect_contains "$WORK/stderr" "ro.txt: is read-only (mode 0444)" "the read-only file is named"
expect_same ro.orig ro.txt "the read-only file is untouched"
if ! grep -q '，，' ok.txt; then pass; else fail "the writable file was not fixed"; fi
if [ "$(stat -c %a ok.txt)" = 640 ]; then pass; else fail "mode changed to $(stat -c %a ok.txt)"; fi

if [ "$(id -u)" -eq 0 ] && chown 65534:65534 ok.txt 2>/dev/null; then
  printf '你好，，世界。\n' >other.txt
  chown 65534:65534 other.txt
  expect_exit 0 "--fix of another user's file (as root)" check --no-config --fix --fail-on none other.txt
  if [ "$(stat -c %u:%g other.txt)" = 65534:65534 ]; then pass; else
    fail "the owner changed to $(stat -c %u:%g other.txt)"
  fi
else
  skip "owner: needs root to make a file of another user"
fi
finish
