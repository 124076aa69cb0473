#!/usr/bin/env bash
# The pre-commit hooks of .pre-commit-hooks.yaml, run by the real pre-commit from a fresh
# clone of a hook repository: `docqc` (language: script, runs ci/docqc from the clone) and
# `docqc-system` (docqc on PATH). The hook repository here is this one's hooks file with a
# ci/docqc that runs the binary under test instead of building one (that is ci/docqc's job,
# tested by using it). Skipped (77) without pre-commit.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
command -v pre-commit >/dev/null 2>&1 || { skip "pre-commit is not installed"; exit 77; }
command -v git >/dev/null 2>&1 || { skip "git is not installed"; exit 77; }

cd "$WORK"
export PRE_COMMIT_HOME="$WORK/cache" GIT_CONFIG_GLOBAL="$WORK/gitconfig"
git config --global user.email test@example.org && git config --global user.name test
git config --global init.defaultBranch main

mkdir hooks && cp "$REPO_ROOT/.pre-commit-hooks.yaml" hooks/
mkdir hooks/ci && printf '#!/bin/sh\nexec "%s" "$@"\n' "$DOCQC" >hooks/ci/docqc
chmod +x hooks/ci/docqc
git -C hooks init -q && git -C hooks add -A && git -C hooks commit -q -m hooks
rev="$(git -C hooks rev-parse HEAD)"

mkdir project && cd project && git init -q
# An error (the hooks fail on errors: docqc's default --fail-on) and a clean file.
printf '通知锟斤拷如下。\n' >bad.txt
printf '第一条 总则，内容。\n' >good.txt
git add bad.txt good.txt

# hook_run ID...: pre-commit run --all-files with these hooks of the hook repository.
hook_run() {
  { printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n' "$WORK/hooks" "$rev"
    for id in "$@"; do printf '      - id: %s\n' "$id"; done; } >.pre-commit-config.yaml
  PATH="$(dirname "$DOCQC"):$PATH" pre-commit run --all-files >"$WORK/stdout" 2>"$WORK/stderr"
  status=$?
}

for id in docqc docqc-system; do
  hook_run "$id"
  expect_status 1 "hook $id fails on an error"
  expect_contains "$WORK/stdout" "[garbage-placeholder-run]" "hook $id reports it"
done
git rm -q --cached bad.txt && rm bad.txt
for id in docqc docqc-system; do
  hook_run "$id"
  expect_status 0 "hook $id passes a clean file"
done

# --fix hooks rewrite the file (pre-commit then fails because files changed).
printf '第一条 总则，，内容。\n' >bad.txt && git add bad.txt
hook_run docqc-fix
expect_status 1 "docqc-fix reports that it changed a file"
expect_line bad.txt '第一条 总则，内容。' "docqc-fix applied the safe fix"

# Without docqc on PATH, docqc-system says what is missing.
{ printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: docqc-system\n' \
  "$WORK/hooks" "$rev"; } >.pre-commit-config.yaml
PATH=/usr/bin:/bin pre-commit run --all-files >"$WORK/stdout" 2>&1
status=$?
expect_status 1 "docqc-system without docqc on PATH"
expect_contains "$WORK/stdout" "docqc" "pre-commit names the missing executable"

finish
