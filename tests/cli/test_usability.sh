#!/usr/bin/env bash
# What a newcomer meets first (issue 14): one version string, did-you-mean for mistyped
# commands, options and rule ids, text output cut to the terminal width, fixable counts in
# the summary and in --statistics, and a one-line --write-baseline.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
printf '第一条 总则，，内容。\n第二条 内容 公开。\n' >a.txt

# One version string.
expect_exit 0 "docqc --version" --version
cp "$WORK/stdout" version-flag.txt
expect_exit 0 "docqc version" version
expect_same version-flag.txt "$WORK/stdout" "--version and version print the same"
expect_contains "$WORK/stdout" "docqc " "the version names the program"

# Did you mean.
expect_exit 2 "unknown command" frob
expect_contains "$WORK/stderr" "unknown command 'frob' (commands: check, rules," "frob: the commands"
expect_exit 2 "mistyped command" chek a.txt
expect_contains "$WORK/stderr" "unknown command 'chek'; did you mean 'check'?" "chek"
expect_exit 2 "mistyped option" check --sellect punctuation a.txt
expect_contains "$WORK/stderr" "unknown option '--sellect' for \`docqc check\`; did you mean '--select'?" \
  "--sellect"
expect_exit 2 "mistyped option with a value" check --formt=json a.txt
expect_contains "$WORK/stderr" "did you mean '--format'?" "--formt=json"
expect_exit 2 "mistyped rule id" check --select halfwidth-punct a.txt
expect_contains "$WORK/stderr" "did you mean 'halfwidth-punctuation-in-cjk'?" "--select halfwidth-punct"
expect_exit 2 "mistyped category" check --ignore punctuaton a.txt
expect_contains "$WORK/stderr" "did you mean 'punctuation'?" "--ignore punctuaton"
expect_exit 2 "explain a mistyped id" explain doubled-punctuaton
expect_contains "$WORK/stderr" "did you mean 'doubled-punctuation'?" "explain doubled-punctuaton"
mkdir project && cp a.txt project/ && printf 'ignore: [numbering-skp]\n' >project/.docqc.yaml
expect_exit 2 "mistyped id in .docqc.yaml" check project
expect_contains "$WORK/stderr" "did you mean 'numbering-skip'?" ".docqc.yaml numbering-skp"
# A right option with a wrong value keeps CLI11's own message.
expect_exit 2 "bad --format value" check --format yaml a.txt
expect_contains "$WORK/stderr" "--format" "bad --format value named"

# The summary says what --fix and --unsafe-fixes would fix: doubled-punctuation has a safe
# fix, this rule an unsafe one.
cat >unsafe.yaml <<'YAML'
rules:
  - id: test-unsafe-space
    kind: pattern
    category: spacing
    message: "space in a name"
    pattern: '内容(?P<target> )公开'
    fix: ""
    fix_safe: false
    examples:
      - bad: "内容 公开"
        findings: ["1:3"]
      - good: "内容公开"
YAML
expect_exit 0 "the unsafe-fix rule's example" test-rules unsafe.yaml
expect_exit 0 "text report" check --fail-on none --rules unsafe.yaml a.txt
expect_line "$WORK/stdout" "[*] 1 fixable with --fix (1 more with --unsafe-fixes)" "fixable line"
expect_exit 0 "--statistics" check --fail-on none --statistics --rules unsafe.yaml a.txt
expect_contains "$WORK/stdout" "count  rule" "--statistics header"
expect_contains "$WORK/stdout" "punctuation  warning  1 with --fix" "--statistics: severity, fixable"
expect_contains "$WORK/stdout" "total: 0 errors, 2 warnings, 0 infos; 1 fixable with --fix, 1 more with --unsafe-fixes" \
  "--statistics totals"

# --write-baseline: one line, not the report.
expect_exit 0 "--write-baseline" check --write-baseline baseline.json --rules unsafe.yaml a.txt
if [ "$(wc -l <"$WORK/stdout")" -eq 1 ]; then pass; else fail "--write-baseline printed $(wc -l <"$WORK/stdout") lines"; fi
expect_line "$WORK/stdout" "docqc: wrote 2 findings (0 errors, 2 warnings, 0 infos) of 1 file to baseline.json" \
  "--write-baseline summary"
[ -s baseline.json ] && pass || fail "the baseline is written"

# Long lines are cut to the terminal's width ($COLUMNS; 100 when not a terminal), the
# underline still under the span.
python3 -c "print('前' * 150 + '，，' + '后' * 150)" >long.txt
for columns in 80 40; do
  COLUMNS=$columns run check --fail-on none --select doubled-punctuation long.txt
  check_json_width() {
    python3 - "$WORK/stdout" "$1" <<'PY'
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
width = int(sys.argv[2])
def cols(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
source = [l for l in lines if l.startswith(" 1 |")]
assert len(source) == 1, lines
assert cols(source[0]) <= width, (cols(source[0]), source[0])
underline = lines[lines.index(source[0]) + 1]
start = underline.index("^")
assert cols(source[0][:source[0].index("，，")]) == start, (source[0], underline)
assert underline[start:] == "^^^^", underline
PY
  }
  if check_json_width "$columns"; then pass; else fail "COLUMNS=$columns: the source line fits"; fi
done
env -u COLUMNS "$DOCQC" check --fail-on none --select doubled-punctuation long.txt >"$WORK/stdout"
if check_json_width 100; then pass; else fail "not a terminal: 100 columns"; fi

# The HTML report shows a paragraph join as the joined text, not as bytes to replace.
run check --fail-on none --format html -o page.html "$REPO_ROOT/fixtures/structure/page-break.txt"
expect_status 0 "html report"
if python3 - page.html <<'PY'; then pass; else fail "html: the join's preview"; fi
import json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
payload = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S).group(1)
findings = json.loads(payload)["findings"]
joins = [f for f in findings if f["rule"] == "broken-paragraph"]
assert joins, [f["rule"] for f in findings]
preview = joins[0]["fix"]["preview"]
assert "市人\n\n社局" in preview["before"], preview
assert "市人社局" in preview["after"] and "\n" not in preview["after"], preview
PY

finish
