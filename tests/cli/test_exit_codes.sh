#!/usr/bin/env bash
# Exit codes: 0 when no finding is at or above --fail-on, 1 when one is (for every level,
# including none), 2 for usage, configuration and I/O errors.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
printf '天津市人民政府关于印发居住证管理办法的通知。\n' >clean.txt
printf 'http://www.tj.gov.cn/zwgk/index.html\n' >info.txt   # url-only-line: info
printf '天 津 市人民政府\n' >warning.txt                     # space-between-cjk: warning
printf '通知锟斤拷如下\n' >error.txt                        # garbage-placeholder-run: error

# Each file has exactly the one severity its name says.
for severity in info warning error; do
  run check --format json --fail-on none "$severity.txt"
  check_json "$WORK/stdout" "$severity.txt has only $severity findings" "
assert findings, 'no findings'
assert {f['severity'] for f in findings} == {'$severity'}, [brief(f) for f in findings]
"
done

# fail-on level x highest severity in the file -> expected exit code.
declare -A expected=(
  [error:clean]=0 [error:info]=0 [error:warning]=0 [error:error]=1
  [warning:clean]=0 [warning:info]=0 [warning:warning]=1 [warning:error]=1
  [info:clean]=0 [info:info]=1 [info:warning]=1 [info:error]=1
  [none:clean]=0 [none:info]=0 [none:warning]=0 [none:error]=0
)
for level in error warning info none; do
  for file in clean info warning error; do
    for format in text json; do
      expect_exit "${expected[$level:$file]}" "--fail-on $level on $file.txt ($format)" \
        check --format "$format" --fail-on "$level" "$file.txt"
    done
  done
done

# The default is --fail-on error.
expect_exit 0 "default --fail-on with a warning" check warning.txt
expect_exit 1 "default --fail-on with an error" check error.txt
# The worst file decides when several are checked.
expect_exit 1 "clean + error files" check clean.txt error.txt
expect_exit 0 "clean + warning files" check clean.txt warning.txt
# Selection changes what counts.
expect_exit 0 "--ignore the error's category" check --ignore garbled error.txt
expect_exit 0 "--ignore the error's rule id" check --ignore garbage-placeholder-run error.txt
expect_exit 1 "--select the error's category" check --select garbled error.txt
expect_exit 0 "--select another category" check --select spacing error.txt

# Usage errors: 2.
expect_exit 2 "no subcommand"
expect_exit 2 "unknown subcommand" frobnicate
expect_exit 2 "check without a path" check
expect_exit 2 "unknown option" check --no-such-option clean.txt
expect_exit 2 "--fail-on with a bad level" check --fail-on sometimes clean.txt
expect_exit 2 "--format with a bad name" check --format yaml clean.txt
expect_exit 2 "--color with a bad value" check --color sometimes clean.txt
expect_exit 2 "--jobs that is not a number" check --jobs many clean.txt

expect_exit 2 "unknown --select name" check --select no-such-rule clean.txt
expect_contains "$WORK/stderr" "unknown rule id or category 'no-such-rule'" "unknown --select name"
expect_empty "$WORK/stdout" "unknown --select name prints no report"
expect_exit 2 "unknown --ignore name" check --ignore spaceing clean.txt
expect_contains "$WORK/stderr" "unknown rule id or category 'spaceing'" "unknown --ignore name"
expect_exit 2 "one unknown name in a --select list" check --select spacing,bogus clean.txt

expect_exit 2 "unknown --encoding" check --encoding no-such-charset clean.txt
expect_contains "$WORK/stderr" "unknown encoding 'no-such-charset'" "unknown --encoding"
expect_empty "$WORK/stdout" "unknown --encoding prints no report"

# I/O errors: 2, and they win over findings; the readable files are still reported.
expect_exit 2 "missing path" check does-not-exist.txt
expect_contains "$WORK/stderr" "does-not-exist.txt" "missing path is named"
expect_exit 2 "missing path next to a file with errors" check --format json error.txt missing.txt
check_json "$WORK/stdout" "the readable file is still checked" "
assert rules_of() == ['garbage-placeholder-run'], rules_of()
"
expect_exit 2 "missing --rules file" check --rules does-not-exist.yaml clean.txt
expect_exit 2 "--output into a missing directory" check -o no-such-dir/report.json clean.txt

cp warning.txt unreadable.txt
chmod 000 unreadable.txt
if cat unreadable.txt >/dev/null 2>&1; then
  skip "unreadable path: running as $(id -un), chmod 000 does not block reads here"
else
  expect_exit 2 "unreadable path" check unreadable.txt
  expect_contains "$WORK/stderr" "unreadable.txt" "unreadable path is named"
  expect_exit 2 "unreadable path with --fail-on none" check --fail-on none unreadable.txt
  mkdir walk
  cp clean.txt walk/clean.txt
  mv unreadable.txt walk/unreadable.txt
  expect_exit 2 "unreadable file found by a directory walk" check --fail-on none walk
  expect_contains "$WORK/stderr" "unreadable.txt" "unreadable file in a walk is named"
  mv walk/unreadable.txt unreadable.txt
fi
chmod 644 unreadable.txt

finish
