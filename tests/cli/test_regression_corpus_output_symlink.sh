#!/usr/bin/env bash
# Regression (#15.1, JSONL mode): `check --input-format jsonl` had its own writer for -o,
# --drop-report and --emit-band-keys: it wrote through a fixed `<out>.docqc-tmp` with an
# ofstream (following a link planted there, overwriting its target) and followed a link at
# the output path. Now every corpus output goes through fix::OutputFile (a unique
# O_EXCL|O_NOFOLLOW temporary, renamed into place at the end); a link at the output is refused
# unless --follow; an output that is an input is refused before anything is read; an output
# that cannot be created is an error with the system's reason, exit 2, nothing written.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

cd "$WORK"
python3 - <<'PY'
import json
with open("in.jsonl", "w", encoding="utf-8") as f:
    for i, text in enumerate(["第一条 通知锟斤拷如下，，请执行。\n", "天津市人民政府关于印发办法的通知。\n"]):
        f.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
PY
cp in.jsonl in.orig
printf 'victim\n' >victim.txt
corpus=(check --no-config --input-format jsonl --format jsonl --min-quality 99)

# A link planted at every fixed temporary name the old writer used.
for name in out.jsonl drops.jsonl keys.jsonl; do
  ln -s victim.txt "$name.docqc-tmp"
done
expect_exit 0 "corpus outputs beside planted temporary links" "${corpus[@]}" -o out.jsonl \
  --drop-report drops.jsonl --emit-band-keys keys.jsonl in.jsonl
if [ "$(cat victim.txt)" = victim ]; then pass; else fail "a planted link's target was overwritten"; fi
for name in out.jsonl drops.jsonl keys.jsonl; do
  if [ -f "$name" ] && [ ! -L "$name" ]; then pass; else fail "$name is not a plain file"; fi
  if [ -L "$name.docqc-tmp" ]; then pass; else fail "the planted link $name.docqc-tmp was replaced"; fi
done
if [ "$(wc -l <out.jsonl)" -ge 1 ] && [ "$(wc -l <drops.jsonl)" -ge 1 ]; then pass; else
  fail "the records and the drop report should each have a line"
fi
leftovers=$(find . -maxdepth 1 -name '.*docqc-*' | wc -l)
if [ "$leftovers" -eq 0 ]; then pass; else fail "temporary files left behind"; fi
# A new output gets the mode of any tool's (0666 & ~umask), not 0600.
rm -f out.jsonl
(umask 022 && "$DOCQC" "${corpus[@]}" -o out.jsonl in.jsonl >/dev/null 2>&1)
if [ "$(stat -c %a out.jsonl)" = 644 ]; then pass; else
  fail "a new output has mode $(stat -c %a out.jsonl), expected 644"
fi

# The other writers of new files: `rules --doc DIR` and `schema --write DIR` (they wrote 0600).
(umask 022 && "$DOCQC" rules --doc ruledocs >/dev/null 2>&1 && "$DOCQC" schema --write schemas \
  >/dev/null 2>&1)
modes=$(stat -c %a ruledocs/README.md schemas/docqc-config.schema.json 2>&1 | sort -u | tr '\n' ' ')
if [ "$modes" = "644 " ]; then pass; else fail "rules --doc / schema --write files have mode $modes"; fi

# A link at each output path: refused (nothing written), unless --follow.
for option in -o --drop-report --emit-band-keys; do
  rm -f link.jsonl
  ln -s victim.txt link.jsonl
  expect_exit 2 "$option to a symbolic link" "${corpus[@]}" "$option" link.jsonl in.jsonl
  expect_contains "$WORK/stderr" "is a symbolic link" "$option: the refusal says why"
  if [ "$(cat victim.txt)" = victim ] && [ -L link.jsonl ]; then pass; else
    fail "$option wrote through a link"
  fi
done
expect_exit 0 "-o to a link with --follow" "${corpus[@]}" --follow -o link.jsonl in.jsonl
if [ -L link.jsonl ] && grep -q '"line"' victim.txt; then pass; else
  fail "--follow should write the link's target and keep the link"
fi
printf 'victim\n' >victim.txt

# An output that is one of the inputs (under another name too): refused before any read.
for option in -o --drop-report --emit-band-keys; do
  expect_exit 2 "$option naming the input" "${corpus[@]}" "$option" ./in.jsonl "$WORK/in.jsonl"
  expect_contains "$WORK/stderr" "is one of the inputs" "$option: the refusal says why"
  expect_same in.orig in.jsonl "$option: the input is untouched"
done
expect_exit 2 "-o and --drop-report naming one file" "${corpus[@]}" -o same.jsonl \
  --drop-report same.jsonl in.jsonl
expect_contains "$WORK/stderr" "name the same file" "the refusal says why"
if [ ! -e same.jsonl ]; then pass; else fail "same.jsonl was written"; fi

# A directory that cannot be written to: the system's reason, exit 2, nothing written. Root
# may write anywhere, so as root the binary runs as nobody (setpriv).
mkdir ro && cp out.jsonl ro/out.jsonl && cp out.jsonl out.before && chmod 0555 ro
unprivileged=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null 2>&1; then
    chmod 0755 "$WORK"
    unprivileged=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    unprivileged=(skip)
  fi
fi
if [ "${unprivileged[0]:-}" = skip ]; then
  skip "root without setpriv: the read-only directory case needs an unprivileged user"
else
  cp "$DOCQC" "$WORK/docqc-bin" && chmod 0755 "$WORK/docqc-bin"
  for option in -o --drop-report --emit-band-keys; do
    "${unprivileged[@]}" "$WORK/docqc-bin" "${corpus[@]}" "$option" ro/out.jsonl in.jsonl \
      >"$WORK/stdout" 2>"$WORK/stderr"
    status=$?
    expect_status 2 "$option into a read-only directory"
    expect_contains "$WORK/stderr" "ro/out.jsonl" "$option: the error names the file"
    expect_contains "$WORK/stderr" "Permission denied" "$option: the error has the reason"
    expect_same out.before ro/out.jsonl "$option: the old output is untouched"
    if [ "$(find ro -name '.*docqc-*' | wc -l)" -eq 0 ]; then pass; else
      fail "$option: temporary files left in ro/"
    fi
  done
  rm -f "$WORK/docqc-bin"
fi
chmod 0755 ro
finish
