#!/usr/bin/env bash
# Determinism: the same input gives byte-identical output across runs and whatever --jobs
# is; files are sorted by path and findings by line, column and rule; --output FILE writes
# exactly what stdout would show.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
mkdir -p docs/b docs/a
sample_simplified docs/a/notice.txt
sample_traditional docs/b/notice-tw.txt
sample_simplified docs/z-last.md
iconv -f UTF-8 -t GB18030 docs/a/notice.txt >docs/a/notice-gb.txt
sed 's/$/\r/' docs/a/notice.txt >docs/b/notice-crlf.txt
for i in $(seq 1 12); do
  {
    for _ in $(seq 1 "$i"); do printf '第%d条 天津市,人民政府锟斤拷通知。。\n' "$i"; done
    printf 'http://www.tj.gov.cn/%d.html\n' "$i"
  } >"docs/file-$(printf '%02d' "$i").txt"
done
if [ -d "$REPO_ROOT/../shared/corpus" ]; then
  cp "$REPO_ROOT"/../shared/corpus/*.txt docs/ 2>/dev/null || true
fi

for format in json text; do
  run check --format "$format" --fail-on none --jobs 1 docs
  expect_status 0 "$format, --jobs 1"
  cp "$WORK/stdout" "jobs1.$format"
  for jobs in 4 16; do
    run check --format "$format" --fail-on none --jobs "$jobs" docs
    cp "$WORK/stdout" "jobs$jobs.$format"
    expect_same "jobs1.$format" "jobs$jobs.$format" "$format output with --jobs 1 and --jobs $jobs"
  done
  run check --format "$format" --fail-on none docs
  cp "$WORK/stdout" "default-jobs.$format"
  expect_same "jobs1.$format" "default-jobs.$format" "$format output with the default --jobs"
  run check --format "$format" --fail-on none --jobs 4 docs
  cp "$WORK/stdout" "again.$format"
  expect_same "jobs4.$format" "again.$format" "$format output of two identical runs"
done

check_json jobs1.json "files and findings are sorted" "
paths = [f['path'] for f in files]
assert paths == sorted(paths), paths
assert len(paths) >= 17, paths
order = [(f['file'], f['line'], f['column']) for f in findings]
assert order == sorted(order), 'findings out of order'
assert report['summary']['files'] == len(files), report['summary']
assert report['summary']['findings'] == len(findings), report['summary']
"

# Paths in a different order on the command line give the same report.
run check --format json --fail-on none --jobs 3 docs/z-last.md docs/b docs/a docs/file-*.txt
cp "$WORK/stdout" shuffled.json
run check --format json --fail-on none --jobs 3 docs/a docs/b docs/file-*.txt docs/z-last.md
expect_same shuffled.json "$WORK/stdout" "command-line order does not matter"

# --output FILE: the same bytes as stdout, the same exit code, nothing on stdout.
run check --format json --jobs 2 docs
expected_status=$status
cp "$WORK/stdout" stdout.json
run check --format json --jobs 2 --output report.json docs
expect_status "$expected_status" "--output keeps the exit code"
expect_empty "$WORK/stdout" "--output writes nothing to stdout"
expect_same stdout.json report.json "--output FILE has the stdout bytes"
run check --jobs 2 --color never -o report.txt docs
run check --jobs 2 --color never --fail-on none docs
expect_same "$WORK/stdout" report.txt "--output with the text format"
if grep -q $'\033' report.txt; then fail "--output text contains colour codes"; else pass; fi
# An existing file is replaced, and no temporary file is left behind.
printf 'old content that is longer than nothing\n' >replace.json
run check --format json -o replace.json docs/a/notice.txt
run check --format json docs/a/notice.txt
expect_same "$WORK/stdout" replace.json "--output replaces an existing file"
leftovers=$(find . -maxdepth 1 -name '*tmp*' | wc -l)
if [ "$leftovers" -eq 0 ]; then pass; else fail "--output left temporary files: $(ls ./*tmp*)"; fi

finish
