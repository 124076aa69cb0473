#!/usr/bin/env bash
# Which files a directory yields: *.txt, *.md, *.text by default, recursively and sorted;
# --include replaces the defaults, --exclude drops files and whole directories (a glob without
# '/' matches the name, one with '/' the path); explicit files are always checked.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
mkdir -p tree/sub/deep tree/skip tree/.hidden
for file in a.txt b.md c.text d.log e.TXT sub/f.txt sub/g.log sub/deep/h.md skip/i.txt \
  .hidden/j.txt; do
  printf '通知锟斤拷如下\n' >"tree/$file"
done

# expect_files WHAT 'python list of paths' ARGS...
expect_files() {
  local what="$1" expected="$2"
  shift 2
  run check --format json --fail-on none "$@"
  expect_status 0 "$what"
  check_json "$WORK/stdout" "$what" "
paths = [f['path'] for f in files]
assert paths == $expected, paths
assert {f['file'] for f in findings} == set(paths), 'every selected file is checked'
"
}

expect_files "default globs" \
  "['tree/.hidden/j.txt', 'tree/a.txt', 'tree/b.md', 'tree/c.text', 'tree/skip/i.txt', \
'tree/sub/deep/h.md', 'tree/sub/f.txt']" tree
expect_files "--include replaces the defaults" "['tree/d.log', 'tree/sub/g.log']" \
  tree --include '*.log'
expect_files "several --include" \
  "['tree/a.txt', 'tree/d.log', 'tree/sub/g.log']" tree --include '*.log' --include 'a.*'
expect_files "--include is case-sensitive" "['tree/e.TXT']" tree --include '*.TXT'
expect_files "--include with a path glob" \
  "['tree/sub/deep/h.md', 'tree/sub/f.txt', 'tree/sub/g.log']" tree --include 'sub/*'
expect_files "--exclude a file name glob" \
  "['tree/.hidden/j.txt', 'tree/a.txt', 'tree/c.text', 'tree/skip/i.txt', 'tree/sub/f.txt']" \
  tree --exclude '*.md'
expect_files "--exclude a directory by name" \
  "['tree/.hidden/j.txt', 'tree/a.txt', 'tree/b.md', 'tree/c.text']" tree --exclude sub \
  --exclude skip
expect_files "--exclude a directory by path" \
  "['tree/.hidden/j.txt', 'tree/a.txt', 'tree/b.md', 'tree/c.text', 'tree/skip/i.txt']" \
  tree --exclude 'tree/sub'
expect_files "--exclude a hidden directory" \
  "['tree/a.txt', 'tree/b.md', 'tree/c.text', 'tree/skip/i.txt', 'tree/sub/deep/h.md', \
'tree/sub/f.txt']" tree --exclude '.*'
expect_files "--include and --exclude together" "['tree/d.log']" \
  tree --include '*.log' --exclude 'sub'
expect_files "explicit files ignore the globs" "['tree/d.log', 'tree/e.TXT']" \
  tree/d.log tree/e.TXT --include '*.md'
expect_files "an empty directory" "[]" tree/sub/deep --include '*.nothing'

# Directory paths keep the user's spelling (./tree/..., absolute paths).
run check --format json --fail-on none ./tree/sub/deep
check_json "$WORK/stdout" "./ prefix is kept" "
assert [f['path'] for f in files] == ['./tree/sub/deep/h.md'], files
"
run check --format json --fail-on none "$WORK/tree/sub/deep"
check_json "$WORK/stdout" "absolute paths are kept" "
assert [f['path'] for f in files] == ['$WORK/tree/sub/deep/h.md'], files
"

# A symlink loop does not hang the walk (timeout is only a guard).
mkdir -p loop/inner
printf '通知锟斤拷如下\n' >loop/inner/k.txt
ln -s .. loop/inner/up
timeout 60 "$DOCQC" check --format json --fail-on none loop >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
if [ "$status" -eq 124 ]; then fail "a symlink loop hangs the directory walk"; else pass; fi
check_json "$WORK/stdout" "symlinked directories are not followed" "
assert [f['path'] for f in files] == ['loop/inner/k.txt'], files
"

finish
