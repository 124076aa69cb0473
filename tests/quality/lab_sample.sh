#!/usr/bin/env bash
# lab-sample (issue 10 section 1): scores docqc on the committed real-damage sample
# (tests/quality/lab-sample: damaged outputs of Tesseract, pdftotext, wrong codecs, OpenCC and
# go-pinyin, with their clean sources and aligned truth) and checks the properties that must
# hold whatever the rules do (bench/quality/lab_check.py); prints recall and precision.
# Usage: lab_sample.sh DOCQC OUT_DIR
set -euo pipefail
docqc="$1"
out="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mkdir -p "$out"
exec python3 "$root/bench/quality/lab.py" --check --docqc "$docqc" --json "$out/lab-sample.json"
