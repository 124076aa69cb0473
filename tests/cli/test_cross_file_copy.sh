#!/usr/bin/env bash
# check --cross-file on a file that copies another as a whole: one finding on the copy (the
# file later in path order) with every copied paragraph as a related location, in every
# format and for any --jobs; a partial copy keeps one finding per paragraph; a cross-file
# rule selected without --cross-file says on stderr why it found nothing.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
defer_json_checks
cd "$WORK"
mkdir docs

# paragraph N: long enough to count (min_chars 30), each different
paragraph() {
  printf '第%s条 区人民政府应当按照每百户不低于三十平方米的标准配置社区综合服务设施，并向社会公开。\n\n' "$1"
}
{
  printf '关于社区综合服务设施建设的规定\n\n'
  for n in $(seq 1 12); do paragraph "$n"; done
} >docs/a.txt
cp docs/a.txt docs/b.txt # an identical copy
# a near-identical copy: one paragraph of twelve rewritten, another title
{
  printf '社区综合服务设施建设规定（转载）\n\n'
  for n in 1 2 3 4 5 6 99 8 9 10 11 12; do paragraph "$n"; done
} >docs/d.txt
# a partial copy: three of a's paragraphs among its own
{
  printf '关于养老服务设施的通知\n\n'
  paragraph 2
  paragraph 3
  printf '养老服务设施应当与住宅同步规划、同步建设、同步验收、同步交付使用，不得挪作他用。\n\n'
  paragraph 7
} >docs/c.txt

run check --format json --fail-on none --cross-file --jobs 1 --select cross-file-duplicate docs
expect_status 0 "check --cross-file"
cp stdout one.json
check_json one.json "the identical copy is one finding with every paragraph related" "
b = [f for f in findings if f['file'] == 'docs/b.txt']
assert len(b) == 1, [f['message'] for f in b]
assert b[0]['message'] == 'this file duplicates docs/a.txt (12 of its 12 paragraphs); expected one copy', b[0]['message']
assert (b[0]['line'], b[0]['column']) == (3, 1), b[0]
related = b[0]['related']
assert len(related) == 12, len(related)
assert all(r['file'] == 'docs/a.txt' for r in related), related
assert [r['line'] for r in related] == list(range(3, 27, 2)), related
assert related[1]['message'] == 'first copy of line 5', related[1]
"
check_json one.json "the near-identical copy is one finding, its rewritten paragraph left out" "
d = [f for f in findings if f['file'] == 'docs/d.txt']
assert len(d) == 1, [f['message'] for f in d]
assert '(11 of its 12 paragraphs)' in d[0]['message'], d[0]['message']
assert len(d[0]['related']) == 11
assert 'first copy of line 15' not in [r['message'] for r in d[0]['related']]
"
check_json one.json "the partial copy keeps one finding per copied paragraph" "
c = [f for f in findings if f['file'] == 'docs/c.txt']
assert [(f['line'], len(f['related'])) for f in c] == [(3, 1), (5, 1), (9, 1)], c
assert all(f['message'].startswith('paragraph repeats docs/a.txt:') for f in c), c
assert not [f for f in findings if f['file'] == 'docs/a.txt']
"
run check --format json --fail-on none --cross-file --jobs 4 --select cross-file-duplicate docs
expect_same one.json stdout "--jobs 1 and --jobs 4"

run check --format sarif --fail-on none --cross-file --select cross-file-duplicate docs
if python3 - stdout <<'PY'; then pass; else fail "SARIF: one result on b.txt with 12 related locations"; fi
import json, sys
run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
results = [r for r in run["results"]
           if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("b.txt")]
assert len(results) == 1, len(results)
related = results[0]["relatedLocations"]
assert len(related) == 12, len(related)
assert related[0]["physicalLocation"]["artifactLocation"]["uri"].endswith("a.txt"), related[0]
assert related[0]["physicalLocation"]["region"]["startLine"] == 3, related[0]
PY

run check --cross-file --select cross-file-duplicate docs/a.txt docs/b.txt
expect_line stdout "docs/b.txt:3:1: warning: this file duplicates docs/a.txt (12 of its 12 paragraphs); expected one copy [cross-file-duplicate]" "text: the finding"
expect_line stdout "     note: docs/a.txt:3:1: first copy of line 3" "text: the first related place"
expect_line stdout "     note: and 7 more related locations (--format json lists them all)" "text: the rest counted"

# Without --cross-file: nothing compared, and a note says why.
run check --fail-on none --select cross-file-duplicate docs
expect_line stderr "docqc: note: cross-file-duplicate compares files with each other and runs only with --cross-file" "the note"
[ "$(wc -l <stderr)" -eq 1 ] && pass || fail "the note is one line: $(cat stderr)"
expect_line stdout "0 errors, 0 warnings, 0 infos in 0 of 4 files checked" "nothing found"
run check --fail-on none --quiet --select cross-file-duplicate docs
expect_empty stderr "--quiet: no note"
# the default rules (which hold the cross-file rule) and a category say nothing
run check --fail-on none docs
expect_empty stderr "default rules: no note"
run check --fail-on none --select duplicate docs
expect_empty stderr "--select duplicate: no note"
run check --fail-on none --cross-file --select cross-file-duplicate docs
expect_empty stderr "with --cross-file: no note"
# a config that selects it says so too
mkdir configured && cp docs/a.txt docs/b.txt configured/
printf 'select: [cross-file-duplicate, doubled-punctuation]\n' >configured/.docqc.yaml
run_in configured check --fail-on none .
expect_line stderr "docqc: note: cross-file-duplicate compares files with each other and runs only with --cross-file" "the note for a config's select"
# JSONL records: the cross-record rules need --cross-file; the file-to-file rule never runs
printf '{"text":"%s"}\n{"text":"%s"}\n' "$(paragraph 1 | head -1)" "$(paragraph 1 | head -1)" >records.jsonl
run check --input-format jsonl --select duplicate-document records.jsonl
expect_line stderr "docqc: note: duplicate-document compares records with each other and runs only with --cross-file" "JSONL: the note"
run check --input-format jsonl --cross-file --select duplicate-document records.jsonl
expect_empty stderr "JSONL with --cross-file: no note"
expect_contains stdout '"rule":"duplicate-document"' "JSONL with --cross-file: the duplicate record"
run check --input-format jsonl --cross-file --select cross-file-duplicate records.jsonl
expect_contains stderr "cross-file-duplicate compares files and does not run on JSONL records" "JSONL: the file rule's note"

finish
