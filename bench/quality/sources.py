#!/usr/bin/env python3
"""The clean-text set: Chinese prose written by others, extracted from Debian packages.

    python3 bench/quality/sources.py OUTDIR      # writes OUTDIR/<genre>/<name>.txt + manifest.json

Deterministic: the same package versions and the same scripts give the same bytes. The output
is cached: OUTDIR/.key holds a hash of these scripts and the package versions, and nothing is
redone while it matches. Genres (see bench/quality/README.md):

  poetry       fortunes-zh: tang300 (唐诗三百首), song100 (宋词一百首)
  sayings      fortunes-zh: chinese (proverbs, classical prose, quotations), 60 entries a file
  manual       debian-reference-zh-cn (HTML pages; the .txt.gz beside them is wrapped at 80
               columns, the HTML keeps one paragraph a line)
  manual-tw    debian-reference-zh-tw (traditional script)
  manual-kicad kicad-doc-zh (HTML; partly untranslated, so English paragraphs too)
  manpage      manpages-zh (zh_CN): the pages translated with po4a (the current translation
               project), with at least 200 Han characters. The older translations put spaces
               between Chinese words and half-width punctuation throughout (`函数 返回 均
               表明 发生了 错误.`): real defects of those sources, not clean text.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import htmltext  # noqa: E402
import rofftext  # noqa: E402

PACKAGES = ["fortunes-zh", "manpages-zh", "debian-reference-zh-cn", "debian-reference-zh-tw",
            "kicad-doc-zh"]
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
# Box-drawing tables (copied from debian-reference into some fortunes) are not prose.
_BOX = re.compile(r"[\u2500-\u257f]")


def package_version(name: str) -> str | None:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Status}\t${Version}", name],
                             capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        return None
    status, _, version = out.partition("\t")
    return version if status.endswith("installed") and "not-installed" not in status else None


def _han_count(text: str) -> int:
    return len(_HAN.findall(text))


def _write(outdir: str, genre: str, name: str, blocks: list[str], package: str,
           manifest: list[dict]) -> None:
    text = "\n\n".join(blocks).strip("\n")
    text = "\n".join(line.rstrip() for line in text.split("\n")) + "\n"
    os.makedirs(os.path.join(outdir, genre), exist_ok=True)
    path = os.path.join(genre, name + ".txt")
    with open(os.path.join(outdir, path), "w", encoding="utf-8", newline="\n") as out:
        out.write(text)
    manifest.append({"file": path, "genre": genre, "package": package,
                     "characters": len(text), "han": _han_count(text)})


def _fortunes(path: str) -> list[str]:
    with open(path, encoding="utf-8") as source:
        text = source.read()
    # Colour codes are formatting, not text; some are spliced into others (`\x1b[;\x1b[34;1mm`
    # in chinese), so strip until none is left.
    while _ANSI.search(text):
        text = _ANSI.sub("", text)
    entries = [entry.strip("\n") for entry in re.split(r"\n%\n", text)]
    return [entry for entry in entries if entry.strip() and not _BOX.search(entry)]


def _poetry(outdir: str, manifest: list[dict]) -> None:
    for name in ("tang300", "song100"):
        path = f"/usr/share/games/fortunes/{name}"
        if os.path.exists(path):
            _write(outdir, "poetry", name, _fortunes(path), "fortunes-zh", manifest)


def _sayings(outdir: str, manifest: list[dict]) -> None:
    path = "/usr/share/games/fortunes/chinese"
    if not os.path.exists(path):
        return
    entries = _fortunes(path)
    for start in range(0, len(entries), 60):
        _write(outdir, "sayings", f"chinese-{start // 60 + 1:03d}", entries[start:start + 60],
               "fortunes-zh", manifest)


def _html_pages(outdir: str, genre: str, prefix: str, package: str, paths: list[str],
                manifest: list[dict], min_han: int = 200) -> None:
    for path in sorted(paths):
        with open(path, encoding="utf-8", errors="replace") as source:
            blocks = htmltext.html_to_blocks(source.read())
        if sum(_han_count(block) for block in blocks) < min_han:
            continue  # an untranslated (English) page
        stem = os.path.basename(path).split(".")[0]
        _write(outdir, genre, f"{prefix}-{stem}", blocks, package, manifest)


def _manuals(outdir: str, manifest: list[dict]) -> None:
    reference = "/usr/share/debian-reference"
    _html_pages(outdir, "manual", "debian-reference", "debian-reference-zh-cn",
                [p for p in glob.glob(f"{reference}/*.zh-cn.html")
                 if not os.path.basename(p).startswith("index")], manifest)
    _html_pages(outdir, "manual-tw", "debian-reference", "debian-reference-zh-tw",
                [p for p in glob.glob(f"{reference}/*.zh-tw.html")
                 if not os.path.basename(p).startswith("index")], manifest)
    _html_pages(outdir, "manual-kicad", "kicad", "kicad-doc-zh",
                glob.glob("/usr/share/doc/kicad/help/zh/*.html"), manifest)


def _manpages(outdir: str, manifest: list[dict]) -> None:
    for path in sorted(glob.glob("/usr/share/man/zh_CN/man[1-8]/*.gz")):
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as source:
            text = source.read()
        if "po4a" not in "".join(text.splitlines(True)[:12]) or "\ufffd" in text:
            continue  # an old translation (see the module's doc), or not UTF-8
        blocks = rofftext.roff_to_blocks(text)
        if sum(_han_count(block) for block in blocks) < 200:
            continue
        name = os.path.basename(path)[: -len(".gz")]
        _write(outdir, "manpage", name, blocks, "manpages-zh", manifest)


def cache_key() -> str:
    digest = hashlib.sha256()
    here = os.path.dirname(os.path.abspath(__file__))
    for name in ("sources.py", "htmltext.py", "rofftext.py"):
        with open(os.path.join(here, name), "rb") as source:
            digest.update(source.read())
    for name in PACKAGES:
        digest.update(f"{name}={package_version(name)}\n".encode())
    return digest.hexdigest()


def build(outdir: str) -> list[dict]:
    """Extracts the clean set into outdir (cached); returns the manifest."""
    key = cache_key()
    key_path = os.path.join(outdir, ".key")
    manifest_path = os.path.join(outdir, "manifest.json")
    if os.path.exists(key_path) and os.path.exists(manifest_path):
        with open(key_path, encoding="utf-8") as stored:
            if stored.read().strip() == key:
                with open(manifest_path, encoding="utf-8") as source:
                    return json.load(source)["files"]
    missing = [name for name in PACKAGES if package_version(name) is None]
    if missing:
        print(f"sources.py: packages not installed (ci/install-deps installs them): "
              f"{' '.join(missing)}", file=sys.stderr)
    for old in glob.glob(os.path.join(outdir, "*", "*.txt")):
        os.remove(old)
    manifest: list[dict] = []
    _poetry(outdir, manifest)
    _sayings(outdir, manifest)
    _manuals(outdir, manifest)
    _manpages(outdir, manifest)
    manifest.sort(key=lambda entry: entry["file"])
    versions = {name: package_version(name) for name in PACKAGES}
    with open(manifest_path, "w", encoding="utf-8") as out:
        json.dump({"packages": versions, "files": manifest}, out, ensure_ascii=False, indent=1)
    with open(key_path, "w", encoding="utf-8") as out:
        out.write(key + "\n")
    return manifest


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    manifest = build(sys.argv[1])
    by_genre: dict[str, list[int]] = {}
    for entry in manifest:
        figures = by_genre.setdefault(entry["genre"], [0, 0, 0])
        figures[0] += 1
        figures[1] += entry["characters"]
        figures[2] += entry["han"]
    for genre, (files, characters, han) in sorted(by_genre.items()):
        print(f"{genre:10} {files:5} files {characters:9,} characters {han:9,} Han")
    return 0


if __name__ == "__main__":
    sys.exit(main())
