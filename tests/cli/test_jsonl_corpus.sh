#!/usr/bin/env bash
# Corpus mode: `check --input-format jsonl`. One record per document in input order, with
# findings located in the record's text (the same as checking that text as a file); bad
# records become error records and the run goes on; stdin, gzip and zstd give the same
# records; filters, --fix and cross-record duplicates.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# check_records FILE WHAT SCRIPT: runs SCRIPT with `records`, the JSON objects of FILE's lines.
check_records() {
  local file="$1" what="$2" script="$3" output
  if output="$(python3 -c "import json, sys
records = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
$script" "$file" 2>&1)"; then
    pass
  else
    fail "$what:"
    printf '%s\n' "$output" | tail -5 | sed 's/^/    /' >&2
  fi
}

cd "$WORK"
python3 - <<'PY'
import json
texts = [
    "天津市人民政府关于印发居住证管理办法的通知。\n现将办法印发给你们，请照此执行。\n",
    "第一条 通知锟斤拷如下\r\n第二条 天 津市人民政府负责组织实施。\r\n",
    "请于6月10日前完成辖区内地下空间、低洼地区和在建工地的防汛隐患排查，建立问题清单。\n\n各街道要加强值班值守，严格执行领导带班和二十四小时值班制度，确保信息畅通。\n",
    "\ufeff𠀀中文，，英文标点混用。\n",
]
lines = []
for i, text in enumerate(texts):
    lines.append(json.dumps({"id": f"doc-{i}", "text": text, "source": "test", "n": i},
                            ensure_ascii=False))
    with open(f"doc-{i}.txt", "w", encoding="utf-8", newline="") as f:
        f.write(text)
