#!/usr/bin/env bash
# test_fix.sh DOCQC: --fix, --unsafe-fixes and --diff. Fixes converge (a tripled mark needs
# two rounds) and are idempotent; BOM, CRLF, permissions and a non-UTF-8 encoding are kept;
# --diff writes nothing; a crash half-way leaves each file untouched or fully fixed.
set -uo pipefail
docqc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
: "${DOCQC_CRASH_SHIM:?the crash shim (ctest sets it: tests/support/crash_at_write.cpp)}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { "$docqc" check --no-config --quiet --fail-on none "$@"; }

# UTF-8 with BOM and CRLF, mode 640.
printf '\xEF\xBB\xBF第一条，，，本办法适用于全市,自发布之日起施行。\r\n中 国\x01人民\r\n' >a.txt
chmod 640 a.txt
# (the half-width comma follows the document's style: an unsafe fix)
printf '\xEF\xBB\xBF第一条，本办法适用于全市,自发布之日起施行。\r\n中 国人民\r\n' >a.expected
cp a.txt a.orig
diff_out="$("$docqc" check --no-config --diff a.txt)"
status=$?
[ $status -eq 1 ] || { echo "FAIL: --diff should exit 1 when it has changes (got $status)"; fail=1; }
cmp -s a.txt a.orig || { echo "FAIL: --diff wrote the file"; fail=1; }
printf '%s\n' "$diff_out" | grep -q '^+++ b/a.txt' || { echo "FAIL: --diff output: $diff_out"; fail=1; }
check --fix a.txt >/dev/null 2>&1
cmp -s a.txt a.expected || { echo "FAIL: --fix result:"; od -c a.txt | head; fail=1; }
[ "$(stat -c %a a.txt)" = "640" ] || { echo "FAIL: permissions not kept"; fail=1; }
cp a.txt a.once
check --fix a.txt >/dev/null 2>&1
cmp -s a.txt a.once || { echo "FAIL: a second --fix changed the file"; fail=1; }
"$docqc" check --no-config --diff a.txt >/dev/null
[ $? -eq 0 ] || { echo "FAIL: --diff after --fix should find nothing"; fail=1; }
check --unsafe-fixes a.txt >/dev/null 2>&1
[ "$(tail -c +4 a.txt | sed -n 2p)" = $'中国人民\r' ] || { echo "FAIL: --unsafe-fixes"; fail=1; }
[ "$(tail -c +4 a.txt | sed -n 1p)" = $'第一条，本办法适用于全市，自发布之日起施行。\r' ] ||
  { echo "FAIL: --unsafe-fixes (comma)"; fail=1; }
[ -z "$(ls -A | grep docqc-)" ] || { echo "FAIL: temporary files left"; ls -A; fail=1; }

# GB18030 stays GB18030, byte for byte outside the fixes.
printf '第一条，，本办法适用于全市。\n第二条 生活性服务业。\n' | iconv -f UTF-8 -t GB18030 >gb.txt
check --fix gb.txt >/dev/null 2>&1
if iconv -f UTF-8 -t UTF-8 gb.txt >/dev/null 2>&1; then
  echo "FAIL: the GB18030 file was rewritten as UTF-8"; fail=1
fi
[ "$(iconv -f GB18030 -t UTF-8 gb.txt)" = $'第一条，本办法适用于全市。\n第二条 生活性服务业。' ] ||
  { echo "FAIL: GB18030 result: $(iconv -f GB18030 -t UTF-8 gb.txt)"; fail=1; }

# A crash while writing the second of three files: the first is fully fixed, the others
# untouched, whatever state the temporary file was in.
for n in 1 2 3; do printf '第%s条，，内容,结束。\n' "$n" >"c$n.txt"; cp "c$n.txt" "c$n.orig"; done
# The shim (tests/support/crash_at_write.cpp, built by ctest's build) does the crashing; a
# sanitizer runtime in the binary accepts a preloaded library before it with this option.
DOCQC_CRASH_AT_WRITE=2 LD_PRELOAD="$DOCQC_CRASH_SHIM" \
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" "$docqc" check --no-config --quiet --fix --jobs 1 c1.txt c2.txt c3.txt >/dev/null 2>&1
status=$?
[ $status -eq 86 ] || { echo "FAIL: the crash shim did not fire (exit $status)"; fail=1; }
[ "$(cat c1.txt)" = "第1条，内容,结束。" ] || { echo "FAIL: c1 not fully fixed: $(cat c1.txt)"; fail=1; }
cmp -s c2.txt c2.orig || { echo "FAIL: c2 half-written"; fail=1; }
cmp -s c3.txt c3.orig || { echo "FAIL: c3 touched"; fail=1; }
rm -f .c*.docqc-*  # what the crash left behind
check --fix c1.txt c2.txt c3.txt >/dev/null 2>&1
for n in 1 2 3; do
  [ "$(cat c$n.txt)" = "第${n}条，内容,结束。" ] || { echo "FAIL: c$n after the rerun"; fail=1; }
done

# Standard input: --diff works, --fix refuses.
stdin_diff="$(printf '甲，，乙\n' | "$docqc" check --no-config --diff -)"
printf '%s\n' "$stdin_diff" | grep -q '^+甲，乙$' || { echo "FAIL: --diff on stdin: $stdin_diff"; fail=1; }
printf '甲，，乙\n' | "$docqc" check --no-config --fix - >/dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: --fix on stdin should be a usage error"; fail=1; }
exit $fail
