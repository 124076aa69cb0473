#!/usr/bin/env bash
# test_html_report.sh DOCQC: opens an HTML report with 10,000 findings in headless Chromium
# (Debian's chromium package) through tests/html/browser_check.js: the page loads, a click
# on a severity filter hides exactly those findings within a second, the DOM stays small,
# and screenshots land in BUILD/html-report/. Skipped (77) when chromium or node is missing.
set -uo pipefail
docqc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then
  echo "SKIP: chromium is not installed (apt-get install chromium; ci/install-deps does)"
  exit 77
fi
if ! command -v node >/dev/null; then
  echo "SKIP: node is not installed"
  exit 77
fi
out="$(dirname "$docqc")/html-report"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/docs"
# 10,000 findings: 2,000 lines with five doubled commas (warnings) in three files, plus a
# few errors and a control character.
python3 - "$tmp/docs" <<'PY'
import sys
base = sys.argv[1]
for k, n in enumerate((1000, 600, 400)):
    with open(f"{base}/part{k}.txt", "w", encoding="utf-8") as f:
        for i in range(n):
            f.write("第%d条，，规定，，内容，，适用，，范围，，结束。\n" % (i + 1))
        f.write("锟斤拷烫烫烫\x01\n")
PY
"$docqc" check --no-config --format html --fail-on none -o "$tmp/report.html" "$tmp/docs"
count=$(python3 -c '
import json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"<script type=\"application/json\" id=\"docqc-data\">(.*?)</script>", page, re.S)
print(len(json.loads(m.group(1))["findings"]))' "$tmp/report.html")
if [ "$count" -lt 10000 ]; then
  echo "FAIL: only $count findings in the report"
  exit 1
fi
node "$root/tests/html/browser_check.js" "$chromium" "$tmp/report.html" "$out"
status=$?
[ $status -eq 0 ] && echo "screenshots: $out/report.png $out/report-filtered.png $out/report-list.png"
exit $status
