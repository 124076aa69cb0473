#!/usr/bin/env bash
# Regression (#15.1): -o and --write-baseline wrote through a fixed temporary name
# `<out>.docqc-tmp` opened without O_EXCL|O_NOFOLLOW, so a link planted under that name made
# docqc overwrite the link's target and turned the report into a link to it. Now every write
# goes through fix::AtomicFile (a unique temporary, O_EXCL|O_NOFOLLOW), and a symbolic link
# as the output is refused unless --follow.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified in.txt
printf 'victim\n' >victim.txt
ln -s victim.txt report.json.docqc-tmp
ln -s victim.txt baseline.json.docqc-tmp
expect_exit 0 "-o beside a planted temporary link" check --no-config --format json --fail-on none \
  -o report.json in.txt
expect_exit 0 "--write-baseline beside a planted temporary link" check --no-config \
  --write-baseline baseline.json in.txt
if [ "$(cat victim.txt)" = victim ]; then pass; else fail "the planted link's target was overwritten"; fi
if [ -f report.json ] && [ ! -L report.json ]; then pass; else fail "report.json is not a plain file"; fi
if [ -f baseline.json ] && [ ! -L baseline.json ]; then pass; else fail "baseline.json is not a plain file"; fi
leftovers=$(find . -maxdepth 1 -name '.*docqc-*' | wc -l)
if [ "$leftovers" -eq 0 ]; then pass; else fail "temporary files left behind"; fi

# The output itself a link to a regular file: refused, unless --follow.
ln -s victim.txt out-link.json
expect_exit 2 "-o to a symbolic link" check --no-config --format json -o out-link.json in.txt
expect_contains "$WORK/stderr" "is a symbolic link" "the refusal says why"
if [ "$(cat victim.txt)" = victim ]; then pass; else fail "-o wrote through a link"; fi
expect_exit 0 "-o to a link with --follow" check --no-config --format json --fail-on none \
  --follow -o out-link.json in.txt
if [ -L out-link.json ] && grep -q '"findings"' victim.txt; then pass; else
  fail "--follow should write the link's target and keep the link"
fi
finish
