#!/usr/bin/env bash
# Regression (#15.16): only the first YAML document of a multi-document rule file was read;
# the rules after `---` were silently dropped. A second document is now an error where it
# starts (rule files and configs).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified doc.txt
cat >two.yaml <<'YAML'
rules:
  - id: first-rule
    kind: pattern
    category: garbled
    message: "x"
    pattern: 'XXX'
---
rules:
  - id: second-rule
    kind: pattern
    category: garbled
    message: "y"
    pattern: 'YYY'
YAML
run check --no-config --rules two.yaml doc.txt
expect_status 2 "a rule file with two documents"
expect_contains "$WORK/stderr" "two.yaml:7:1: error: a second YAML document" "the second document is located"
# An explicit start marker alone is one document.
printf -- '---\nrules:\n  - id: one-rule\n    kind: pattern\n    category: garbled\n    message: "x"\n    pattern: "XXX"\n' >one.yaml
expect_exit 0 "a rule file that opens with ---" check --no-config --rules one.yaml --fail-on none doc.txt
printf 'select: [encoding]\n---\nselect: [spacing]\n' >.docqc.yaml
run check doc.txt
expect_status 2 "a config with two documents"
expect_contains "$WORK/stderr" ".docqc.yaml:2:1: error: a second YAML document" "the config's second document"
finish
