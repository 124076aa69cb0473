#!/usr/bin/env bash
# Encodings: GB18030 and Big5 found by ICU's detector, UTF-16LE/BE and UTF-8 with a BOM,
# forced encodings. Every file gives the findings of its UTF-8 original (same rules, lines,
# columns and text) located in its own bytes, plus one encoding-detected note when it is not
# UTF-8.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
defer_json_checks

cd "$WORK"
sample_simplified simplified.txt
sample_traditional traditional.txt
iconv -f UTF-8 -t GB18030 simplified.txt >gb18030.txt
iconv -f UTF-8 -t BIG5 traditional.txt >big5.txt
{ printf '\xef\xbb\xbf'; cat simplified.txt; } >utf8-bom.txt
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE simplified.txt; } >utf16le-bom.txt
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE simplified.txt; } >utf16be-bom.txt
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE traditional.txt; } >utf16le-traditional.txt

for original in simplified traditional; do
  run check --format json --fail-on none "$original.txt"
  cp "$WORK/stdout" "$original.json"
  check_json "$original.json" "$original.txt has findings of several rules" "
assert len(set(rules_of())) >= 2, rules_of()
assert files[0]['encoding'] == 'UTF-8' and not files[0]['bom'], files
check_slices()
"
done

# compare REPORT FILE ORIGINAL ENCODING_REGEX BOM: in REPORT (one docqc run over several
# files), FILE gives ORIGINAL's findings, an encoding matching ENCODING_REGEX and an
# encoding-detected note unless it is UTF-8.
compare() {
  local report="$1" file="$2" original="$3" encoding="$4" bom="$5"
  check_json "$report" "$file ($(basename "$report" .json)) gives the findings of $original.txt" "
import re
utf8 = json.load(open('$original.json'))
entry = [f for f in files if f['path'] == '$file']
assert len(entry) == 1, files
assert re.fullmatch('$encoding', entry[0]['encoding']), entry
assert entry[0]['bom'] == $bom, entry
assert entry[0]['lines'] == utf8['files'][0]['lines'], entry
assert entry[0]['characters'] == utf8['files'][0]['characters'], entry
mine = [f for f in findings if f['file'] == '$file' and f['rule'] != 'encoding-detected']
assert [brief(f) for f in mine] == [brief(f) for f in utf8['findings']], \
    [brief(f) for f in mine]
check_slices()
"
}

# One run per set of options; every file of a run is compared on its own.
run check --format json --fail-on none gb18030.txt big5.txt utf16le-bom.txt utf16be-bom.txt \
  utf16le-traditional.txt utf8-bom.txt
expect_status 0 "detected encodings"
cp "$WORK/stdout" detected.json
compare detected.json gb18030.txt simplified '(?i)gb18030' False
compare detected.json big5.txt traditional '(?i).*(big5|950).*' False
compare detected.json utf16le-bom.txt simplified UTF-16LE True
compare detected.json utf16be-bom.txt simplified UTF-16BE True
compare detected.json utf16le-traditional.txt traditional UTF-16LE True
compare detected.json utf8-bom.txt simplified UTF-8 True
# Forced encodings give the same findings; a BOM wins over a forced encoding.
run check --format json --fail-on none --encoding GB18030 gb18030.txt utf16le-bom.txt
expect_status 0 "--encoding GB18030"
cp "$WORK/stdout" forced-gb18030.json
compare forced-gb18030.json gb18030.txt simplified '(?i)gb18030' False
compare forced-gb18030.json utf16le-bom.txt simplified UTF-16LE True
run check --format json --fail-on none --encoding Big5 big5.txt
expect_status 0 "--encoding Big5"
cp "$WORK/stdout" forced-big5.json
compare forced-big5.json big5.txt traditional '(?i).*(big5|950).*' False
run check --format json --fail-on none --encoding UTF-8 simplified.txt
expect_status 0 "--encoding UTF-8"
cp "$WORK/stdout" forced-utf8.json
compare forced-utf8.json simplified.txt simplified UTF-8 False

# The note says how the encoding was found, and stands at the start of the file.
run check --format json --fail-on none gb18030.txt
check_json "$WORK/stdout" "GB18030 detection note" "
note = findings[0]
assert rules_of().count('encoding-detected') == 1, rules_of()
assert (note['rule'], note['severity'], note['category']) == \
    ('encoding-detected', 'info', 'encoding'), note
assert (note['line'], note['column'], note['byte_offset'], note['byte_length']) == \
    (1, 1, 0, 0), note
