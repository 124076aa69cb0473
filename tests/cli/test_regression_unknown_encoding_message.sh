#!/usr/bin/env bash
# Regression (#14): `--encoding FOO` said "(U_FILE_ACCESS_ERROR)". It now says the encoding
# is unknown and points to --list-encodings, which prints the names ICU accepts.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified doc.txt
run check --no-config --encoding FOO doc.txt
expect_status 2 "an unknown encoding"
expect_contains "$WORK/stderr" "unknown encoding 'FOO'; see \`docqc check --list-encodings\`" "the message"
if grep -q U_FILE_ACCESS_ERROR "$WORK/stderr"; then fail "ICU's error code is shown"; else pass; fi
run check --list-encodings
expect_status 0 "--list-encodings"
for name in UTF-8 GB18030 Big5 UTF-16LE; do
  # The canonical name first, then its aliases in parentheses: the name may be either.
  if grep -qE "(^|[(, ])$name([ ,)]|$)" "$WORK/stdout"; then pass; else fail "--list-encodings lacks $name"; fi
done
# Every listed name is accepted by --encoding.
first=$(grep -m1 -oE '^[^ ]+' <(grep -E '^windows-1252|^ISO-8859-1' "$WORK/stdout"))
expect_exit 0 "a listed name is accepted ($first)" check --no-config --encoding "$first" --fail-on none doc.txt
run check
expect_status 2 "check without paths"
finish
