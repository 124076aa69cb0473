#!/usr/bin/env bash
# Hard-wrapped plain text must not look broken: Debian's debian-reference-zh-cn manual
# (package debian-reference-zh-cn, installed by ci/install-deps) gives almost no `structure`
# findings. Skipped when the package is not installed.
set -euo pipefail
docqc="$1"
manual=/usr/share/debian-reference/debian-reference.zh-cn.txt.gz
if [ ! -f "$manual" ]; then
  echo "skipped: $manual not installed"
  exit 77  # ctest: skipped
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
zcat "$manual" >"$work/debian-reference.zh-cn.txt"
report="$("$docqc" check --format json --fail-on none --select structure "$work/debian-reference.zh-cn.txt")"
python3 - "$report" <<'PY'
import json, sys
report = json.loads(sys.argv[1])
characters = report["files"][0]["characters"]
structure = [f for f in report["findings"] if f["rule"] in ("broken-paragraph", "spliced-content")]
per_100k = len(structure) * 100000 / characters
print(f"debian-reference zh-cn: {len(structure)} structure findings in {characters} characters "
      f"({per_100k:.2f} per 100,000)")
assert per_100k <= 2.0, [(f["line"], f["message"]) for f in structure]
PY
