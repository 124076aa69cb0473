#!/usr/bin/env bash
# Regression (#15.9): memory had no bound; a 1 GB file died with a bare std::bad_alloc. A
# file over --max-file-size (default 512 MiB) is now an error naming the file and the limit,
# and the other files are still checked.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
head -c 5000 /dev/zero | tr '\0' x >big.txt
sample_simplified small.txt
run check --no-config --max-file-size 4K --fail-on none big.txt small.txt
expect_status 2 "a file over --max-file-size"
expect_contains "$WORK/stderr" "big.txt: larger than the --max-file-size limit (4 KiB)" \
  "the error names the file and the limit"
if grep -q 'small.txt' "$WORK/stdout"; then pass; else fail "the other file was not checked"; fi
run check --no-config --max-file-size 4K --fail-on none - <big.txt
expect_status 2 "stdin over --max-file-size"
expect_contains "$WORK/stderr" "--max-file-size limit (4 KiB)" "stdin is bounded too"
expect_exit 0 "a raised limit" check --no-config --max-file-size 1M --fail-on none big.txt
expect_exit 2 "a limit that is not a size" check --no-config --max-file-size 12X big.txt
expect_contains "$WORK/stderr" "--max-file-size: '12X' is not a size" "the bad limit is named"
finish
