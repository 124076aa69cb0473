#!/usr/bin/env bash
# Regression: when ICU decodes a run of invalid bytes into several U+FFFD, the decoder merges
# them into one invalid-bytes finding, but its message listed only the bytes of the first
# one: "invalid gb18030 byte sequence (FF)" for the three bytes FF FF FF.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
python3 -c "
import sys
line = '天津市人民政府关于印发居住证管理办法的通知，各区人民政府。\n'.encode('gb18030')
sys.stdout.buffer.write(line + b'\xff\xff\xff' + line)" >gb18030-run.txt
for encoding in auto GB18030; do
  run check --format json --fail-on none --encoding "$encoding" gb18030-run.txt
  expect_status 0 "GB18030 with a run of invalid bytes, --encoding $encoding"
  check_json "$WORK/stdout" "the message lists every byte of the run ($encoding)" "
bad = [f for f in findings if f['rule'] == 'invalid-bytes']
assert [(f['byte_offset'], f['byte_length']) for f in bad] == [(59, 3)], bad
assert bad[0]['message'] == 'invalid gb18030 byte sequence (FF FF FF) replaced by U+FFFD', bad[0]
"
done

finish
