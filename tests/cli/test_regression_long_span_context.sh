#!/usr/bin/env bash
# Regression: the text output clipped the source line to 240 bytes around a finding's start,
# but not after a span that covers a long line: a whole-document finding (low-quality-document)
# on a 5 MB single-line file printed the 5 MB line and an underline of 3.5 million '^'.
# A long span now shows its first 240 bytes.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
cat >whole-line.yaml <<'YAML'
rules:
  - id: whole-line
    kind: pattern
    category: structure
    severity: warning
    message: "the whole line"
    pattern: '^.+$'
    examples:
      - bad: "一行"
        findings: ["1:1"]
      - good: ""
YAML
python3 -c "
import sys
sys.stdout.write('天津市人民政府关于印发居住证管理办法的通知' * 20000 + '\n')" >long.txt
run check --color never --no-default-rules --rules whole-line.yaml long.txt
expect_status 0 "a finding spanning a 1.2 MB line"
expect_contains "$WORK/stdout" "long.txt:1:1: warning: the whole line [whole-line]" "the finding"
longest=$(awk '{ if (length($0) > max) max = length($0) } END { print max }' "$WORK/stdout")
if [ "$longest" -lt 2048 ]; then
  pass
else
  fail "the text output has a line of $longest bytes: a long span is not clipped"
fi
# The underline starts under the span and is as long as the part of the span shown.
underline=$(sed -n '3p' "$WORK/stdout")
if [[ "$underline" =~ ^\ +\|\ \^+$ ]]; then pass; else fail "underline: '${underline:0:80}...'"; fi

finish
