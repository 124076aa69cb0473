#!/usr/bin/env bash
# Regression: `--encoding UTF-8` was never recognised as UTF-8 (ucnv_getCanonicalName with the
# empty standard always returns null), so it went through ICU's generic converter: one U+FFFD
# per bad byte instead of one per run (different columns than without the option), and about
# 12 bytes of buffers per input byte (150 MB of RSS for a 10 MB file). Forcing UTF-8, by any
# of its names, must give exactly what auto-detection gives on a UTF-8 file.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
printf '第一条\xff\xfe\xfd为了 推进\n第二条\xe5\xa4为了,推进\n' >damaged.txt
run check --format json --fail-on none damaged.txt
cp "$WORK/stdout" auto.json
check_json auto.json "auto: one invalid-bytes finding per run" "
got = [(f['rule'], f['line'], f['column'], f['byte_length']) for f in findings]
assert ('invalid-bytes', 1, 4, 3) in got and ('invalid-bytes', 2, 4, 2) in got, got
"
for name in UTF-8 utf-8 utf8 UTF8; do
  run check --format json --fail-on none --encoding "$name" damaged.txt
  expect_same auto.json "$WORK/stdout" "--encoding $name gives the auto-detected report"
done

finish
