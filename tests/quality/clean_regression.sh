#!/usr/bin/env bash
# clean-regression (issue 10 section 2): docqc's default rules on clean Chinese prose from
# Debian packages (bench/quality/sources.py) must give 0 errors, at most 1 warning per 100k
# characters and no safe fix, apart from the real source defects in tests/quality/clean-allow.json.
# Usage: clean_regression.sh DOCQC CACHE_DIR
set -euo pipefail
docqc="$1"
cache="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec python3 "$root/bench/quality/clean.py" --check --docqc "$docqc" --cache "$cache" \
  --json "$cache/clean-figures.json"
