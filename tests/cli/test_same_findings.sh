#!/usr/bin/env bash
# One document through several paths: LF, CRLF, CR only, a UTF-8 BOM, BOM + CRLF, no final
# newline, standard input. The findings are identical (rule, line, column, end, text); byte
# offsets shift by exactly what the path adds (one byte per earlier line for CRLF, three for
# the BOM).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
# A notice with damage on five of its six lines (lib.sh's sample_simplified relies on style
# rules that now follow the document's own majority, so it no longer has findings on several
# lines).
cat >lf.txt <<'TEXT'
天津市人民政府关于印发居住证管理办法的通知
各区人民政府，，各委、局，各直属单位：
现将《天津市居住证管理办法》印发给你们，请照此执行。。
第一条 为了推进新型城镇化，促进有能力在城镇稳定就业和生活的常住人口锟斤拷有序实现市民化。
本文链接:http://www.tj.gov.cn/zwgk/index.html
http://www.tj.gov.cn/
TEXT
sed 's/$/\r/' lf.txt >crlf.txt
tr '\n' '\r' <lf.txt >cr.txt
{ printf '\xef\xbb\xbf'; cat lf.txt; } >bom.txt
{ printf '\xef\xbb\xbf'; cat crlf.txt; } >bom-crlf.txt
head -c -1 lf.txt >no-final-newline.txt
# Mixed terminators: LF, CRLF and CR in turn.
python3 -c "
import sys
lines = open('lf.txt', encoding='utf-8').read().split('\n')[:-1]
ends = ['\n', '\r\n', '\r']
sys.stdout.write(''.join(line + ends[i % 3] for i, line in enumerate(lines)))" >mixed.txt

run check --format json --fail-on none lf.txt
cp "$WORK/stdout" lf.json
check_json lf.json "the LF document has findings on several lines" "
assert len({f['line'] for f in findings}) >= 4, [brief(f) for f in findings]
"

# same_as_lf JSON WHAT SHIFT: the findings in JSON are lf.json's, with byte offsets moved by
# SHIFT (a Python expression of the finding's line).
same_as_lf() {
  check_json "$1" "$2" "
lf = json.load(open('lf.json'))['findings']
assert [brief(f) for f in findings] == [brief(f) for f in lf], [brief(f) for f in findings]
for mine, base in zip(findings, lf):
    line = base['line']
    assert mine['byte_offset'] == base['byte_offset'] + ($3), (brief(mine), mine['byte_offset'])
    assert mine['byte_length'] == base['byte_length'], brief(mine)
    if 'fix' in base:
        assert mine['fix']['byte_offset'] == base['fix']['byte_offset'] + ($3), mine['fix']
        assert mine['fix']['replacement'] == base['fix']['replacement'], mine['fix']
"
}

run check --format json --fail-on none crlf.txt
same_as_lf "$WORK/stdout" "CRLF" "line - 1"
check_json "$WORK/stdout" "CRLF slices" "check_slices()"
run check --format json --fail-on none cr.txt
same_as_lf "$WORK/stdout" "CR only" "0"
run check --format json --fail-on none mixed.txt
same_as_lf "$WORK/stdout" "mixed LF/CRLF/CR" "line // 3"
check_json "$WORK/stdout" "mixed slices" "check_slices()"
run check --format json --fail-on none bom.txt
same_as_lf "$WORK/stdout" "UTF-8 BOM" "3"
run check --format json --fail-on none bom-crlf.txt
same_as_lf "$WORK/stdout" "UTF-8 BOM + CRLF" "3 + line - 1"
check_json "$WORK/stdout" "BOM + CRLF slices" "check_slices()"
run check --format json --fail-on none no-final-newline.txt
same_as_lf "$WORK/stdout" "no final newline" "0"
run check --format json --fail-on none - <lf.txt
same_as_lf "$WORK/stdout" "stdin" "0"
run check --format json --fail-on none - <crlf.txt
same_as_lf "$WORK/stdout" "CRLF from stdin" "line - 1"

# Line counts agree, whatever the terminator.
for file in lf crlf cr mixed bom bom-crlf no-final-newline; do
  run check --format json --fail-on none "$file.txt"
  check_json "$WORK/stdout" "$file.txt line count" "assert files[0]['lines'] == 6, files"
done

# stdin is reported as <stdin>, in findings and files, and sorts with the other files.
run check --format json --fail-on none lf.txt - <crlf.txt
check_json "$WORK/stdout" "stdin next to a file" "
assert [f['path'] for f in files] == ['<stdin>', 'lf.txt'], files
assert {f['file'] for f in findings} == {'<stdin>', 'lf.txt'}, {f['file'] for f in findings}
"
run check --color never - <lf.txt
expect_contains "$WORK/stdout" "<stdin>:2:7: warning: " "text output names stdin"

# The text output gives the same locations as JSON.
run check --format json --fail-on none crlf.txt
python3 -c "
import json, sys
for f in json.load(open(sys.argv[1]))['findings']:
    print('%s:%d:%d: %s: %s [%s]' % (f['file'], f['line'], f['column'], f['severity'],
                                    f['message'], f['rule']))" "$WORK/stdout" >expected-text.txt
run check --color never --fail-on none crlf.txt
grep -E '^crlf\.txt:[0-9]+:[0-9]+: ' "$WORK/stdout" >text-headers.txt
expect_same expected-text.txt text-headers.txt "text and JSON locations agree"

# The text output has no carriage returns in its source lines.
if grep -q $'\r' "$WORK/stdout"; then
  fail "text output of a CRLF file contains CR"
else
  pass
fi

finish
