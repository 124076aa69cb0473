#!/usr/bin/env bash
# Regression (#15.18, #14): I/O errors said "cannot write X" without the reason
# (`-o /nonexistent/dir/x.sarif`, `init /missing/dir`). They now give the system's reason.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified doc.txt
run check --no-config --format sarif -o /nonexistent-docqc/dir/x.sarif doc.txt
expect_status 2 "-o into a missing directory"
expect_contains "$WORK/stderr" "/nonexistent-docqc/dir/x.sarif" "the path is named"
expect_contains "$WORK/stderr" "No such file or directory" "the reason is given"
run init /missing-docqc/dir
expect_status 2 "init into a missing directory"
expect_contains "$WORK/stderr" "No such file or directory" "init gives the reason"
run check --no-config --write-baseline /nonexistent-docqc/b.json doc.txt
expect_status 2 "--write-baseline into a missing directory"
expect_contains "$WORK/stderr" "No such file or directory" "--write-baseline gives the reason"
finish
