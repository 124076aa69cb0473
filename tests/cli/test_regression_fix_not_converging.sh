#!/usr/bin/env bash
# Regression (#15.5): a fix that re-creates its own match (`pattern: a`, `fix: aa`) grew a
# 10 KB file to 10 MB and exited 0 with only "did not converge". Now such a fix gives up
# early, leaves the file untouched, names the rule and exits 2.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
cat >grow.yaml <<'YAML'
rules:
  - id: grow-a
    kind: pattern
    category: garbled
    message: "an a"
    pattern: 'a'
    fix: "aa"
YAML
head -c 10240 /dev/zero | tr '\0' a >a.txt
cp a.txt a.orig
expect_exit 2 "--fix that does not converge" check --no-config --no-default-rules --rules grow.yaml \
  --fix --fail-on none a.txt
expect_contains "$WORK/stderr" "did not converge" "non-convergence is an error"
expect_contains "$WORK/stderr" "grow-a" "the rule is named"
expect_contains "$WORK/stderr" "left unchanged" "the message says the file is untouched"
expect_same a.orig a.txt "the file is untouched"
expect_exit 2 "--diff that does not converge" check --no-config --no-default-rules --rules grow.yaml \
  --diff a.txt
expect_empty "$WORK/stdout" "no diff is printed"
finish
