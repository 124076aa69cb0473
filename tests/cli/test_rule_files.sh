#!/usr/bin/env bash
# Rule files given with --rules: a broken file is a configuration error (exit 2) whose message
# is `file:line:col: error: what [key]`, and nothing is checked; a good one adds its rules.
# `docqc test-rules FILE` runs the examples of the rules in FILE.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
printf '中 国 推进新型城镇化，XXX促进就业。\n' >doc.txt

# expect_config_error FILE.yaml 'file:line:col: error: message [key]'
expect_config_error() {
  local file="$1" message="$2"
  run check --rules "$file" doc.txt
  expect_status 2 "broken rule file $file"
  expect_line "$WORK/stderr" "$message" "error message for $file"
  expect_empty "$WORK/stdout" "no report for broken $file"
}

# A YAML syntax error: the mapping item is indented less than its siblings.
cat >syntax.yaml <<'YAML'
rules:
  - id: my-rule
    kind: pattern
   category: garbled
YAML
expect_config_error syntax.yaml "syntax.yaml:4:4: error: end of sequence not found"

# An unterminated flow sequence: yaml-cpp reports it at the end of the file.
printf 'rules: [\n' >flow.yaml
expect_config_error flow.yaml "flow.yaml:2:1: error: end of sequence flow not found"

# A typo in a key is an error, not a silently ignored option.
cat >unknown-key.yaml <<'YAML'
rules:
  - id: my-rule
    kind: pattern
    category: garbled
    message: "found {match}"
    pattern: 'XXX'
    sevrity: error
YAML
expect_config_error unknown-key.yaml \
  "unknown-key.yaml:7:5: error: unknown key 'sevrity'; did you mean 'severity'? [sevrity]"

# A typo in a required key is reported at the typo, not as the key missing.
cat >typo-required.yaml <<'YAML'
rules:
  - id: my-rule
    kind: pattern
    categroy: garbled
    message: "found {match}"
    pattern: 'XXX'
YAML
expect_config_error typo-required.yaml \
  "typo-required.yaml:4:5: error: unknown key 'categroy'; did you mean 'category'? [categroy]"

# Every error of a file in one run, each at its own place.
cat >several.yaml <<'YAML'
rules:
  - id: first
    kind: patern
    category: garbled
    message: "found"
  - id: second
    kind: pattern
    category: garbage
    message: "found"
    pattern: 'XXX'
    colour: red
YAML
run check --rules several.yaml doc.txt
expect_status 2 "several errors"
expect_contains "$WORK/stderr" "several.yaml:3:11: error: unknown rule kind 'patern'; did you \
mean 'pattern'? (known: pattern, " "first error of several"
expect_contains "$WORK/stderr" "several.yaml:8:15: error: unknown category 'garbage'" \
  "second error of several"
expect_contains "$WORK/stderr" "several.yaml:11:5: error: unknown key 'colour' for a rule of kind" \
  "third error of several"

cat >unknown-top-key.yaml <<'YAML'
pack: mine
rule:
  - id: my-rule
YAML
expect_config_error unknown-top-key.yaml \
  "unknown-top-key.yaml:2:1: error: unknown key 'rule'; did you mean 'rules'? [rule]"

cat >unknown-example-key.yaml <<'YAML'
rules:
  - id: my-rule
    kind: pattern
    category: garbled
    message: "found"
    pattern: 'XXX'
    examples:
      - bad: "XXX"
        findings: ["1:1"]
        fix: ""
YAML
expect_config_error unknown-example-key.yaml "unknown-example-key.yaml:10:9: error: unknown key \
'fix' in an example (known: bad, good, findings, fixed) [fix]"

# A regex RE2 rejects: RE2's own message, at the pattern's value.
cat >bad-regex.yaml <<'YAML'
rules:
  - id: my-rule
    kind: pattern
    category: garbled
    message: "found"
    pattern: 'XX(X'
YAML
expect_config_error bad-regex.yaml \
  "bad-regex.yaml:6:14: error: invalid regex: missing ): XX(X [pattern]"

# Look-behind is not RE2 syntax; the message is RE2's.
cat >lookbehind.yaml <<'YAML'
rules:
  - id: my-rule
    kind: substitution
    category: punctuation
    message: "{match} -> {replacement}"
    regex: true
    swap:
      '(?<=a)b': c
YAML
expect_config_error lookbehind.yaml "lookbehind.yaml:8:7: error: invalid regex: invalid perl \
operator: (?< [swap]"

# Wrong types and unknown vocabulary.
cat >wrong-type.yaml <<'YAML'
rules:
  - id: my-rule
    kind: pattern
    category: garbled
    severity: [error]
    message: "found"
    pattern: 'XXX'
YAML
expect_config_error wrong-type.yaml "wrong-type.yaml:5:15: error: expected a string [severity]"

cat >unknown-kind.yaml <<'YAML'
rules:
  - id: my-rule
    kind: patern
    category: garbled
    message: "found"
YAML
run check --rules unknown-kind.yaml doc.txt
expect_status 2 "unknown kind"
expect_contains "$WORK/stderr" \
  "unknown-kind.yaml:3:11: error: unknown rule kind 'patern'; did you mean 'pattern'? (known: " \
  "unknown kind message"

