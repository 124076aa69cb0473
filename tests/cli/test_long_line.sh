#!/usr/bin/env bash
# A 5 MB file that is one single line (text extracted without line breaks): it must not
# crash, must find what is at both ends with exact columns, and the text output must clip the
# source line around each finding. `timeout` only guards against a hang; nothing is timed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
python3 -c "
import sys
unit = '天津市人民政府关于印发居住证管理办法的通知'
count = 5 * 1024 * 1024 // len(unit.encode())
sys.stdout.write('锟斤拷' + unit * count + '天津，，')" >long.txt
characters=$(python3 -c "print(len(open('long.txt', encoding='utf-8').read()))")
bytes=$(wc -c <long.txt)

guard=120
run_guarded() {
  timeout "$guard" "$DOCQC" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
  status=$?
  if [ "$status" -eq 124 ]; then
    fail "docqc $* did not finish within ${guard}s"
  fi
}

run_guarded check --format json --select garbled,doubled-punctuation long.txt
expect_status 1 "5 MB single line"
check_json "$WORK/stdout" "findings at both ends of the long line" "
got = [(f['rule'], f['line'], f['column'], f['byte_offset'], f['byte_length']) for f in findings]
assert got == [
    ('garbage-placeholder-run', 1, 1, 0, 9),
    ('doubled-punctuation', 1, $characters - 1, $bytes - 6, 6),
], got
assert files[0]['lines'] == 1 and files[0]['characters'] == $characters, files
"

# (All default rules: a whole-document finding spans the whole line.)
run_guarded check --color never long.txt
expect_status 1 "5 MB single line, text output"
# Each finding prints its header, a clipped source line and an underline, never the 5 MB.
longest=$(awk '{ if (length($0) > max) max = length($0) } END { print max }' "$WORK/stdout")
if [ "$longest" -lt 4096 ]; then
  pass
else
  fail "text output has a line of $longest bytes: the source line is not clipped"
fi
expect_contains "$WORK/stdout" "long.txt:1:$((characters - 1)): warning: doubled punctuation" \
  "text output of the finding at the end"

# The same through stdin, and with the long line between short ones.
run_guarded check --format json --fail-on none - <long.txt
expect_status 0 "5 MB single line from stdin"
{
  printf '第一行\n'
  cat long.txt
  printf '\n第三行，，天津\n'
} >middle.txt
run_guarded check --format json --fail-on none --select garbled,doubled-punctuation middle.txt
check_json "$WORK/stdout" "long line between short ones" "
got = [(f['rule'], f['line'], f['column']) for f in findings]
assert got == [('garbage-placeholder-run', 2, 1), ('doubled-punctuation', 2, $characters - 1),
               ('doubled-punctuation', 3, 4)], got
"

# Many findings on one line: a 1 MB line of doubled punctuation.
python3 -c "
import sys
sys.stdout.write('通知，，' * (1024 * 1024 // 12))" >dense.txt
run_guarded check --format json --fail-on none --select doubled-punctuation dense.txt
expect_status 0 "1 MB line with a finding every 4 characters"
check_json "$WORK/stdout" "every doubled comma is found" "
assert len(findings) == 1024 * 1024 // 12, len(findings)
assert findings[-1]['column'] == 4 * (1024 * 1024 // 12) - 1, findings[-1]
"

finish
