#!/usr/bin/env bash
# Regression (found by fuzz_decoder): ICU's charset detector named 'IBM424_rtl' (visual-order
# Hebrew EBCDIC) for 14 random bytes; no ICU converter has that name, so decode() threw
# UnknownEncoding. With several files docqc aborted (the exception left a worker thread);
# with --jobs 1 the whole run failed as a usage error. The bytes are now damaged UTF-8.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
printf '\242\343JEF\2305\3567JEF\2447' >detected-ibm424.txt
printf '天 津 市人民政府\n' >other.txt
for jobs in 1 2; do
  run check --format json --fail-on none --jobs "$jobs" detected-ibm424.txt other.txt
  expect_status 0 "a file detected as IBM424_rtl, --jobs $jobs"
  check_json "$WORK/stdout" "both files are reported, --jobs $jobs" "
assert [f['path'] for f in files] == ['detected-ibm424.txt', 'other.txt'], files
assert files[0]['encoding'] == 'UTF-8', files
assert 'invalid-bytes' in rules_of() and 'space-between-cjk' in rules_of(), rules_of()
"
done

finish
