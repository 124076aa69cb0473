#!/usr/bin/env bash
# The commands besides check: rules, explain, test-rules, version.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"

# version and --version print the same line, naming the tool.
expect_exit 0 "docqc version" version
version="$(cat "$WORK/stdout")"
if [[ "$version" =~ ^docqc\ [0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  pass
else
  fail "version: '$version'"
fi
expect_exit 0 "docqc --version" --version
if [ "$(cat "$WORK/stdout")" = "$version" ]; then
  pass
else
  fail "--version says '$(cat "$WORK/stdout")', version says '$version'"
fi
expect_exit 0 "docqc --help" --help
expect_contains "$WORK/stdout" "check" "--help lists the commands"

# rules: a header, then one line per rule (id, kind, category, severity), sorted by id,
# built-in rules included.
expect_exit 0 "docqc rules" rules
cp "$WORK/stdout" rules.txt
read -r -a header <rules.txt
if [ "${header[*]}" = "id kind category severity" ]; then
  pass
else
  fail "rules header: ${header[*]}"
fi
expect_contains rules.txt "invalid-bytes" "rules lists the built-in invalid-bytes"
expect_contains rules.txt "encoding-detected" "rules lists the built-in encoding-detected"
if awk 'NR > 1 { print $1 }' rules.txt | LC_ALL=C sort -c 2>/dev/null; then
  pass
else
  fail "docqc rules is not sorted by id"
fi
categories='^(encoding|garbled|script|punctuation|spacing|numbering|duplicate|structure|'
categories+='boilerplate)$'
bad_rows="$(awk -v c="$categories" \
  'NR > 1 && (NF != 4 || $3 !~ c || $4 !~ /^(error|warning|info)$/)' rules.txt)"
if [ -z "$bad_rows" ]; then
  pass
else
  fail "rows with an unknown category or severity: $bad_rows"
fi
rule_count="$(($(wc -l <rules.txt) - 1))"

# Every listed rule can be explained, and every YAML rule says where it is defined.
while read -r id kind _; do
  expect_exit 0 "explain $id" explain "$id"
  expect_contains "$WORK/stdout" "$id" "explain $id names the rule"
  if [ "$kind" != builtin ]; then
    expect_contains "$WORK/stdout" "| defined in | \`rules/" "explain $id says where it is defined"
    expect_contains "$WORK/stdout" "### Bad" "explain $id shows a bad example"
    expect_contains "$WORK/stdout" "### Good" "explain $id shows a good example"
  fi
done < <(tail -n +2 rules.txt)

expect_exit 2 "explain an unknown id" explain no-such-rule
expect_line "$WORK/stderr" "docqc: error: no rule or category 'no-such-rule' (see \`docqc rules\`)" \
  "explain an unknown id says so"
expect_empty "$WORK/stdout" "explain an unknown id prints nothing on stdout"
expect_exit 2 "explain without an id" explain

# --rules and --no-default-rules apply to rules and explain.
cat >mine.yaml <<'YAML'
rules:
  - id: placeholder-xxx
    kind: pattern
    category: garbled
    severity: error
    message: "placeholder"
    description: Someone typed XXX where the real text should be.
    pattern: 'X{3,}'
    examples:
      - bad: "促进XXX就业"
        findings: ["1:3"]
      - good: "促进就业"
YAML
expect_exit 0 "rules --rules" rules --rules mine.yaml
if [ "$(($(wc -l <"$WORK/stdout") - 1))" -eq "$((rule_count + 1))" ]; then
  pass
else
  fail "rules --rules lists $(($(wc -l <"$WORK/stdout") - 1)) rules, expected $((rule_count + 1))"
fi
expect_exit 0 "rules --no-default-rules --rules" rules --no-default-rules --rules mine.yaml
if tail -n +2 "$WORK/stdout" | awk '{ print $1 }' | grep -qx placeholder-xxx; then
  pass
else
  fail "rules --no-default-rules --rules does not list placeholder-xxx"
fi
expect_exit 0 "explain a --rules rule" explain placeholder-xxx --rules mine.yaml
expect_contains "$WORK/stdout" "Someone typed XXX where the real text should be." \
  "explain shows the description"
expect_contains "$WORK/stdout" "| defined in | \`mine.yaml:2\` |" "explain shows the rule's file and line"
expect_exit 2 "explain a --rules rule without --rules" explain placeholder-xxx

# test-rules without arguments runs the embedded packs, which all pass.
expect_exit 0 "test-rules on the default packs" test-rules
expect_contains "$WORK/stdout" ", 0 failed" "test-rules summary on the default packs"

finish
