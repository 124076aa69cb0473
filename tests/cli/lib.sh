# Helpers for the black-box CLI tests (tests/cli/test_*.sh). Not a test itself: ctest only
# registers test_*.sh. Usage, at the top of a test:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
#
# Then $DOCQC is the absolute path of the binary under test, $WORK a fresh temporary directory
# (removed on exit), and the helpers below record failures; `finish` prints a summary and
# exits non-zero when any check failed. Every check says what it expected and what it got.
set -uo pipefail

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
  echo "usage: $0 PATH/TO/docqc (got '${1:-}')" >&2
  exit 2
fi
DOCQC="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TEST_NAME="$(basename "$0" .sh)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/docqc-${TEST_NAME}.XXXXXX")"
# chmod first: a test may leave an unreadable file behind.
trap 'chmod -R u+rwX "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
export NO_COLOR=1
export LC_ALL=C.UTF-8

_failures=0
_checks=0

fail() {
  _failures=$((_failures + 1))
  echo "FAIL [$TEST_NAME]: $*" >&2
}

pass() {
  _checks=$((_checks + 1))
}

skip() {
  echo "SKIP [$TEST_NAME]: $*" >&2
}

# run ARGS...: runs docqc; sets $status and leaves its output in $WORK/stdout, $WORK/stderr.
run() {
  "$DOCQC" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
  status=$?
}

# run_in DIR ARGS...: like run, from DIR (paths in the output are then relative to DIR).
run_in() {
  local dir="$1"
  shift
  (cd "$dir" && "$DOCQC" "$@") >"$WORK/stdout" 2>"$WORK/stderr"
  status=$?
}

# expect_status CODE WHAT: checks the exit status of the last run.
expect_status() {
  if [ "$status" -eq "$1" ]; then
    pass
  else
    fail "$2: expected exit $1, got $status"
    sed 's/^/    stderr: /' "$WORK/stderr" | head -5 >&2
  fi
}

# expect_exit CODE WHAT ARGS...: run ARGS, then expect_status.
expect_exit() {
  local code="$1" what="$2"
  shift 2
  run "$@"
  expect_status "$code" "$what"
}

# expect_line FILE LINE WHAT: FILE has a line exactly equal to LINE.
expect_line() {
  if grep -qxF -- "$2" "$1"; then
    pass
  else
    fail "$3: expected the line '$2' in $(basename "$1"), got:"
    head -5 "$1" | sed 's/^/    /' >&2
  fi
}

# expect_contains FILE TEXT WHAT: FILE contains TEXT somewhere.
expect_contains() {
  if grep -qF -- "$2" "$1"; then
    pass
  else
    fail "$3: expected '$2' in $(basename "$1"), got:"
    head -5 "$1" | sed 's/^/    /' >&2
  fi
}

# expect_empty FILE WHAT
expect_empty() {
  if [ ! -s "$1" ]; then
    pass
  else
    fail "$2: expected $(basename "$1") to be empty, got:"
    head -5 "$1" | sed 's/^/    /' >&2
  fi
}

# expect_same FILE1 FILE2 WHAT: byte-identical files.
expect_same() {
  if cmp -s "$1" "$2"; then
    pass
  else
    fail "$3: $(basename "$1") and $(basename "$2") differ:"
    diff -u "$1" "$2" | head -20 | sed 's/^/    /' >&2
  fi
}

# The preamble of every check_json script: `report` is the parsed JSON document, `findings`
# its findings; helpers for the common questions.
_JSON_PREAMBLE='
import json, sys, codecs
report = json.load(open(sys.argv[1], encoding="utf-8"))
findings = report["findings"]
files = report["files"]

def brief(f):
    return (f["rule"], f["line"], f["column"], f["end_line"], f["end_column"], f["text"])

def rules_of(fs=None):
    return [f["rule"] for f in (findings if fs is None else fs)]

def python_codec(name):
    aliases = {"windows-950-2000": "cp950", "UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be"}
    return codecs.lookup(aliases.get(name, name)).name

def check_slices(base="."):
    import os
    # Every finding span, cut from the original bytes at byte_offset/byte_length and decoded
    # with the reported encoding, is the finding text: locations point into the file on disk.
    encodings = {f["path"]: f["encoding"] for f in files}
    for f in findings:
        if f["rule"] in ("invalid-bytes", "encoding-detected"):
            continue
        data = open(os.path.join(base, f["file"]), "rb").read()
        cut = data[f["byte_offset"]:f["byte_offset"] + f["byte_length"]]
        text = cut.decode(python_codec(encodings[f["file"]]))
        assert text == f["text"], ("span of", brief(f), "in the original bytes is", repr(text))
