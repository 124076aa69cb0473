#!/usr/bin/env bash
# bench/kinds.sh [DOCQC] [COPIES]: time per MB of each rule of the duplicate, structure,
# metric, script, pinyin, mojibake, pair and consistency kinds (and all default rules
# together), on one core.
#
# The input is COPIES (default 100) copies of each ../shared/corpus file plus the
# debian-reference-zh-cn manual when installed, as separate files (each rule works per
# document). Every rule runs alone with --jobs 1 and is timed in CPU seconds; the time of a run with no rule selected
# but the cheapest one (decoding, document model, output) is subtracted, so the figure is
# what the rule itself costs. Not a test: ctest never runs it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docqc="${1:-$root/build/docqc}"
copies="${2:-100}"
corpus="$root/../shared/corpus"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do
  for f in "$corpus"/*.txt; do
    cp "$f" "$work/$(basename "$f" .txt)-$i.txt"
  done
done
manual=/usr/share/debian-reference/debian-reference.zh-cn.txt.gz
if [ -f "$manual" ]; then
  for i in $(seq 1 $((copies / 10 + 1))); do
    zcat "$manual" >"$work/debian-reference-$i.txt"
  done
fi
bytes="$(cat "$work"/*.txt | wc -c)"
mb="$(python3 -c "print($bytes / 1e6)")"
echo "input: $(ls "$work" | wc -l) files, $mb MB"

# CPU seconds (user + system) of one run: steadier than wall time on a shared machine.
seconds() {
  local times
  times="$( { /usr/bin/time -f "%U %S" "$docqc" check --jobs 1 --format json --fail-on none \
    "$@" "$work" >/dev/null; } 2>&1 | tail -1)"
  python3 -c "u, s = '$times'.split(); print(float(u) + float(s))"
}
base="$(seconds --select url-only-line)"
printf '%-28s %8.3f s\n' "baseline (url-only-line)" "$base"
for rule in duplicate-paragraph near-duplicate-paragraph resplit-duplicate repeated-lines \
  broken-paragraph spliced-content low-quality-document \
  traditional-in-simplified simplified-in-traditional mixed-script-word compatibility-ideograph \
  mixed-alnum-width pinyin-annotation mojibake-latin1 mojibake-codepage question-mark-run \
  stray-symbol-in-word unmatched-bracket inconsistent-quote-style digit-cjk-spacing; do
  t="$(seconds --select "$rule")"
  python3 -c "t=$t-$base; print(f'{\"$rule\":28s} {t:8.3f} s  {t * 1000 / $mb:6.2f} ms/MB')"
done
# Every copy repeats every paragraph of the first one: a worst case for the cross-file pass
# (one finding per paragraph, every file decoded again to locate them).
t="$(seconds --cross-file --select cross-file-duplicate)"
python3 -c "t=$t-$base; print(f'{\"cross-file-duplicate\":28s} {t:8.3f} s  {t * 1000 / $mb:6.2f} ms/MB')"
t="$(seconds)"
python3 -c "print(f'{\"all default rules\":28s} {$t:8.3f} s  {$mb / $t:6.1f} MB/s')"
