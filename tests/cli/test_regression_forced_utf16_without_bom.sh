#!/usr/bin/env bash
# Regression: `--encoding UTF-16LE` on a UTF-16 file without a byte-order mark skipped the
# file as binary (its NUL bytes), so a BOM-less UTF-16 file could not be checked at all. A
# forced encoding wider than a byte decodes it; auto still skips it as binary.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified utf8.txt
iconv -f UTF-8 -t UTF-16LE utf8.txt >utf16le.txt
iconv -f UTF-8 -t UTF-16BE utf8.txt >utf16be.txt
run check --format json --fail-on none utf8.txt
cp "$WORK/stdout" utf8.json

for variant in utf16le:UTF-16LE utf16be:UTF-16BE; do
  file="${variant%%:*}.txt"
  encoding="${variant#*:}"
  expect_exit 0 "--encoding $encoding on $file" check --format json --fail-on none \
    --encoding "$encoding" "$file"
  check_json "$WORK/stdout" "$file decoded as $encoding" "
utf8 = json.load(open('utf8.json'))
assert 'skipped' not in files[0], files
assert files[0]['encoding'] == '$encoding' and not files[0]['bom'], files
assert findings[0]['rule'] == 'encoding-detected', brief(findings[0])
assert findings[0]['message'] == 'file is not UTF-8; decoded as $encoding', findings[0]
assert [brief(f) for f in findings[1:]] == [brief(f) for f in utf8['findings']]
check_slices()
"
  expect_exit 0 "auto on $file" check --format json --fail-on info "$file"
  check_json "$WORK/stdout" "auto still skips BOM-less $file as binary" "
assert 'binary' in files[0]['skipped'], files
"
done

# A forced single-byte or multi-byte encoding does not turn a binary file into text.
printf 'abc\0def\n' >nul.txt
expect_exit 0 "--encoding GB18030 on a binary file" check --format json --encoding GB18030 nul.txt
check_json "$WORK/stdout" "binary under a byte-oriented encoding is skipped" "
assert 'binary' in files[0]['skipped'], files
"

finish
