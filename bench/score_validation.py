#!/usr/bin/env python3
"""Does the quality score follow the damage? Rank correlation on clean sources and damaged copies.

    bench/score_validation.py [--docqc build/docqc] [--cache build/quality] [--docs 60]

Clean sources: the lab's clean set (bench/quality/sources.py: poetry, sayings, manuals in
both scripts, KiCad manual, man pages; text written by others, never the sample documents),
cut into documents of about 3,000 characters. Each document gets a damaged copy per damage
kind and rate, made with real tools where there are some, and with the count of damaged
characters known by construction:

  mojibake   paragraphs encoded as GBK (or Big5) and decoded as cp1252 / latin-1 (Python codecs)
  fffd       characters lost by a lossy decoder: U+FFFD, or its GBK round trip 锟斤拷
  opencc     sentences converted to the other script with the opencc command (s2t / t2s)
  duplicate  paragraphs pasted twice
  spacing    spaces between Han characters (PDF extraction)
  punct      full-width punctuation replaced by half-width

The damage density is damaged characters per 1,000 characters. The script reports Spearman's
rank correlation between docqc's `metrics.quality` and that density over every document
(clean and damaged; the score should fall, so the correlation is negative: its size is the
figure), per damage kind, and the clean documents' scores (min, and how many reach 90).
Not a test: ctest never runs it.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ROOT, "bench", "quality"))
from score_validation import spearman  # noqa: E402  (bench/quality: one rank correlation)

RATES = (0.005, 0.02, 0.05, 0.12)


def documents(cache, count, seed):
    import sources  # noqa: E402  (the lab's clean set)

    manifest = sources.build(cache)
    rng = random.Random(seed)
    docs = []
    for entry in manifest:
        path = os.path.join(cache, entry["file"]) if "file" in entry else None
        if not path or not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        paragraphs = [p for p in text.split("\n") if p.strip()]
        chunk, size = [], 0
        for p in paragraphs:
            chunk.append(p)
            size += len(p)
            if size >= 3000:
                docs.append((entry.get("genre", "?"), "\n".join(chunk) + "\n"))
                chunk, size = [], 0
    rng.shuffle(docs)
    # Keep the genres balanced.
    by_genre = {}
    for genre, text in docs:
        by_genre.setdefault(genre, []).append(text)
    out = []
    while len(out) < count and any(by_genre.values()):
        for genre in sorted(by_genre):
            if by_genre[genre] and len(out) < count:
                out.append((genre, by_genre[genre].pop()))
    return out


def is_han(c):
    return "\u3400" <= c <= "\u9fff"


def genre_simplified(text):
    """True when the text converts to traditional with opencc (simplified text), roughly."""
    return sum(text.count(c) for c in "们这个说国为时来会") >= sum(text.count(c) for c in "們這個說國為時來會")


def damage(kind, text, rate, rng):
    """(damaged text, damaged characters)."""
    chars = len(text)
    target = max(1, int(chars * rate))
    if kind in ("mojibake", "duplicate"):
        lines = text.split("\n")
        order = list(range(len(lines)))
        rng.shuffle(order)
        done = 0
        for i in order:
            if done >= target or not lines[i].strip():
                continue
            if kind == "mojibake":
                try:
                    raw = lines[i].encode(rng.choice(["gbk", "big5"]))
                except UnicodeEncodeError:
                    continue
                lines[i] = raw.decode(rng.choice(["cp1252", "latin-1"]), errors="replace")
                done += len(lines[i])
            else:
                lines[i] = lines[i] + "\n" + lines[i]
                done += len(lines[i]) // 2
        return "\n".join(lines), done
    if kind == "opencc":
        lines = text.split("\n")
        done = 0
        config = "s2t.json" if genre_simplified(text) else "t2s.json"
        picked = []
        for i, line in enumerate(lines):
            if done >= target:
                break
            if rng.random() < rate * 4 and line.strip():
                picked.append(i)
                done += sum(map(is_han, line))
        if not picked:
            return text, 0
        joined = "\n".join(lines[i] for i in picked)
        converted = subprocess.run(["opencc", "-c", config], input=joined.encode(),
                                   capture_output=True, check=True).stdout.decode()
        changed = 0
        for i, new in zip(picked, converted.split("\n")):
            changed += sum(1 for a, b in zip(lines[i], new) if a != b)
            lines[i] = new
        return "\n".join(lines), changed
    out = list(text)
    positions = [i for i, c in enumerate(out) if (is_han(c) if kind != "punct" else c in "，。：；！？")]
    rng.shuffle(positions)
    chosen = sorted(positions[:target], reverse=True)
    for i in chosen:
        if kind == "fffd":
            out[i] = "\ufffd" if rng.random() < 0.5 else "锟斤拷"
        elif kind == "spacing":
            out[i] = out[i] + " "
        elif kind == "punct":
            out[i] = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?"}[out[i]]
    return "".join(out), len(chosen)


def scores(docqc, directory, names, extra=()):
    proc = subprocess.run([docqc, "check", "--format", "json", "--fail-on", "none", "--quiet"] +
                          list(extra) + names, cwd=directory, capture_output=True, check=False)
    report = json.loads(proc.stdout)
    return {f["path"]: f["metrics"]["quality"] for f in report["files"] if "metrics" in f}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docqc", default=os.path.join(ROOT, "build", "docqc"))
    parser.add_argument("--cache", default=os.path.join(ROOT, "build", "quality"))
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--config", help="a .docqc.yaml for the run (to try other score weights)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    kinds = ["mojibake", "fffd", "duplicate", "spacing", "punct"]
    if shutil.which("opencc"):
        kinds.append("opencc")
    rows = []  # (name, genre, kind, density)
    with tempfile.TemporaryDirectory(prefix="docqc-score-") as tmp:
        names = []
        for n, (genre, text) in enumerate(documents(args.cache, args.docs, args.seed)):
            variants = [("clean", 0.0, text, 0)]
            for kind in kinds:
                rate = rng.choice(RATES)
                damaged, count = damage(kind, text, rate, rng)
                variants.append((kind, rate, damaged, count))
            for kind, rate, body, count in variants:
                name = f"{n:03d}-{genre}-{kind}.txt"
                with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                    f.write(body)
                rows.append((name, genre, kind, 1000.0 * count / max(1, len(body))))
                names.append(name)
        extra = ["--config", os.path.abspath(args.config)] if args.config else []
        got = scores(os.path.abspath(args.docqc), tmp, names, extra)
    rows = [r + (got[r[0]],) for r in rows if r[0] in got]
    rho = spearman([r[3] for r in rows], [r[4] for r in rows])
    print(f"{len(rows)} documents; Spearman(quality, damage density) = {rho:.3f}")
    for kind in ["clean"] + kinds:
        subset = [r for r in rows if r[2] in ("clean", kind)]
        if kind != "clean":
            print(f"  clean + {kind:9s}: rho = {spearman([r[3] for r in subset], [r[4] for r in subset]):.3f}, "
                  f"mean score {sum(r[4] for r in subset if r[2] == kind) / max(1, sum(r[2] == kind for r in subset)):.1f}")
    clean = [r for r in rows if r[2] == "clean"]
    low = sorted((r[4], r[0]) for r in clean)[:5]
    print(f"clean documents: {len(clean)}, min score {min(r[4] for r in clean)}, "
          f"{sum(r[4] >= 90 for r in clean)} at 90 or more; lowest: {low}")
    by_genre = {}
    for r in clean:
        by_genre.setdefault(r[1], []).append(r[4])
    for genre, values in sorted(by_genre.items()):
        print(f"  {genre:13s} clean: min {min(values)}, mean {sum(values) / len(values):.1f}")


if __name__ == "__main__":
    main()
