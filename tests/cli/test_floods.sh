#!/usr/bin/env bash
# Floods (engine/flood.h): a style finding repeated --flood-threshold times in one file is one
# finding in text, html and github output, with every occurrence's edit; --all-occurrences and
# the machine formats list each; --fix applies every edit either way.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
cat >comma.yaml <<'YAML'
rules:
  - id: ascii-comma
    kind: pattern
    category: punctuation
    severity: info
    message: "half-width comma between Chinese characters"
    pattern: '\p{Han}(?P<target>,)\p{Han}'
    fix: "，"
    examples:
      - bad: "甲,乙"
        findings: ["1:2"]
        fixed: "甲，乙"
      - good: "甲，乙"
YAML
python3 -c "
import sys
sys.stdout.write(''.join('第%d行甲,乙\n' % i for i in range(60)))" >flood.txt
rules=(--no-config --no-default-rules --rules comma.yaml --color never --fail-on none)

run check "${rules[@]}" flood.txt
expect_status 0 "text"
expect_contains "$WORK/stdout" "flood.txt:1:5: info: half-width comma between Chinese characters (60 occurrences in this file; --all-occurrences lists each) [ascii-comma]" "one finding at the first occurrence"
expect_contains "$WORK/stdout" "and 59 more edits like it" "every edit in its fix"
expect_contains "$WORK/stdout" "flood.txt:2:5: also here" "the next occurrences as notes"
expect_contains "$WORK/stdout" "0 errors, 0 warnings, 1 info in 1 of 1 file checked" "counted once"

run check "${rules[@]}" --all-occurrences flood.txt
expect_contains "$WORK/stdout" "0 errors, 0 warnings, 60 infos in 1 of 1 file checked" "--all-occurrences"
run check "${rules[@]}" --flood-threshold 61 flood.txt
expect_contains "$WORK/stdout" "60 infos" "below the threshold"
run check "${rules[@]}" --flood-threshold 0 flood.txt
expect_contains "$WORK/stdout" "60 infos" "--flood-threshold 0 never folds"

for format in json jsonl sarif; do
  run check "${rules[@]}" --format "$format" flood.txt
  count=$(grep -o '"ruleId": *"ascii-comma"\|"rule": *"ascii-comma"' "$WORK/stdout" | wc -l)
  if [ "$count" -eq 60 ]; then pass; else fail "--format $format lists every occurrence: got $count"; fi
done
run check "${rules[@]}" --format github flood.txt
lines=$(grep -c '^::notice' "$WORK/stdout")
if [ "$lines" -eq 1 ]; then pass; else fail "--format github: one annotation, got $lines"; fi
run check "${rules[@]}" --statistics flood.txt
expect_contains "$WORK/stdout" "60" "--statistics counts every occurrence"

cp flood.txt fixed.txt
run check "${rules[@]}" --fix fixed.txt
if [ "$(grep -c '，' fixed.txt)" -eq 60 ] && ! grep -q '甲,乙' fixed.txt; then pass; else fail "--fix applies every edit"; fi
finish
