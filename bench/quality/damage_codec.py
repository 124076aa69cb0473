"""Codec, script and pinyin damage made by real tools (Python's codecs, OpenCC, go-pinyin).

Each variant takes a clean document (paragraphs separated by blank lines) and damages a few
of its paragraphs or clauses the way a real tool chain does, leaving the rest intact:

  utf8-as-cp1252   UTF-8 bytes decoded as Windows-1252 (undefined bytes as Latin-1: å¤©æ´¥)
  utf8-as-latin1   UTF-8 bytes decoded as ISO-8859-1 (C1 controls survive)
  utf8-as-gbk      UTF-8 bytes decoded as GBK (鍙戝睍), undecodable bytes as U+FFFD
  gbk-as-big5      GBK bytes decoded as Big5
  big5-as-gbk      Big5 bytes of traditional text decoded as GBK
  kunjinkao        GBK bytes read as UTF-8 (U+FFFD), saved as UTF-8, read as GBK: 锟斤拷
  raw-gbk          a clause's raw GBK bytes inside an otherwise UTF-8 file
  opencc-paragraph OpenCC s2t (t2s for traditional text) of whole paragraphs
  opencc-clause    OpenCC s2t (t2s) of single clauses
  pinyin-paren     go-pinyin's toned syllables in parentheses after words: 监督（jiān dū）
                   and after characters: 发(fā)展(zhǎn)
  pinyin-ruby      flattened ruby: 推tuī进jìn
  pinyin-number    flattened ruby with tone numbers (go-pinyin's zhao4 style): 推tui1进jin4
Each returns (damaged text, damaged bytes, hints for truth.truth_rows).
"""

from __future__ import annotations

import random
import re
import subprocess

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,8}")
_CLAUSE = re.compile(r"[^，。；：！？、]+[，。；：！？]")
_HAS_HAN = re.compile(r"[\u4e00-\u9fff]")


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def _pick(rng: random.Random, items: list[int], count: int) -> list[int]:
    return sorted(rng.sample(items, min(count, len(items))))


def _han_paragraphs(paragraphs: list[str], minimum: int = 20) -> list[int]:
    return [i for i, p in enumerate(paragraphs) if len(_HAS_HAN.findall(p)) >= minimum]


def _cp1252_sloppy(data: bytes) -> str:
    out = []
    for byte in data:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def _wrong_decode(paragraph: str, variant: str) -> str:
    if variant == "utf8-as-cp1252":
        return _cp1252_sloppy(paragraph.encode("utf-8"))
    if variant == "utf8-as-latin1":
        return paragraph.encode("utf-8").decode("latin-1")
    if variant == "utf8-as-gbk":
        return paragraph.encode("utf-8").decode("gbk", "replace")
    if variant == "gbk-as-big5":
        return paragraph.encode("gbk", "replace").decode("big5", "replace")
    if variant == "big5-as-gbk":
        return paragraph.encode("big5", "replace").decode("gbk", "replace")
    if variant == "kunjinkao":
        once = paragraph.encode("gbk", "replace").decode("utf-8", "replace")
        return once.encode("utf-8").decode("gbk", "replace")
    raise ValueError(variant)


