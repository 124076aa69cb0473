#!/usr/bin/env bash
# Regression: a short UTF-8 file with one broken character (2 invalid bytes among 14
# characters) was sent to ICU's charset detector, which named a single-byte code page
# (ibm-5349, 16% confidence): the whole file became mojibake with a control-character error
# per Chinese character. It must stay UTF-8 with one invalid-bytes finding (which also stands
# for the U+FFFD that replaced the bytes).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
printf '天津\xff\xfe市人民政府,通知\n第二行 天津\n' >short-damaged.txt
expect_exit 1 "short file with invalid UTF-8" check --format json short-damaged.txt
check_json "$WORK/stdout" "short damaged file stays UTF-8" "
assert files[0]['encoding'] == 'UTF-8', files
got = [(f['rule'], f['line'], f['column'], f['byte_offset'], f['byte_length']) for f in findings]
# (its half-width comma is 1 to 0 against full-width marks, and 第二行 天津 is two words: the
# style and spacing rules follow the document and leave them alone)
assert got == [('invalid-bytes', 1, 3, 6, 2)], got
"

# The same damage in the other direction: GB18030 text is still detected as GB18030.
printf '天津市人民政府关于印发居住证管理办法的通知，各区人民政府。\n' |
  iconv -f UTF-8 -t GB18030 >short-gb18030.txt
expect_exit 0 "short GB18030 file" check --format json short-gb18030.txt
check_json "$WORK/stdout" "short GB18030 file is detected" "
assert files[0]['encoding'].lower() == 'gb18030', files
assert rules_of() == ['encoding-detected'], rules_of()
"

finish
