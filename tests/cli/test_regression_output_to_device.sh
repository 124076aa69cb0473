#!/usr/bin/env bash
# Regression: `--output` wrote a temporary file next to the target and renamed it into place,
# whatever the target was. `-o /dev/null` run as root (the benchmark does exactly that)
# replaced the machine's /dev/null with a regular file; a FIFO or a symlink was replaced too.
# Devices and FIFOs are now written directly; a symlink is refused unless --follow, and then
# its target is replaced, not the link.
# (This test never touches the real /dev/null: it makes its own null device when it can.)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
sample_simplified doc.txt
run check --format json --fail-on none doc.txt
cp "$WORK/stdout" expected.json

# A FIFO stays a FIFO, and its reader gets the whole report.
mkfifo report.fifo
timeout 30 cat report.fifo >from-fifo.json &
reader=$!
timeout 30 "$DOCQC" check --format json --fail-on none -o report.fifo doc.txt \
  >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
wait "$reader"
expect_status 0 "--output to a FIFO"
if [ -p report.fifo ]; then pass; else fail "--output replaced the FIFO with a regular file"; fi
expect_same expected.json from-fifo.json "the FIFO's reader gets the report"

# A symlink to a regular file is refused (#15.1); with --follow it stays a symlink and its
# target gets the report.
printf 'old\n' >real.json
ln -s real.json link.json
expect_exit 2 "--output to a symlink" check --format json --fail-on none -o link.json doc.txt
expect_contains "$WORK/stderr" "is a symbolic link" "a symlink output is refused"
expect_exit 0 "--output to a symlink with --follow" check --format json --fail-on none --follow \
  -o link.json doc.txt
if [ -L link.json ]; then pass; else fail "--output replaced the symlink with a regular file"; fi
expect_same expected.json real.json "the symlink's target gets the report"

# A character device stays a device (our own null device, when mknod is allowed).
if mknod -m 666 null-device c 1 3 2>/dev/null; then
  expect_exit 0 "--output to a character device" check --format json -o null-device doc.txt
  if [ -c null-device ]; then pass; else fail "--output replaced a character device"; fi
  leftovers=$(find . -maxdepth 1 -name '*docqc-*' | wc -l)
  if [ "$leftovers" -eq 0 ]; then pass; else fail "--output left a temporary file behind"; fi
else
  skip "character device: mknod is not allowed here"
fi

# A regular file is still replaced whole, and a failed write leaves nothing behind.
expect_exit 0 "--output to a regular file" check --format json --fail-on none -o plain.json doc.txt
expect_same expected.json plain.json "a regular file gets the report"
mkdir readonly
chmod 555 readonly
if touch readonly/probe 2>/dev/null; then
  rm -f readonly/probe
  skip "unwritable directory: running as $(id -un), chmod 555 does not block writes here"
else
  expect_exit 2 "--output into an unwritable directory" check -o readonly/report.json doc.txt
  expect_contains "$WORK/stderr" "cannot write the report: readonly/report.json" "unwritable --output"
  expect_contains "$WORK/stderr" "Permission denied" "unwritable --output gives the reason"
fi
chmod 755 readonly

finish
