#!/usr/bin/env bash
# Regression (#15.4): `-o in.txt in.txt` silently replaced the document with the report. An
# output (or baseline) path that is one of the inputs is now refused before anything is read
# or written.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified in.txt
cp in.txt in.orig
expect_exit 2 "-o naming the input" check --no-config -o in.txt in.txt
expect_contains "$WORK/stderr" "in.txt is one of the files to check" "the refusal says why"
expect_same in.orig in.txt "the input is untouched"
expect_exit 2 "-o naming the input by another name" check --no-config -o ./in.txt "$WORK/in.txt"
expect_same in.orig in.txt "the input is untouched"
mkdir d && cp in.txt d/a.txt
expect_exit 2 "--write-baseline naming a file of a walked directory" check --no-config \
  --write-baseline d/a.txt d
expect_same in.orig d/a.txt "the walked file is untouched"
finish