lines.insert(2, "this is not json")
lines.insert(3, "")
lines.append('{"id": "no-text"}')
lines.append('{"id": "num", "text": 12}')
# The third document again, under another id: a cross-record duplicate.
lines.append(json.dumps({"id": "copy", "text": texts[2]}, ensure_ascii=False))
with open("corpus.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(lines))  # no newline after the last record
PY

run check --input-format jsonl --id-field id --jobs 2 corpus.jsonl
expect_status 0 "bad records do not fail the run without --strict"
cp "$WORK/stdout" records.jsonl
check_records records.jsonl "one record per line, in input order, error records in place" "
import json
assert [r['line'] for r in records] == [1, 2, 3, 5, 6, 7, 8, 9], [r['line'] for r in records]
assert records[2] == {'line': 3, 'error': records[2]['error']} and 'not JSON' in records[2]['error']
assert records[5]['error'] == \"no field 'text'\", records[5]
assert 'not a string' in records[6]['error'], records[6]
good = [r for r in records if 'error' not in r]
assert [r['id'] for r in good] == ['doc-0', 'doc-1', 'doc-2', 'doc-3', 'copy']
for r in good:
    assert isinstance(r['quality'], int) and 0 <= r['quality'] <= 100, r
    assert set(r['counts']) == {'error', 'warning', 'info', 'categories'}, r['counts']
    assert r['counts']['error'] == sum(f['severity'] == 'error' for f in r['findings'])
assert good[0]['quality'] > good[1]['quality'], (good[0]['quality'], good[1]['quality'])
f = [f for f in good[1]['findings'] if f['text'] == '锟斤拷']
assert f and f[0]['line'] == 1 and f[0]['column'] == 7 and f[0]['byte_offset'] == 16, f
"
expect_contains "$WORK/stderr" "3 unreadable records" "a note counts the unreadable records"

# Each record's findings are the findings of its text checked as a file.
for i in 0 1 2 3; do
  run check --format json --fail-on none "doc-$i.txt"
  cp "$WORK/stdout" "file-$i.json"
  check_records records.jsonl "record doc-$i has the findings of doc-$i.txt" "
import json
record = [r for r in records if r.get('id') == 'doc-$i'][0]
report = json.load(open('file-$i.json', encoding='utf-8'))
def key(f, utf16):
    return (f['rule'], f['line'], f['column'], f['end_line'], f['end_column'], f['byte_offset'],
            f['byte_length'], f['text'], (f.get('fix') or {}).get('replacement'))
want = sorted(key(f, False) for f in report['findings'])
got = sorted(key(f, True) for f in record['findings'])
assert got == want, (got, want)
"
done
check_records records.jsonl "UTF-16 columns count a non-BMP character twice; a BOM is not a column" "
import json
r = records[4]
f = [f for f in r['findings'] if f['text'] == '，，']
assert f and f[0]['column'] == 4 and f[0]['utf16_column'] == 5 and f[0]['byte_offset'] == 13, r['findings']
"

# The same records from stdin, gzip, zstd, with --jobs 1, and into --output.
run check --input-format jsonl --id-field id --jobs 1 - <corpus.jsonl
expect_same records.jsonl "$WORK/stdout" "stdin and --jobs 1 give the same records"
gzip -c corpus.jsonl >corpus.jsonl.gz
run check --input-format jsonl --id-field id corpus.jsonl.gz
expect_same records.jsonl "$WORK/stdout" "gzip input gives the same records"
if command -v zstd >/dev/null; then
  zstd -q -c corpus.jsonl >corpus.jsonl.zst
  run check --input-format jsonl --id-field id corpus.jsonl.zst
  expect_same records.jsonl "$WORK/stdout" "zstd input gives the same records"
fi
run check --input-format jsonl --id-field id --output out.jsonl corpus.jsonl
expect_same records.jsonl out.jsonl "--output writes the same records"
head -c 40 corpus.jsonl.gz >truncated.jsonl.gz
expect_exit 2 "a truncated gzip stream is an I/O error" check --input-format jsonl truncated.jsonl.gz
expect_contains "$WORK/stderr" "truncated.jsonl.gz" "the error names the file"

# --strict, the default id, --keep-fields, --text-field.
expect_exit 2 "--strict: exit 2 after all records" \
  check --input-format jsonl --id-field id --strict corpus.jsonl
expect_same records.jsonl "$WORK/stdout" "--strict writes the same records"
run check --input-format jsonl --keep-fields source,n corpus.jsonl
check_records "$WORK/stdout" "the line number is the default id; kept fields follow it" "
import json
r = records[0]
assert list(r)[:4] == ['line', 'id', 'source', 'n'] and r['id'] == 1 and r['n'] == 0, r
"
expect_exit 2 "--keep-fields may not shadow a result key" \
  check --input-format jsonl --keep-fields quality corpus.jsonl
printf '{"body": "通知锟斤拷如下"}\n' >body.jsonl
run check --input-format jsonl --text-field body body.jsonl
expect_contains "$WORK/stdout" '"text":"锟斤拷"' "--text-field names the text"
expect_exit 2 "corpus mode writes only jsonl records" \
  check --input-format jsonl --format sarif corpus.jsonl

# Filters and the drop report.
run check --input-format jsonl --id-field id --min-quality 95 --drop-report drops.jsonl corpus.jsonl
check_records "$WORK/stdout" "--min-quality keeps good and error records only" "
import json
assert all('error' in r or r['quality'] >= 95 for r in records), records
assert any('error' in r for r in records)
"
check_records drops.jsonl "the drop report lists each dropped record and why" "
import json
drops = records
assert drops and all(d['quality'] < 95 and d['reason'].startswith('quality') for d in drops), drops
assert 'doc-1' in [d['id'] for d in drops]
"
run check --input-format jsonl --id-field id --max-errors 0 corpus.jsonl
check_records "$WORK/stdout" "--max-errors 0 drops records with an error finding" "
import json
assert all('error' in r or r['counts']['error'] == 0 for r in records)
assert 'doc-1' not in [r.get('id') for r in records]
"

# --fix: the text field carries the fixed text; the findings are those left.
cp corpus.jsonl before.jsonl
run check --input-format jsonl --id-field id --fix corpus.jsonl
check_records "$WORK/stdout" "--fix writes the fixed text and leaves the input alone" "
import json
r = [r for r in records if r.get('id') == 'doc-3'][0]
assert r['fixes'] >= 1 and '中文，英文' in r['text'] and '，，' not in r['text'], r
assert not [f for f in r['findings'] if f.get('fix', {}).get('safe')], r['findings']
"
expect_same before.jsonl corpus.jsonl "--fix never writes the input"

# --cross-file: duplicates across records name the other record.
run check --input-format jsonl --id-field id --cross-file corpus.jsonl
check_records "$WORK/stdout" "a repeated document names the first record" "
import json
copy = [r for r in records if r.get('id') == 'copy'][0]
dups = [f for f in copy['findings'] if f['rule'] == 'duplicate-document']
assert len(dups) == 1 and dups[0]['related'][0]['id'] == 'doc-2', copy['findings']
assert dups[0]['related'][0]['record_line'] == 5, dups
first = [r for r in records if r.get('id') == 'doc-2'][0]
assert not [f for f in first['findings'] if f['category'] == 'duplicate' and 'related' in f and 'id' in f['related'][0]]
"
run check --input-format jsonl --id-field id --cross-file --ignore duplicate-document corpus.jsonl
expect_contains "$WORK/stdout" '"rule":"cross-record-duplicate"' \
  "with the document rule ignored, the paragraphs are reported"

finish
