#!/usr/bin/env bash
# Regression (#15.8, #14): `docqc check --fix - FILE </dev/null` rewrote FILE and then failed
# on "cannot write back to standard input". The whole command line is now validated before
# any file is touched: --fix with stdin, an unloadable baseline, an unknown encoding, a bad
# --max-file-size and an output in a missing directory all fail with FILE untouched.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
printf '你好，，世界。\n' >a.txt
cp a.txt a.orig
run check --no-config --fix - a.txt </dev/null
expect_status 2 "--fix with stdin"
expect_contains "$WORK/stderr" "cannot write back to standard input" "the reason"
expect_same a.orig a.txt "FILE untouched after --fix -"
printf 'not json' >bad-baseline.json
expect_exit 2 "--fix with a broken baseline" check --no-config --fix --baseline bad-baseline.json a.txt
expect_same a.orig a.txt "FILE untouched after a broken --baseline"
expect_exit 2 "--fix with an unknown encoding" check --no-config --fix --encoding FOO a.txt
expect_same a.orig a.txt "FILE untouched after an unknown --encoding"
expect_exit 2 "--fix with a bad --max-file-size" check --no-config --fix --max-file-size lots a.txt
expect_same a.orig a.txt "FILE untouched after a bad --max-file-size"
expect_exit 2 "--fix with -o in a missing directory" check --no-config --fix -o missing/dir/r.json a.txt
expect_same a.orig a.txt "FILE untouched after an unwritable -o"
finish