def opencc(text: str, config: str) -> str:
    result = subprocess.run(["opencc", "-c", config], input=text.encode("utf-8"),
                            capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def pinyin(han: str, numbers: bool = False) -> list[str]:
    style = ["-s", "zhao4"] if numbers else []
    result = subprocess.run(["pinyin", *style, han], capture_output=True, check=True)
    return result.stdout.decode("utf-8").split()


def _variant_map(traditional: bool):
    """A per-character converter for labelling OpenCC's changes as 'converted'."""
    cache: dict[str, str] = {}

    def convert(char: str) -> str:
        if char not in cache:
            cache[char] = opencc(char, "t2s.json" if not traditional else "s2t.json")
        return cache[char]
    return convert


def damage(clean: str, variant: str, seed: str, traditional: bool = False
           ) -> tuple[str, bytes, dict]:
    rng = random.Random(f"{variant}:{seed}")
    paragraphs = _paragraphs(clean)
    candidates = _han_paragraphs(paragraphs)
    hints: dict = {}
    if variant in ("utf8-as-cp1252", "utf8-as-latin1", "utf8-as-gbk", "gbk-as-big5",
                   "big5-as-gbk", "kunjinkao"):
        for index in _pick(rng, candidates, 2):
            paragraphs[index] = _wrong_decode(paragraphs[index], variant)
        hints["subtype"] = "replacement-roundtrip" if variant == "kunjinkao" else "mojibake"
        text = "\n\n".join(paragraphs)
        return text, text.encode("utf-8"), hints
    if variant == "raw-gbk":
        pieces = []
        for index in _pick(rng, candidates, 3):
            clauses = list(_CLAUSE.finditer(paragraphs[index]))
            if clauses:
                clause = clauses[rng.randrange(len(clauses))]
                pieces.append((index, clause.start(), clause.end()))
        data = b""
        out_paragraphs = []
        for index, paragraph in enumerate(paragraphs):
            chunk = paragraph.encode("utf-8")
            for p_index, start, end in pieces:
                if p_index == index:
                    chunk = (paragraph[:start].encode("utf-8")
                             + paragraph[start:end].encode("gbk", "replace")
                             + paragraph[end:].encode("utf-8"))
            out_paragraphs.append(chunk)
        data = b"\n\n".join(out_paragraphs)
        hints["subtype"] = "invalid-bytes"
        return data.decode("utf-8", "surrogateescape"), data, hints
    if variant in ("opencc-paragraph", "opencc-clause"):
        config = "t2s.json" if traditional else "s2t.json"
        for index in _pick(rng, candidates, 2 if variant == "opencc-paragraph" else 4):
            if variant == "opencc-paragraph":
                paragraphs[index] = opencc(paragraphs[index], config)
            else:
                clauses = list(_CLAUSE.finditer(paragraphs[index]))
                if clauses:
                    c = clauses[rng.randrange(len(clauses))]
                    p = paragraphs[index]
                    paragraphs[index] = p[:c.start()] + opencc(c.group(), config) + p[c.end():]
        hints["subtype"] = "converted"
        text = "\n\n".join(paragraphs)
        return text, text.encode("utf-8"), hints
    if variant in ("pinyin-paren", "pinyin-ruby", "pinyin-number"):
        for index in _pick(rng, candidates, 3):
            paragraph = paragraphs[index]
            runs = list(_HAN_RUN.finditer(paragraph))
            if not runs:
                continue
            chosen = sorted(rng.sample(runs, min(len(runs), 2 if variant == "pinyin-paren"
                                                 else 1)), key=lambda m: -m.start())
            numbers = variant == "pinyin-number"
            for n, run in enumerate(chosen):
                word = run.group()[:4]
                syllables = pinyin(word, numbers)
                if len(syllables) != len(word):
                    continue
                if variant in ("pinyin-ruby", "pinyin-number"):
                    annotated = "".join(c + s for c, s in zip(word, syllables))
                elif n % 2 == 0:
                    annotated = word + "（" + " ".join(syllables) + "）"
                else:
                    annotated = "".join(f"{c}({s})" for c, s in zip(word, syllables))
                paragraph = paragraph[:run.start()] + annotated + paragraph[run.start() + len(word):]
            paragraphs[index] = paragraph
        hints["subtype"] = "pinyin-parentheses" if variant == "pinyin-paren" else "pinyin-ruby"
        text = "\n\n".join(paragraphs)
        return text, text.encode("utf-8"), hints
    raise ValueError(f"unknown codec variant {variant}")


VARIANTS = ["utf8-as-cp1252", "utf8-as-latin1", "utf8-as-gbk", "gbk-as-big5", "big5-as-gbk",
            "kunjinkao", "raw-gbk", "opencc-paragraph", "opencc-clause", "pinyin-paren",
            "pinyin-ruby", "pinyin-number"]
