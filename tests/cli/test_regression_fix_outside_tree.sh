#!/usr/bin/env bash
# Regression (#15.3): --fix wrote outside the tree it was given. A walk followed file links
# out of the tree; .docqc.yaml files were honoured in every ancestor up to /, and their
# `rules:` could name absolute or ../ paths, so a config planted in a shared parent rewrote
# documents below it. Now walks skip links (--follow opts in), discovery stops at the
# repository root and ignores configs of other users, and a config's rule paths must stay
# in its own tree.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
mkdir -p tree outside
printf '你好，，世界。\n' >outside/x.txt
cp outside/x.txt outside.orig
ln -s ../outside/x.txt tree/link.txt
printf '你好，，世界。\n' >tree/own.txt
expect_exit 0 "--fix on a tree with a link out of it" check --no-config --fix --fail-on none tree
expect_same outside.orig outside/x.txt "the file outside the tree is untouched"
if ! grep -q '，，' tree/own.txt; then pass; else fail "the file inside the tree was not fixed"; fi
expect_contains "$WORK/stderr" "symbolic link" "the skipped link is mentioned"
expect_exit 0 "--fix --follow" check --no-config --fix --follow --fail-on none tree
if ! grep -q '，，' outside/x.txt && [ -L tree/link.txt ]; then pass; else
  fail "--follow should fix the link's target and keep the link"
fi

# A config planted above the repository root is not read.
mkdir -p shared/repo/.git shared/repo/docs
cat >shared/evil.yaml <<'YAML'
rules:
  - id: evil
    kind: pattern
    category: garbled
    message: "evil"
    pattern: '世界'
    fix: "EVIL"
YAML
printf 'rules: [evil.yaml]\n' >shared/.docqc.yaml
printf '世界\n' >shared/repo/docs/a.txt

(cd shared/repo && "$DOCQC" check --fix --fail-on none docs/a.txt) >/dev/null 2>&1
if grep -q EVIL shared/repo/docs/a.txt; then fail "a config above the repository root was used"; else pass; fi

# A config's rule paths stay in its tree.
mkdir -p proj
printf 'rules: [../shared/evil.yaml]\n' >proj/.docqc.yaml
printf '世界\n' >proj/a.txt
run check --fix proj/a.txt
expect_status 2 "a config naming rules outside its tree"
expect_contains "$WORK/stderr" "proj/.docqc.yaml:1:9: error: rule path '../shared/evil.yaml' leaves" \
  "the refusal is located"
if grep -q EVIL proj/a.txt; then fail "rules outside the config's tree were used"; else pass; fi
# ... but the same file named on the command line is the user's choice.
expect_exit 0 "--rules outside the tree on the command line" check --no-config --rules shared/evil.yaml \
  --fail-on none proj/a.txt

# A config that belongs to another user is ignored (like git's safe.directory).
if [ "$(id -u)" -eq 0 ]; then
  mkdir -p planted/docs
  cp shared/evil.yaml planted/
  printf 'rules: [evil.yaml]\n' >planted/.docqc.yaml
  chown 65534 planted/.docqc.yaml
  printf '世界\n' >planted/docs/a.txt
  run check --fix --fail-on none planted/docs/a.txt
  expect_contains "$WORK/stderr" "belongs to another user" "the foreign config is named"
  if grep -q EVIL planted/docs/a.txt; then fail "another user's config was used"; else pass; fi
else
  skip "foreign config: needs root to chown"
fi
finish