cat >unknown-category.yaml <<'YAML'
rules:
  - id: my-rule
    kind: pattern
    category: garbage
    message: "found"
    pattern: 'XXX'
YAML
run check --rules unknown-category.yaml doc.txt
expect_status 2 "unknown category"
expect_contains "$WORK/stderr" "unknown-category.yaml:4:15: error: unknown category 'garbage'" \
  "unknown category message"

# A rule id the default packs already use.
cat >duplicate.yaml <<'YAML'
rules:
  - id: space-between-cjk
    kind: pattern
    category: spacing
    message: "found"
    pattern: 'XXX'
YAML
run check --rules duplicate.yaml doc.txt
expect_status 2 "duplicate rule id"
# (The id is reported at column 1 of the rule's line.)
expect_contains "$WORK/stderr" "duplicate.yaml:2:1: error: duplicate rule id 'space-between-cjk' \
(first defined at rules/common/spacing.yaml:" "duplicate id message"

printf '' >empty.yaml
expect_config_error empty.yaml \
  "empty.yaml:1:1: error: empty rule file: expected a mapping with a 'rules' list"

# The same errors from the other commands that load rules.
expect_exit 2 "docqc rules with a broken file" rules --rules bad-regex.yaml
expect_line "$WORK/stderr" "bad-regex.yaml:6:14: error: invalid regex: missing ): XX(X [pattern]" \
  "docqc rules reports the loader error"
expect_exit 2 "docqc test-rules with a broken file" test-rules unknown-key.yaml

# A good rule file adds its rule; a directory adds every .yaml below it.
cat >good.yaml <<'YAML'
pack: mine
rules:
  - id: placeholder-xxx
    kind: pattern
    category: garbled
    severity: error
    message: "placeholder '{match}' left in the text"
    description: Someone typed XXX where the real text should be.
    pattern: 'X{3,}'
    examples:
      - bad: "促进XXX就业"
        findings: ["1:3"]
      - good: "促进就业"
YAML
run check --format json --rules good.yaml doc.txt
expect_status 1 "a rule from --rules reports an error"
check_json "$WORK/stdout" "finding of the --rules rule" "
mine = [f for f in findings if f['rule'] == 'placeholder-xxx']
got = [(f['line'], f['column'], f['text']) for f in mine]
assert got == [(1, 13, 'XXX')], got
assert 'space-between-cjk' in rules_of(), 'default rules still run'
"
run check --format json --no-default-rules --rules good.yaml doc.txt
check_json "$WORK/stdout" "--no-default-rules keeps only --rules" "
assert rules_of() == ['placeholder-xxx'], rules_of()
"
mkdir -p pack/sub
cp good.yaml pack/sub/good.yaml
sed 's/placeholder-xxx/placeholder-xxx-again/' good.yaml >pack/again.yml
printf 'not a rule file\n' >pack/notes.txt
run check --format json --no-default-rules --rules pack doc.txt
check_json "$WORK/stdout" "--rules DIR loads every .yaml/.yml below it" "
assert rules_of() == ['placeholder-xxx', 'placeholder-xxx-again'], rules_of()
"

# test-rules: exit 0 when every example holds, 1 with the failing example located.
expect_exit 0 "test-rules on a good file" test-rules good.yaml
expect_line "$WORK/stdout" "rules: 1 passed, 0 failed" "test-rules summary"
sed 's/"1:3"/"1:4"/' good.yaml >failing.yaml
expect_exit 1 "test-rules with a failing example" test-rules failing.yaml
expect_line "$WORK/stdout" \
  "failing.yaml:11: error: [placeholder-xxx] bad example: expected findings at [1:4], got [1:3]" \
  "test-rules names the failing example"
# ... and shows the example's text and the two lists side by side, the differences marked.
expect_line "$WORK/stdout" "    1 | 促进XXX就业" "test-rules shows the example"
expect_line "$WORK/stdout" "! -            1:3          placeholder 'XXX' left in the text" \
  "test-rules shows the finding it got"
expect_line "$WORK/stdout" "! 1:4          -" "test-rules shows the finding it missed"
expect_line "$WORK/stdout" "rules: 0 passed, 1 failed" "test-rules summary with a failure"
sed '/examples:/,$d' good.yaml >no-examples.yaml
expect_exit 1 "test-rules with a rule without examples" test-rules no-examples.yaml
expect_contains "$WORK/stdout" "a rule needs at least one bad and one good example" \
  "rule without examples"
# A wrong fix expectation fails too.
cat >bad-fix.yaml <<'YAML'
rules:
  - id: placeholder-xxx
    kind: pattern
    category: garbled
    message: "placeholder"
    pattern: 'X{3,}'
    fix: "Y"
    examples:
      - bad: "促进XXX就业"
        findings: ["1:3"]
        fixed: "促进就业"
      - good: "促进就业"
YAML
expect_exit 1 "test-rules with a wrong fixed text" test-rules bad-fix.yaml
expect_contains "$WORK/stdout" "fixed text differs" "wrong fixed text is reported"

finish
