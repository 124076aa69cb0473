#!/usr/bin/env bash
# Regression: `check --fix --cross-file a b` reported each cross-file duplicate once per fix
# round (the cross-file rules remembered every round's copy of each file), and
# `check a.txt a.txt .` checked a.txt three times (each finding reported three times).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cp "$REPO_ROOT"/fixtures/duplicate/cross-file/notice-*.txt "$WORK"/
cd "$WORK"
run check --format json --fail-on none --cross-file --select cross-file-duplicate \
  notice-a.txt notice-b.txt
cp stdout plain.json
check_json plain.json "one cross-file duplicate without --fix" "
assert [f['rule'] for f in findings] == ['cross-file-duplicate'], findings
"
run check --fix --format json --fail-on none --cross-file --select cross-file-duplicate \
  notice-a.txt notice-b.txt
check_json "$WORK/stdout" "--fix does not repeat it per fix round" "
assert [f['rule'] for f in findings] == ['cross-file-duplicate'], findings
"

run check --format json --fail-on none notice-a.txt
cp stdout once.json
run check --format json --fail-on none notice-a.txt notice-a.txt ./notice-a.txt .
check_json "$WORK/stdout" "a file named three times and inside . is checked once" "
import json
once = json.load(open('once.json'))
files = [f['path'] for f in report['files']]
assert files.count('notice-a.txt') == 1 and len(files) == 2, files
mine = [f for f in findings if f['file'] == 'notice-a.txt']
assert len(mine) == len(once['findings']), (len(mine), len(once['findings']))
"

finish
