#!/usr/bin/env bash
# The JSON Schemas in schemas/ are what `docqc schema --write` makes from the loaders (so a
# rule or option change that is not refreshed fails here), every embedded pack and the
# `docqc init` template validate against them, and broken files do not.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

expect_exit 0 "docqc schema --write" schema --write "$WORK/schemas"
if diff -ru "$REPO_ROOT/schemas" "$WORK/schemas" >"$WORK/schemas.diff"; then
  pass
else
  fail "schemas/ is out of date with the loaders and rule packs. Refresh it with
    build/docqc schema --write schemas
  and commit the result. The difference:"
  head -40 "$WORK/schemas.diff" >&2
fi

validate() {  # validate SCHEMA FILE...: status of the validator, its output in $WORK/validate
  python3 "$REPO_ROOT/tests/cli/validate_schema.py" "$@" >"$WORK/validate" 2>&1
}
validate "$REPO_ROOT/schemas/docqc-rules.schema.json" /dev/null
if [ $? -eq 77 ]; then
  skip "python3-jsonschema or python3-yaml missing: only the up-to-date check ran"
  finish
fi

packs=("$REPO_ROOT"/rules/*/*.yaml)
if validate "$REPO_ROOT/schemas/docqc-rules.schema.json" "${packs[@]}"; then
  pass
else
  fail "an embedded pack does not validate:"
  head -20 "$WORK/validate" >&2
fi
mkdir -p "$WORK/init"
run init "$WORK/init"
if validate "$REPO_ROOT/schemas/docqc-config.schema.json" "$WORK/init/.docqc.yaml"; then
  pass
else
  fail "the docqc init template does not validate"
  cat "$WORK/validate" >&2
fi
cat >"$WORK/config.yaml" <<'YAML'
packs: [common, zh-gov]
select: [encoding, numbering]
ignore: space-between-cjk
severity: {doubled-punctuation: error}
fail-on: warning
options: {duplicate-paragraph: {min_chars: 30}}
overrides:
  - paths: ["laws/*.txt"]
    ignore: [numbering-skip]
YAML
validate "$REPO_ROOT/schemas/docqc-config.schema.json" "$WORK/config.yaml" && pass ||
  fail "a full config does not validate: $(cat "$WORK/validate")"

# Broken files fail, each for its own reason.
expect_invalid() {  # expect_invalid SCHEMA FILE MESSAGE-PART WHAT
  if validate "$1" "$2"; then
    fail "$4: validated"
  elif grep -qF -- "$3" "$WORK/validate"; then
    pass
  else
    fail "$4: expected '$3' in: $(cat "$WORK/validate")"
  fi
}
cat >"$WORK/typo.yaml" <<'YAML'
rules:
  - id: my-rule
    kind: pattern
    categroy: garbled
    message: "found"
    pattern: 'XXX'
YAML
expect_invalid "$REPO_ROOT/schemas/docqc-rules.schema.json" "$WORK/typo.yaml" \
  "'category' is a required property" "a typo in a common key"
cat >"$WORK/kind-option.yaml" <<'YAML'
rules:
  - id: my-rule
    kind: pattern
    category: garbled
    message: "found"
    pattern: 'XXX'
    min_chars: 3
YAML
expect_invalid "$REPO_ROOT/schemas/docqc-rules.schema.json" "$WORK/kind-option.yaml" \
  "'min_chars' was unexpected" "another kind's option"
cat >"$WORK/bad-values.yaml" <<'YAML'
rules:
  - id: My_Rule
    kind: patern
    category: garbled
    severity: fatal
    message: "found"
    examples:
      - bad: "x"
        findings: ["one"]
YAML
expect_invalid "$REPO_ROOT/schemas/docqc-rules.schema.json" "$WORK/bad-values.yaml" \
  "'fatal' is not one of" "an unknown severity"
grep -qF "'patern' is not one of" "$WORK/validate" && pass || fail "unknown kind not reported"
grep -qF "does not match" "$WORK/validate" && pass || fail "bad id or location not reported"
printf 'selct: [encoding]\nfail-on: sometimes\n' >"$WORK/bad-config.yaml"
expect_invalid "$REPO_ROOT/schemas/docqc-config.schema.json" "$WORK/bad-config.yaml" \
  "'selct' was unexpected" "a typo in a config key"
grep -qF "'sometimes' is not one of" "$WORK/validate" && pass || fail "bad fail-on not reported"
finish
