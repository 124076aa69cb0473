#!/usr/bin/env bash
# Regression (#15.14): invalid UTF-8 in a rule file was accepted and later written into fixed
# files and JUnit XML (not well-formed). It is now rejected when the file is loaded, at the
# line and column of the first bad byte; configs get the same check.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified doc.txt
printf 'rules:\n  - id: bad-bytes\n    kind: pattern\n    category: garbled\n    message: "x"\n    pattern: "a"\n    fix: "\xff\xfe"\n' >bad.yaml
run check --no-config --rules bad.yaml doc.txt
expect_status 2 "a rule file with invalid UTF-8"
expect_contains "$WORK/stderr" "bad.yaml:7:11: error: not valid UTF-8" "the bad byte is located"
printf 'select: [encoding]\n# \xc3\n' >.docqc.yaml
run check doc.txt
expect_status 2 "a config with invalid UTF-8"
expect_contains "$WORK/stderr" ".docqc.yaml:2:3: error: not valid UTF-8" "the config's bad byte is located"
finish