'

# check_json FILE WHAT PYTHON: runs PYTHON (asserts) with the report in FILE loaded. After
# `defer_json_checks`, the check is queued instead (FILE copied as it is now, the current
# directory noted) and `finish` runs every queued check in one Python process: a Python
# start costs more than a docqc run. Only for tests whose scripts read files that do not
# change after the check is queued.
_defer_json=0
_deferred=0
defer_json_checks() {
  _defer_json=1
  mkdir -p "$WORK/.deferred"
}

check_json() {
  local file="$1" what="$2" script="$3"
  local output
  if [ "$_defer_json" -eq 1 ]; then
    _deferred=$((_deferred + 1))
    local base="$WORK/.deferred/$(printf '%04d' "$_deferred")"
    cp "$file" "$base.json"
    printf '%s' "$what" >"$base.what"
    printf '%s' "$script" >"$base.py"
    pwd >"$base.cwd"
    return
  fi
  if output="$(python3 -c "${_JSON_PREAMBLE}${script}" "$file" 2>&1)"; then
    pass
  else
    fail "$what:"
    printf '%s\n' "$output" | tail -5 | sed 's/^/    /' >&2
  fi
}

# Runs the queued checks, each in a fresh namespace, from the directory it was queued in.
_run_deferred_json_checks() {
  [ "$_deferred" -eq 0 ] && return
  local counts
  counts="$(python3 - "$WORK/.deferred" "$TEST_NAME" "$_JSON_PREAMBLE" <<'PY'
import glob, os, sys, traceback
queue, test, preamble = sys.argv[1], sys.argv[2], sys.argv[3]
passed = failed = 0
for base in sorted(p[:-5] for p in glob.glob(os.path.join(queue, "*.json"))):
    what = open(base + ".what", encoding="utf-8").read()
    code = preamble + open(base + ".py", encoding="utf-8").read()
    os.chdir(open(base + ".cwd", encoding="utf-8").read().strip())
    sys.argv = ["check_json", base + ".json"]
    try:
        exec(compile(code, what, "exec"), {"__name__": "__check__"})
        passed += 1
    except BaseException:
        failed += 1
        lines = traceback.format_exc().rstrip().split("\n")[-5:]
        print(f"FAIL [{test}]: {what}:", file=sys.stderr)
        for line in lines:
            print("    " + line, file=sys.stderr)
print(passed, failed)
PY
)"
  if ! [[ "$counts" =~ ^[0-9]+\ [0-9]+$ ]]; then
    fail "the deferred JSON checks did not run (got '$counts')"
    return
  fi
  _checks=$((_checks + ${counts% *}))
  _failures=$((_failures + ${counts#* }))
}

# sample_simplified FILE: a short simplified-Chinese notice (UTF-8, LF) with a web-chrome
# warning and one info (a URL-only line), but no error. Its half-width commas are the
# document's majority and its space between 常住 and 人口 is a single space between words, so
# the style rules that follow the document leave both alone. (The space after 第一条 is
# layout, no finding.)
sample_simplified() {
  cat >"$1" <<'TEXT'
天津市人民政府关于印发居住证管理办法的通知
各区人民政府,各委、局,各直属单位:
现将《天津市居住证管理办法》印发给你们,请照此执行。
第一条 为了推进新型城镇化，促进有能力在城镇稳定就业和生活的常住 人口有序实现市民化。
本文链接:http://www.tj.gov.cn/zwgk/index.html
http://www.tj.gov.cn/
TEXT
}

# sample_traditional FILE: the same in traditional characters (every one of them is in Big5).
sample_traditional() {
  cat >"$1" <<'TEXT'
臺北市政府關於印發居住證管理辦法的通知
各區人民政府,各委員會、局,各直屬單位:
現將《臺北市居住證管理辦法》印發給你們,請照此執行。
第一條 為了推進新型城鎮化，促進有能力在城鎮穩定就業和生活的常住 人口有序實現市民化。
本文鏈接:http://www.gov.taipei/zwgk/index.html
http://www.gov.taipei/
TEXT
}

# finish: runs the deferred JSON checks, prints the verdict; the exit status of the test.
finish() {
  _run_deferred_json_checks
  if [ "$_failures" -ne 0 ]; then
    echo "$TEST_NAME: $_failures of $((_checks + _failures)) checks failed" >&2
    exit 1
  fi
  echo "$TEST_NAME: all $_checks checks passed"
  exit 0
}
