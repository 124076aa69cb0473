#!/usr/bin/env bash
# Regression (#15.7): --fix split hard links (the rename gave one name a new file). A file
# with several links is now written in place, after the new contents are safely in a
# temporary file, so every name sees the fix.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
printf '你好，，世界。\n' >a.txt
ln a.txt b.txt
expect_exit 0 "--fix of a hard-linked file" check --no-config --fix --fail-on none a.txt
if [ "$(stat -c %h a.txt)" = 2 ]; then pass; else fail "the link count is $(stat -c %h a.txt)"; fi
expect_same a.txt b.txt "both names see the fix"
if ! grep -q '，，' b.txt; then pass; else fail "the other name was not fixed"; fi
leftovers=$(find . -maxdepth 1 -name '.*docqc-*' | wc -l)
if [ "$leftovers" -eq 0 ]; then pass; else fail "temporary files left behind"; fi
finish