assert 'decoded as gb18030' in note['message'], note['message']
assert 'ICU charset detection' in note['message'], note['message']
assert 'invalid-bytes' not in rules_of(), rules_of()
"
run check --format json --fail-on none --encoding GB18030 gb18030.txt
check_json "$WORK/stdout" "forced GB18030 note" "
assert findings[0]['message'] == 'file is not UTF-8; decoded as gb18030', findings[0]
"
run check --format json --fail-on none utf16le-bom.txt
check_json "$WORK/stdout" "UTF-16 note" "
assert findings[0]['rule'] == 'encoding-detected', brief(findings[0])
assert findings[0]['message'] == 'file is not UTF-8; decoded as UTF-16LE', findings[0]
"
run check --format json --fail-on none utf8-bom.txt
check_json "$WORK/stdout" "UTF-8 with a BOM is not 'detected', and the BOM is no finding" "
assert 'encoding-detected' not in rules_of() and 'bom-in-text' not in rules_of(), rules_of()
assert [f['byte_offset'] for f in findings] == \
    [f['byte_offset'] + 3 for f in json.load(open('simplified.json'))['findings']]
"
# UTF-16 offsets: 2 bytes of BOM, then 2 bytes per UTF-16 unit before the span.
run check --format json --fail-on none utf16be-bom.txt
check_json "$WORK/stdout" "UTF-16 byte offsets" "
text = open('simplified.txt', encoding='utf-8').read()
lines = text.split('\n')
for f in findings[1:]:
    before = '\n'.join(lines[:f['line'] - 1]) + ('\n' if f['line'] > 1 else '')
    before += lines[f['line'] - 1][:f['column'] - 1]
    assert f['byte_offset'] == 2 + len(before.encode('utf-16-be')), brief(f)
    assert f['byte_length'] == len(f['text'].encode('utf-16-be')), brief(f)
"

# A forced encoding that does not fit: UTF-8 on GB18030 bytes is damage, not a crash.
run check --format json --fail-on none --encoding UTF-8 gb18030.txt
expect_status 0 "--encoding UTF-8 on GB18030 bytes"
check_json "$WORK/stdout" "GB18030 bytes forced to UTF-8 are invalid bytes" "
assert files[0]['encoding'] == 'UTF-8', files
assert 'encoding-detected' not in rules_of(), rules_of()
assert rules_of().count('invalid-bytes') > 10, rules_of()
data = open('gb18030.txt', 'rb').read()
for f in findings:
    if f['rule'] == 'invalid-bytes':
        cut = data[f['byte_offset']:f['byte_offset'] + f['byte_length']]
        hex_bytes = ' '.join('%02X' % b for b in cut[:8])
        assert f['message'].startswith('invalid UTF-8 byte sequence (' + hex_bytes), f
"

# Damage inside a GB18030 file: still GB18030, the bad bytes are reported where they are.
# (At the start of line 3, so that no character is cut.)
python3 -c "
import sys
lines = open('gb18030.txt', 'rb').read().split(b'\\n')
lines[2] = b'\\xff' + lines[2]
sys.stdout.buffer.write(b'\\n'.join(lines))" >gb18030-damaged.txt
run check --format json --fail-on none gb18030-damaged.txt
check_json "$WORK/stdout" "damaged GB18030 file" "
data = open('gb18030-damaged.txt', 'rb').read()
assert files[0]['encoding'].lower() == 'gb18030', files
bad = [f for f in findings if f['rule'] == 'invalid-bytes']
assert [(f['line'], f['column'], f['byte_length']) for f in bad] == [(3, 1, 1)], bad
assert data[bad[0]['byte_offset']] == 0xFF, bad
# The other lines are checked as before.
utf8 = [brief(f) for f in json.load(open('simplified.json'))['findings'] if f['line'] != 3]
assert [brief(f) for f in findings[1:] if f['line'] != 3] == utf8, findings
"

# Odd UTF-16: a lone surrogate and a truncated last unit are invalid bytes at their offsets.
printf '\xff\xfe\x29\x59\x00\xd8\x25\x6d\x41' >utf16-broken.txt
expect_exit 1 "broken UTF-16" check --format json utf16-broken.txt
check_json "$WORK/stdout" "broken UTF-16 units" "
bad = [(f['byte_offset'], f['byte_length']) for f in findings if f['rule'] == 'invalid-bytes']
assert bad == [(4, 2), (8, 1)], bad
"

# Encodings through stdin.
run check --format json --fail-on none - <gb18030.txt
check_json "$WORK/stdout" "GB18030 from stdin" "
assert files[0]['path'] == '<stdin>' and files[0]['encoding'].lower() == 'gb18030', files
"
run check --format json --fail-on none - <utf16le-bom.txt
check_json "$WORK/stdout" "UTF-16LE from stdin" "
assert files[0]['encoding'] == 'UTF-16LE' and files[0]['bom'], files
"

finish
