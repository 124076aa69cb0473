#!/usr/bin/env bash
# Every example in README.md and in the `docqc init` template runs. Each fenced block of the
# README is preceded by `<!-- example: KIND -->`, which says how it is tested (a block without
# one fails: nothing in the README goes untested):
#   commands     each line's docqc command (ci/docqc -> the binary; ci/test is left to CI)
#   install      `cmake --install` of the binary's build directory puts the files it names
#   output       docqc check on fixtures/samples prints these lines
#   rule-file    `docqc test-rules FILE` passes, and the file checks a document
#   config       a .docqc.yaml that `docqc check` accepts, on a document of every category
#   json         the JSON report's keys: each key of the example is in a real report
#   github       the action's inputs exist in action.yml; every `docqc check` line runs
#   gitlab       every `docqc check` line of the job runs
#   github-steps every `docqc check` line runs
#   pre-commit   the real pre-commit runs the .pre-commit-config.yaml in a fresh repository
#   illustration not run: elided output ("...") or a command needing what tests do not have
#                (a Dask cluster); marked so that a new block is a decision, not an accident
# The `docqc init` template: every commented-out setting, uncommented, is a valid config.
# Every example runs in $WORK, commands that name files of the checkout (`ci/docqc check
# fixtures/samples`) in a copy of it: the test never writes into the source tree, and checks so.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# What the source tree holds besides tracked files (ignored ones too: the report files the
# examples write are ignored), outside build directories; compared again at the end.
untracked_files() {
  git -C "$REPO_ROOT" status --porcelain --untracked-files=all --ignored 2>/dev/null |
    grep -E '^(\?\?|!!) ' | grep -vE '^(\?\?|!!) (build[^/]*|\.cache|node_modules)/' | grep -v '__pycache__/' | sort
}
untracked_before="$(untracked_files)"

# The copy: the checkout's files as they are now (tracked ones, with local edits), or
# everything but build directories outside a git checkout.
CHECKOUT="$WORK/checkout"
mkdir -p "$CHECKOUT"
if git -C "$REPO_ROOT" rev-parse --show-toplevel >/dev/null 2>&1; then
  (cd "$REPO_ROOT" && git ls-files -z --cached | tar --null --no-recursion -T - -cf - 2>/dev/null) |
    tar -C "$CHECKOUT" -xf -
else
  tar -C "$REPO_ROOT" --exclude='./build*' --exclude=./.cache --exclude=./node_modules -cf - . |
    tar -C "$CHECKOUT" -xf -
fi
if [ -f "$CHECKOUT/README.md" ] && [ -d "$CHECKOUT/fixtures/samples" ]; then pass; else
  fail "could not copy the checkout into $CHECKOUT"
fi

cd "$WORK"
python3 - "$REPO_ROOT/README.md" "$WORK/blocks" <<'PY'
import os, re, sys
text = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = sys.argv[2]
os.makedirs(out)
n, i, kind, problems = 0, 0, None, []
while i < len(text):
    line = text[i]
    marker = re.fullmatch(r"<!-- example: ([a-z-]+) -->", line.strip())
    if marker:
        kind = marker.group(1)
    elif line.startswith("```"):
        start = i
        i += 1
        body = []
        while not text[i].startswith("```"):
            body.append(text[i])
            i += 1
        if kind is None:
            problems.append(f"README.md:{start + 1}: a block without <!-- example: KIND -->")
        else:
            n += 1
            with open(os.path.join(out, f"{n:02d}-{kind}"), "w", encoding="utf-8") as f:
                f.write("\n".join(body) + "\n")
        kind = None
    elif line.strip():
        kind = None
    i += 1
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY
if [ $? -eq 0 ]; then pass; else fail "every README block names how it is tested"; fi

# A document with findings of several categories, for the configs and commands.
mkdir -p docs
sample_simplified docs/notice.txt
printf '第一条 总则，，内容。\n第三条 附则。\n' >docs/articles.txt

