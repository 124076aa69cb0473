#!/usr/bin/env bash
# test_script_debian_reference.sh DOCQC: the plain-text Debian Reference manuals, one in simplified
# (zh-cn) and one in traditional Chinese (zh-tw), are clean text: they must give almost no
# `script` or `garbled` findings (at most 1 per 100,000 characters), and the variant tables
# must classify their characters as the right variant (precision of rules/data/zh-*-only.txt
# on real text). Prints the counts. Skipped when debian-reference-zh-cn/-zh-tw are absent.
set -euo pipefail
docqc="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ ! -f /usr/share/debian-reference/debian-reference.zh-cn.txt.gz ] &&
  [ ! -f /usr/share/debian-reference/debian-reference.zh-tw.txt.gz ]; then
  echo "skipped: debian-reference-zh-cn and -zh-tw are not installed"
  exit 77  # ctest: skipped
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for lang in zh-cn zh-tw; do
  manual=/usr/share/debian-reference/debian-reference.$lang.txt.gz
  if [ ! -f "$manual" ]; then
    echo "skipped: $manual is not installed (package debian-reference-$lang)"
    continue
  fi
  text="$work/$lang.txt"
  zcat "$manual" >"$text"
  "$docqc" check --format json --fail-on none --select script --select garbled \
    --output "$work/$lang.json" "$text"
  python3 - "$lang" "$root/rules/data" "$text" "$work/$lang.json" <<'PY' || status=1
import collections, json, sys
lang, data, path, report_path = sys.argv[1:5]
with open(report_path, encoding="utf-8") as f:
    report = json.load(f)
characters = report["files"][0]["characters"]
counts = collections.Counter(f["rule"] for f in report["findings"])
total = sum(counts.values())
per_100k = total * 100000 / characters
print(f"{lang}: {characters} characters, {total} script/garbled findings "
      f"({per_100k:.2f} per 100,000): {dict(sorted(counts.items()))}")
for finding in report["findings"][:5]:
    print(f"  {finding['line']}:{finding['column']}: {finding['message']} [{finding['rule']}]")

def chars(name):
    with open(f"{data}/{name}", encoding="utf-8") as f:
        return {line[0] for line in f if not line.startswith("#")}
hans, hant = chars("zh-hans-only.txt"), chars("zh-hant-only.txt")
text = open(path, encoding="utf-8").read()
s = sum(1 for c in text if c in hans)
t = sum(1 for c in text if c in hant)
right = s if lang == "zh-cn" else t
precision = right / (s + t)
print(f"{lang}: variant-only characters {s + t}, of the expected variant {precision:.5f}")
ok = per_100k <= 1.0 and precision >= 0.999
sys.exit(0 if ok else 1)
PY
done
exit $status
