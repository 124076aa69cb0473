#!/usr/bin/env bash
# docs/rules/ is what `docqc rules --doc` makes from the embedded packs, and `docqc explain`
# prints the same page. Rules change often: when this fails, refresh the reference with
#   build/docqc rules --doc docs/rules
# and commit it with the rule change.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

expect_exit 0 "docqc rules --doc" rules --doc "$WORK/rules"
if diff -ru "$REPO_ROOT/docs/rules" "$WORK/rules" >"$WORK/docs.diff"; then
  pass
else
  fail "docs/rules/ is out of date with the rule packs. Refresh it with
    build/docqc rules --doc docs/rules
  and commit the result. The difference:"
  head -40 "$WORK/docs.diff" >&2
fi

# explain ID prints the page itself.
expect_exit 0 "explain doubled-punctuation" explain doubled-punctuation
if diff -u "$WORK/rules/doubled-punctuation.md" "$WORK/stdout" >"$WORK/explain.diff"; then
  pass
else
  fail "explain differs from the generated page: $(head -20 "$WORK/explain.diff")"
fi
# ... and so for every rule of the packs.
mismatched=""
for page in "$WORK"/rules/*.md; do
  id="$(basename "$page" .md)"
  [ "$id" = README ] && continue
  "$DOCQC" explain "$id" >"$WORK/explain-one.md" 2>&1 || mismatched+=" $id(exit)"
  cmp -s "$page" "$WORK/explain-one.md" || mismatched+=" $id"
done
if [ -z "$mismatched" ]; then
  pass
else
  fail "explain differs from docs/rules for:$mismatched"
fi
expect_contains "$WORK/stdout" "## Options" "explain shows the options"
expect_contains "$WORK/stdout" "## Examples" "explain shows the examples"
# A category lists its rules; an unknown id gets a did-you-mean.
expect_exit 0 "explain a category" explain punctuation
expect_contains "$WORK/stdout" "doubled-punctuation" "the category lists its rules"
expect_exit 2 "explain an unknown id" explain halfwidth-punct
expect_contains "$WORK/stderr" "did you mean 'halfwidth-punctuation-in-cjk'?" "did-you-mean"
expect_exit 0 "explain a built-in rule" explain invalid-bytes
expect_contains "$WORK/stdout" "# invalid-bytes" "built-in page"
finish
