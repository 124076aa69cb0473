#!/usr/bin/env bash
# test_sarif_multitool.sh DOCQC: validates docqc's SARIF with Microsoft's SARIF Multitool
# (@microsoft/sarif-multitool, pinned in tests/sarif/package-lock.json, installed with `npm ci`
# beside the binary on first use). Fails on any error, and on any warning except SARIF2005
# (no informationUri: docqc has no public homepage to point to; build with
# -DDOCQC_HOMEPAGE_URL=... to set one). Also checks partialFingerprints survive an edit
# elsewhere in the file. Skipped (77) when npm or node is missing.
set -uo pipefail
docqc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "SKIP: npm/node not installed (ci/install-deps installs them)"
  exit 77
fi
tools="$(dirname "$docqc")/sarif-multitool"
multitool="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$multitool" ] || ! cmp -s "$root/tests/sarif/package-lock.json" "$tools/package-lock.json"; then
  mkdir -p "$tools"
  cp "$root/tests/sarif/package.json" "$root/tests/sarif/package-lock.json" "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error) || { echo "FAIL: npm ci"; exit 1; }
  # npm 11 may skip the package's postinstall (chmod u+x); do it ourselves.
  chmod u+x "$multitool" 2>/dev/null || true
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root"
fail=0
"$docqc" check --format sarif --no-config --fail-on none -o "$tmp/report.sarif" tests/cli/report/input fixtures/samples fixtures/encoding
# The platform binary is called directly: the npm wrapper (bin.js) runs it through a shell,
# which splits the ';' in --level's value.
"$multitool" validate --level "Error;Warning;Note" --log ForceOverwrite -o "$tmp/validation.sarif" \
  "$tmp/report.sarif" >"$tmp/validate.log" 2>&1
status=$?
if [ $status -ne 0 ]; then
  cat "$tmp/validate.log"
  echo "FAIL: the multitool exited $status"
  exit 1
fi
python3 - "$tmp/validation.sarif" <<'PY' || fail=1
import collections, json, sys
log = json.load(open(sys.argv[1], encoding="utf-8-sig"))
allowed_warnings = {"SARIF2005"}
counts = collections.Counter()
bad = []
for run in log["runs"]:
    for r in run.get("results", []):
        level = r.get("level", "warning")
        counts[(level, r["ruleId"])] += 1
        if level == "error" or (level == "warning" and r["ruleId"] not in allowed_warnings):
            bad.append(r)
for (level, rule), n in sorted(counts.items()):
    print(f"  {level:8} {rule} x{n}")
if bad:
    for r in bad[:10]:
        print("FAIL:", r["ruleId"], json.dumps(r["message"], ensure_ascii=False))
    sys.exit(1)
PY

# partialFingerprints stay the same when lines are added above a finding and other lines edited.
mkdir -p "$tmp/fp"
printf '第一条，，本办法适用于全市。\n第二条 内容。\n' >"$tmp/fp/a.txt"
(cd "$tmp/fp" && "$docqc" check --format sarif --no-config --fail-on none a.txt >before.sarif)
printf '新增标题\n\n第一条，，本办法适用于全市。\n第二条 改动后的内容。\n' >"$tmp/fp/a.txt"
(cd "$tmp/fp" && "$docqc" check --format sarif --no-config --fail-on none a.txt >after.sarif)
python3 - "$tmp/fp/before.sarif" "$tmp/fp/after.sarif" <<'PY' || fail=1
import json, sys
def prints(path):
    run = json.load(open(path, encoding="utf-8"))["runs"][0]
    return {(r["ruleId"], r["partialFingerprints"]["docqcSpan/v1"]): r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in run["results"]}
before, after = prints(sys.argv[1]), prints(sys.argv[2])
key = [k for k in before if k[0] == "doubled-punctuation"][0]
assert key in after, "fingerprint changed"
assert before[key] == 1 and after[key] == 3, (before[key], after[key])
print("fingerprints stable")
PY
exit $fail
