#!/usr/bin/env bash
# Bad inputs: empty and binary files, invalid UTF-8, NUL bytes late in a file. Nothing
# crashes; damage is reported where it is (original byte offsets) and the rest is checked.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
defer_json_checks

cd "$WORK"

# Empty files and files of blank lines: exit 0 and no findings, whatever --fail-on says.
printf '' >empty.txt
printf '\n\n\r\n' >blank.txt
for file in empty.txt blank.txt; do
  expect_exit 0 "$file" check --fail-on info --format json "$file"
  check_json "$WORK/stdout" "$file has no findings" "
assert findings == [], [brief(f) for f in findings]
assert files[0]['encoding'] == 'UTF-8', files
"
done
check_json "$WORK/stdout" "blank.txt counts its lines" "assert files[0]['lines'] == 3, files"
run check --fail-on info --format json empty.txt
check_json "$WORK/stdout" "empty.txt has no lines" "
assert (files[0]['bytes'], files[0]['lines'], files[0]['characters']) == (0, 0, 0), files
"
expect_exit 0 "empty file, text format" check --fail-on info empty.txt
expect_line "$WORK/stdout" "0 errors, 0 warnings, 0 infos in 0 of 1 file checked" \
  "summary line for an empty file"
expect_exit 0 "empty stdin" check --fail-on info - </dev/null

# Binary files are skipped with a notice, and do not fail the run.
printf '\177ELF\2\1\1\0\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0' >program.txt
head -c 4096 /dev/urandom >>program.txt
expect_exit 0 "binary file, json" check --fail-on info --format json program.txt
expect_contains "$WORK/stderr" "program.txt: skipped: binary file" "notice for a binary file"
check_json "$WORK/stdout" "binary file is listed as skipped" "
assert findings == [], [brief(f) for f in findings]
assert files[0]['path'] == 'program.txt' and 'binary' in files[0]['skipped'], files
"
expect_exit 0 "binary file, text" check --fail-on info program.txt
expect_contains "$WORK/stdout" "program.txt: note: skipped: binary file" \
  "text output notes the binary file"

# In a directory walk the binary file is skipped and the others are still checked.
mkdir walk
cp program.txt walk/a-program.txt
printf '通知锟斤拷如下\n' >walk/b-text.txt
expect_exit 1 "directory with a binary file" check --format json walk
check_json "$WORK/stdout" "text file next to a binary one is checked" "
assert [f['path'] for f in files] == ['walk/a-program.txt', 'walk/b-text.txt'], files
assert 'skipped' in files[0] and 'skipped' not in files[1], files
assert rules_of() == ['garbage-placeholder-run'], rules_of()
"

# A NUL byte after the first 8 KiB does not make a file binary: it is a control character.
{
  for _ in $(seq 1 300); do printf '天津市人民政府通知。\n'; done
  printf '通知\0如下\n'
} >late-nul.txt
expect_exit 1 "NUL byte after 8 KiB" check --format json --select encoding late-nul.txt
check_json "$WORK/stdout" "late NUL byte is a control character" "
assert [(f['rule'], f['line'], f['column'], f['byte_offset'], f['byte_length']) for f in findings] \
    == [('control-character', 301, 3, 300 * 31 + 6, 1)], [brief(f) for f in findings]
"

# Invalid UTF-8 in a UTF-8 file: one invalid-bytes finding per run of bad bytes, at its
# original offset and length, and every later finding still located in the original bytes.
# The bad runs: a lone continuation byte, a truncated 3-byte sequence, an overlong '/', an
# encoded surrogate, and a sequence cut off by the end of the file.
{
  for _ in $(seq 1 20); do printf '天津市人民政府关于印发居住证管理办法的通知。\n'; done
  printf '第一条\x80为了，，推进\n'                # line 21
  printf '第二条\xe5\xa4为了，，推进\n'            # line 22
  printf '第三条\xc0\xaf为了，，推进\n'            # line 23
  printf '第四条\xed\xa0\x80为了，，推进\n'        # line 24
  printf '第五条为了，，推进\xe5\xa4'              # line 25, no newline
} >damaged.txt
expect_exit 1 "invalid UTF-8" check --format json damaged.txt
check_json "$WORK/stdout" "invalid-bytes findings at the original offsets" "
data = open('damaged.txt', 'rb').read()
assert files[0]['encoding'] == 'UTF-8', files
assert 'encoding-detected' not in rules_of(), 'a damaged UTF-8 file is still UTF-8'
bad = [f for f in findings if f['rule'] == 'invalid-bytes']
expected = []
for needle in (b'\x80', b'\xe5\xa4', b'\xc0\xaf', b'\xed\xa0\x80'):
    expected.append((data.index('条'.encode() + needle) + 3, len(needle)))
expected.append((len(data) - 2, 2))
got = [(f['byte_offset'], f['byte_length']) for f in bad]
assert got == expected, (got, expected)
assert [(f['line'], f['column']) for f in bad] == [(21, 4), (22, 4), (23, 4), (24, 4), (25, 10)], \
    [brief(f) for f in bad]
assert all(f['severity'] == 'error' and f['text'] == '\ufffd' for f in bad), bad
assert bad[0]['message'] == 'invalid UTF-8 byte sequence (80) replaced by U+FFFD', bad[0]
assert bad[3]['message'] == 'invalid UTF-8 byte sequence (ED A0 80) replaced by U+FFFD', bad[3]
# The U+FFFD that replaced the bytes is not reported a second time by another rule.
spans = {(f['byte_offset'], f['byte_length']) for f in bad}
assert not [brief(f) for f in findings
            if f['rule'] != 'invalid-bytes' and (f['byte_offset'], f['byte_length']) in spans]
# The rest of each damaged line is still checked, at its original offsets.
doubled = [f for f in findings if f['rule'] == 'doubled-punctuation']
assert [(f['line'], f['column']) for f in doubled] == \
    [(21, 7), (22, 7), (23, 7), (24, 7), (25, 6)], [brief(f) for f in doubled]
for f in doubled:
    assert data[f['byte_offset']:f['byte_offset'] + f['byte_length']] == '，，'.encode(), brief(f)
"

# Selecting the built-in rules works like any other rule.
expect_exit 0 "--ignore invalid-bytes" check --format json --ignore invalid-bytes,encoding \
  damaged.txt
check_json "$WORK/stdout" "--ignore invalid-bytes drops them" "
assert 'invalid-bytes' not in rules_of() and 'replacement-character' not in rules_of(), rules_of()
"

# Random bytes of every kind never crash the checker (exit 0 or 1, never a signal): 8 files of
# 5,000 bytes (each gives over 1,000 invalid-bytes findings when forced to UTF-8) in every
# decoding path.
python3 -c "
import random
for seed in range(1, 9):
    r = random.Random(seed)
    with open('random-%d.txt' % seed, 'wb') as out:
        out.write(bytes(r.choice([r.randrange(1, 256), 0xE5, 0x80, 0x0A, 0x0D, 0xFF])
                        for _ in range(5000)))"
for encoding in auto UTF-8 GB18030 Big5 UTF-16LE Shift_JIS; do
  run check --fail-on none --format json --encoding "$encoding" random-*.txt
  expect_status 0 "random bytes decoded as $encoding"
  check_json "$WORK/stdout" "random bytes as $encoding give a report" "
assert len(files) == 8, files
"
done

finish