run_commands() {  # FILE DIR: every docqc command line of FILE runs in DIR without a usage error
  local file="$1" dir="$2" line
  while IFS= read -r line; do
    line="${line%%#*}"
    line="$(printf '%s' "$line" | sed -E 's/^[[:space:]]*(- )?(run: )?//')"
    case "$line" in
      ci/docqc\ * | docqc\ *) ;;
      *) continue ;;
    esac
    line="${line#ci/}"
    # shellcheck disable=SC2086 # the README's words, split as a shell would
    (cd "$dir" && "$DOCQC" ${line#docqc }) >"$WORK/stdout" 2>"$WORK/stderr" </dev/null
    status=$?
    if [ "$status" -le 1 ]; then pass; else
      fail "$(basename "$file"): '$line' exited $status"
      head -3 "$WORK/stderr" >&2
    fi
  done <"$file"
}

count=0
for block in blocks/*; do
  count=$((count + 1))
  name="$(basename "$block")"
  kind="${name#*-}"
  case "$kind" in
    commands) run_commands "$block" "$CHECKOUT" ;;
    install)
      # The build directory of the binary under test, installed into a scratch prefix.
      cmake --install "$(dirname "$DOCQC")" --prefix "$WORK/prefix" >"$WORK/stdout" 2>&1
      status=$?
      expect_status 0 "$name: cmake --install"
      paths=(bin/docqc share/bash-completion/completions/docqc
        share/zsh/vendor-completions/_docqc share/fish/vendor_completions.d/docqc.fish)
      if command -v help2man >/dev/null 2>&1; then
        paths+=(share/man/man1/docqc.1)
      else
        skip "help2man is not installed: no man page to check"
      fi
      for path in "${paths[@]}"; do
        if [ -s "$WORK/prefix/$path" ]; then pass; else fail "$name: installs $path"; fi
      done
      if [ -s "$WORK/prefix/share/man/man1/docqc.1" ]; then
        # The page holds every subcommand's options.
        expect_contains "$WORK/prefix/share/man/man1/docqc.1" "docqc check" "$name: man page"
        expect_contains "$WORK/prefix/share/man/man1/docqc.1" "unsafe" "$name: man page options"
      fi
      # The zsh and fish scripts parse (when those shells are installed).
      for shell_file in "zsh:share/zsh/vendor-completions/_docqc" \
        "fish:share/fish/vendor_completions.d/docqc.fish"; do
        shell="${shell_file%%:*}"
        if command -v "$shell" >/dev/null 2>&1; then
          if "$shell" -n "$WORK/prefix/${shell_file#*:}" 2>"$WORK/stderr"; then pass; else
            fail "$name: $shell -n ${shell_file#*:}: $(head -3 "$WORK/stderr")"
          fi
        else
          skip "$shell is not installed"
        fi
      done
      # The bash completion completes subcommands and option values.
      # shellcheck disable=SC1091
      got="$(PATH="$WORK/prefix/bin:$PATH" bash -c '
        source "$1"
        COMP_WORDS=(docqc ch); COMP_CWORD=1; _docqc; echo "${COMPREPLY[*]}"
        COMP_WORDS=(docqc check --format s); COMP_CWORD=3; _docqc; echo "${COMPREPLY[*]}"
        COMP_WORDS=(docqc check --sel); COMP_CWORD=2; _docqc; echo "${COMPREPLY[*]}"
        COMP_WORDS=(docqc explain doubled-p); COMP_CWORD=2; _docqc; echo "${COMPREPLY[*]}"
      ' _ "$WORK/prefix/share/bash-completion/completions/docqc")"
      expected="$(printf '%s\n' check sarif --select doubled-punctuation)"
      if [ "$got" = "$expected" ]; then pass; else
        fail "$name: bash completion gave '$got', expected '$expected'"
      fi
      # After `ci/docqc` (the binary only), cmake --install says what to build first: the
      # install script of the build directory, run on a copy holding only the binary.
      build_dir="$(cd "$(dirname "$DOCQC")" && pwd)"
      mkdir -p "$WORK/binary-only" && cp "$DOCQC" "$WORK/binary-only/"
      sed "s#$build_dir#$WORK/binary-only#g" "$build_dir/cmake_install.cmake" \
        >"$WORK/binary-only/cmake_install.cmake"
      cmake -DCMAKE_INSTALL_PREFIX="$WORK/prefix-binary-only" \
        -P "$WORK/binary-only/cmake_install.cmake" >"$WORK/stdout" 2>&1
      status=$?
      if [ "$status" -ne 0 ] && grep -q "docqc_docs" "$WORK/stdout"; then pass; else
        fail "$name: cmake --install of a binary-only build (exit $status): $(tail -3 "$WORK/stdout")"
      fi
      ;;
    output)
      (cd "$CHECKOUT" && "$DOCQC" check fixtures/samples) >"$WORK/out.txt" 2>/dev/null
      while IFS= read -r line; do
        [ -n "$line" ] && expect_line "$WORK/out.txt" "$line" "$name: docqc check fixtures/samples prints"
      done <"$block"
      ;;
    rule-file)
      cp "$block" rule-file.yaml
      expect_exit 0 "$name: docqc test-rules" test-rules rule-file.yaml
      expect_line "$WORK/stdout" "rules: 1 passed, 0 failed" "$name: its examples pass"
      expect_exit 1 "$name: checks a document" check --no-default-rules --rules rule-file.yaml \
        --fail-on warning docs
      ;;
    config)
      mkdir -p "config-$name/docqc-rules" && cp "$block" "config-$name/.docqc.yaml"
      cp docs/*.txt "config-$name/"
      # The rules: directory it names holds a rule file of its own.
      sed 's/halfwidth-punctuation-in-cjk/readme-example-rule/' blocks/*-rule-file \
        >"config-$name/docqc-rules/extra.yaml"
      run_in "config-$name" check --fail-on none .
      expect_status 0 "$name: the README's .docqc.yaml is accepted"
      ;;
    json)
      (cd "$CHECKOUT" && "$DOCQC" check --format json --fail-on none fixtures/samples) \
        >"$WORK/report.json"
      if python3 - "$block" "$WORK/report.json" <<'PY'; then pass; else fail "$name: JSON keys"; fi
import json, sys
example = json.load(open(sys.argv[1]))
real = json.load(open(sys.argv[2]))
def keys(objects):
    return set().union(*(o.keys() for o in objects)) if objects else set()
def check(what, mine, theirs):
    missing = set(mine) - theirs
    assert not missing, (what, "keys not in a real report:", missing)
check("report", example.keys(), set(real.keys()))
check("files", keys(example["files"]), keys(real["files"]))
check("findings", keys(example["findings"]), keys(real["findings"]))
check("fix", keys([f["fix"] for f in example["findings"] if "fix" in f]),
      keys([f["fix"] for f in real["findings"] if "fix" in f]))
check("related", keys([r for f in example["findings"] for r in f.get("related", [])]),
      keys([r for f in real["findings"] for r in f.get("related", [])]))
check("summary", example["summary"].keys(), set(real["summary"].keys()))
PY
      ;;
    github)
      if python3 - "$block" "$REPO_ROOT/action.yml" <<'PY'; then pass; else fail "$name: action inputs"; fi
import sys, yaml
workflow = yaml.safe_load(open(sys.argv[1]))
inputs = yaml.safe_load(open(sys.argv[2]))["inputs"]
for job in workflow["jobs"].values():
    for step in job["steps"]:
        if "docqc" in step.get("uses", "") and "checkout" not in step["uses"]:
            unknown = set(step.get("with", {})) - set(inputs)
            assert not unknown, ("inputs not in action.yml:", unknown)
PY
      run_commands "$block" "$WORK"
      ;;
    gitlab)
      python3 -c "import sys, yaml; yaml.safe_load(open(sys.argv[1]))" "$block" && pass ||
        fail "$name: not YAML"
      run_commands "$block" "$WORK"
      ;;
    github-steps)
      python3 -c "import sys, yaml; yaml.safe_load(open(sys.argv[1]))" "$block" && pass ||
        fail "$name: not YAML"
      run_commands "$block" "$WORK"
      ;;
    pre-commit)
      # Run by the real pre-commit, docqc on PATH, in a fresh repository.
      if command -v pre-commit >/dev/null 2>&1 && command -v git >/dev/null 2>&1; then
        mkdir "pc-$name" && cp "$block" "pc-$name/.pre-commit-config.yaml"
        printf '通知锟斤拷如下。\n' >"pc-$name/bad.txt"
        (cd "pc-$name" && git init -q && git add -A &&
          PATH="$(dirname "$DOCQC"):$PATH" PRE_COMMIT_HOME="$WORK/pc-cache" \
            pre-commit run --all-files) >"$WORK/stdout" 2>"$WORK/stderr"
        status=$?
        expect_status 1 "$name: the README's pre-commit config fails on an error"
        expect_contains "$WORK/stdout" "[garbage-placeholder-run]" \
          "$name: pre-commit shows docqc's finding"
      else
        skip "pre-commit or git not installed: $name only parsed"
        python3 -c "import sys, yaml; yaml.safe_load(open(sys.argv[1]))" "$block" && pass ||
          fail "$name: not YAML"
      fi
      ;;
    illustration) pass ;;
    *) fail "$name: unknown example kind '$kind'" ;;
  esac
done
[ "$count" -ge 8 ] && pass || fail "expected the README's examples, found $count blocks"

# The init template: every commented-out setting, uncommented, is accepted.
mkdir init && expect_exit 0 "docqc init" init init
python3 - init/.docqc.yaml <<'PY'
import re, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
setting = re.compile(r"# ( *)([a-z][a-z-]*:( |$)|- )")
out = [l[2:] if setting.match(l) else l for l in lines]
open(path, "w", encoding="utf-8").write("\n".join(out))
PY
grep -q '^packs:' init/.docqc.yaml && pass || fail "the template's settings were uncommented"
mkdir -p init/docqc-rules
cp blocks/*-rule-file init/docqc-rules/extra.yaml
sed -i 's/halfwidth-punctuation-in-cjk/template-example-rule/' init/docqc-rules/extra.yaml
cp docs/*.txt init/
run_in init check --fail-on none .
expect_status 0 "every setting of the docqc init template is valid"

# Nothing was written into the source tree.
untracked_after="$(untracked_files)"
if [ "$untracked_after" = "$untracked_before" ]; then pass; else
  new_files="$(comm -13 <(printf '%s\n' "$untracked_before") <(printf '%s\n' "$untracked_after"))"
  fail "files appeared in the source tree while the examples ran (written by an example, or by" \
    "a test running beside this one): $(printf '%s' "$new_files" | tr '\n' ' ')"
fi

finish
