"""Ground truth: align a damaged text with its clean source and label every difference.

    rows = truth_rows(clean, damaged_bytes, hints)

The alignment runs over the non-white-space characters of both texts (difflib, no junk
heuristic), so re-wrapped lines do not count as damage; white space is compared separately
between characters that both texts share. Every difference becomes rows of one damaged line
each, labelled with one of docqc's categories and a subtype:

  boilerplate  page-header, page-footer, page-number, form-feed
  structure    split-paragraph (a blank line or page break inside a clean paragraph),
               joined-paragraph, moved-text (printed out of reading order)
  spacing      space-inserted, space-removed (between two Latin letters or digits)
  punctuation  halfwidth (an ASCII mark for a full-width one), punctuation-changed
  garbled      wrong-character (one Han character OCR'd as another), ocr-junk (Latin, digit
               or symbol runs for Chinese text), dropped (clean text missing), mojibake,
               replacement-roundtrip (锟斤拷), pinyin-parentheses, pinyin-ruby, other
  script       lookalike (kana, hangul, radicals or compatibility forms for Han), converted
               (a traditional/simplified conversion of a correct character), variant (one
               form of a character for another form of the same character, 啓 -> 啟, 爲 -> 為:
               both simplify to one character, so the text still says the same)
  encoding     invalid-bytes (raw legacy bytes inside UTF-8)

Pipelines that know what they planted pass `hints`: {"subtype": name} labels every
difference with that subtype (codec damage, OpenCC, pinyin), {"furniture": [lines]} names
running headers/footers. Rows carry byte offsets into the damaged file (what docqc reports)
and 1-based line / code-point column for people.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

SUBTYPES = {
    "page-header": "boilerplate", "page-footer": "boilerplate", "page-number": "boilerplate",
    "form-feed": "boilerplate", "split-paragraph": "structure", "joined-paragraph": "structure",
    "moved-text": "structure",
    "space-inserted": "spacing", "space-removed": "spacing", "halfwidth": "punctuation",
    "punctuation-changed": "punctuation", "wrong-character": "garbled", "ocr-junk": "garbled",
    "dropped": "garbled", "mojibake": "garbled", "replacement-roundtrip": "garbled",
    "pinyin-parentheses": "garbled", "pinyin-ruby": "garbled", "other": "garbled",
    "lookalike": "script", "converted": "script", "variant": "script",
    "invalid-bytes": "encoding",
}
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)\s*$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LOOKALIKE = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u1100-\u11ff\uac00-\ud7af\u3130-\u318f"
                        r"\u2e80-\u2fdf\uf900-\ufaff\u3190-\u319f\u3007]")


def _is_punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _halfwidth_of(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


class _Located:
    """Damaged text with code-point -> byte offset and line/column."""

    def __init__(self, text: str, data: bytes | None) -> None:
        self.text = text
        starts = [0]
        if data is None:
            data = text.encode("utf-8")
        self._byte = self._byte_offsets(text, data)
        for index, char in enumerate(text):
            if char == "\n":
                starts.append(index + 1)
        self._line_starts = starts

    @staticmethod
    def _byte_offsets(text: str, data: bytes) -> list[int]:
        # The damaged file is UTF-8 except where a pipeline planted raw bytes; those were
        # decoded with errors="surrogateescape", one lone surrogate per raw byte.
        offsets = []
        position = 0
        for char in text:
            offsets.append(position)
            code = ord(char)
            position += 1 if 0xDC80 <= code <= 0xDCFF else len(char.encode("utf-8"))
        offsets.append(position)
        assert position == len(data), "damaged text and bytes disagree"
        return offsets

    def line_col(self, index: int) -> tuple[int, int]:
        lo, hi = 0, len(self._line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._line_starts[mid] <= index:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, index - self._line_starts[lo] + 1

    def byte(self, index: int) -> int:
        return self._byte[index]


def _classify(clean: str, damaged: str, hints: dict, whole_line: str | None) -> str:
    if hints.get("subtype"):
        return hints["subtype"]
    if whole_line is not None:
        stripped = whole_line.strip()
        for line in hints.get("furniture", []):
            if stripped and stripped == line.strip():
                return hints.get("furniture_subtype", {}).get(line, "page-header")
        if PAGE_NUMBER.match(stripped) or (hints.get("page_end") and hints["page_end"](
                whole_line) and len(stripped) <= 10 and re.search(r"\d", stripped)):
            return "page-number"  # (the second: an OCR'd page number, `二2` for `- 2 -`)
    if not damaged:
        return "dropped"
    if any(0xDC80 <= ord(char) <= 0xDCFF for char in damaged):
        return "invalid-bytes"
    if "\f" in damaged:
        return "form-feed"
    if clean and all(_is_punct(c) for c in clean + damaged):
        if len(clean) == len(damaged) and all(
                _halfwidth_of(c) == d for c, d in zip(clean, damaged)):
            return "halfwidth"
        return "punctuation-changed"
    if _LOOKALIKE.search(damaged) and not _LOOKALIKE.search(clean):
        return "lookalike"
    if clean and len(clean) == len(damaged) and all(_HAN.match(c) for c in clean + damaged):
        converted = hints.get("variants")
        if converted and all(converted(c) == d or converted(d) == c
                             for c, d in zip(clean, damaged)):
            return "converted"
        simplified = hints.get("simplified")
        if simplified and all(simplified(c) == simplified(d) for c, d in zip(clean, damaged)):
            return "variant"
        return "wrong-character"
    if re.search(r"[A-Za-z0-9]|[^\w\s]", damaged) and (_HAN.search(clean) or not clean):
        return "ocr-junk"
    if _HAN.search(damaged) and _HAN.search(clean):
        return "wrong-character"
    return "other"


def _strip_ws(text: str, skip: list[tuple[int, int]] = ()) -> tuple[str, list[int]]:
    """The non-white-space characters of text (outside the skipped spans) and their indices."""
    chars, positions = [], []
    spans = iter(sorted(skip))
    span = next(spans, None)
    for index, char in enumerate(text):
        while span is not None and index >= span[1]:
            span = next(spans, None)
        if span is not None and span[0] <= index < span[1]:
            continue
        if not char.isspace():
            chars.append(char)
            positions.append(index)
    return "".join(chars), positions


def _page_furniture(damaged: str, hints: dict) -> list[tuple[int, int, str]]:
    """Lines at a page's edge (within two non-empty lines of a form feed or of the text's
    start or end) that are a running header (the hinted title, or a line close to it, as OCR
    reads it) or a page number: labelled before the alignment, which would otherwise pair
    their characters with the body's."""
    lines = []
    offset = 0
    for line in damaged.split("\n"):
        lines.append((offset, offset + len(line), line))
        offset += len(line) + 1
    non_empty = [i for i, (_, _, text) in enumerate(lines) if text.strip(" \t\f\u3000")]
    edge = set(non_empty[:2] + non_empty[-2:])
    for k, i in enumerate(non_empty):
        if "\f" in lines[i][2]:
            edge.update(non_empty[max(0, k - 2): k + 2])
    titles = [t.strip() for t in hints.get("furniture", []) if t.strip()]
    out = []
    page_of = {}
    page = 0
    for i, (_, _, text) in enumerate(lines):
        page += text.count("\f")
        page_of[i] = page
    headed: set[int] = set()  # pages whose header was seen (the body may repeat the title)

    def is_title(text: str) -> bool:
        squeezed = re.sub(r"\s+", "", text.strip(" \t\f\u3000"))
        return bool(squeezed) and any(
            squeezed == re.sub(r"\s+", "", t) or difflib.SequenceMatcher(
                None, squeezed, re.sub(r"\s+", "", t)).ratio() >= 0.75 for t in titles)
    # On the first page the body's own title may be the only copy: a header there only when
    # the title shows twice.
    first_page = [i for i in sorted(edge) if page_of[i] == 0 and is_title(lines[i][2])]
    if len(first_page) < 2:
        headed.add(0)
    for i in sorted(edge):
        start, end, text = lines[i]
        stripped = text.strip(" \t\f\u3000")
        lead = len(text) - len(text.lstrip(" \t\f\u3000"))
        span = (start + lead, start + lead + len(stripped))
        squeezed = re.sub(r"\s+", "", stripped)
        if is_title(text):
            if page_of[i] not in headed:
                headed.add(page_of[i])
                out.append((*span, "page-header"))
        elif PAGE_NUMBER.match(stripped) or (len(squeezed) <= 8 and re.search(r"\d", squeezed)
                                             and not _HAN.search(squeezed.replace("第", "")
                                                                 .replace("页", "")
                                                                 .replace("共", ""))):
            out.append((*span, "page-number"))
    return out


def _ws_kind(text: str) -> str:
    if not text:
        return "none"
    if "\f" in text:
        return "page"
    if text.count("\n") >= 2 or re.search(r"\n[ \t\u3000]*\n", text):
        return "blank"
    if "\n" in text:
        return "newline"
    return "space"


def _moved(raw: list[tuple[int, int, str, str]], damaged: str) -> list:
    """Text that an extractor printed out of reading order shows as a drop in one place and an
    insertion in another: keep one row, `moved-text`, where it landed."""
    dropped: dict[str, list[int]] = {}
    for index, (start, end, subtype, clean_text) in enumerate(raw):
        if subtype == "dropped" and clean_text:
            dropped.setdefault(clean_text, []).append(index)
    gone: set[int] = set()
    out = []
    for index, (start, end, subtype, clean_text) in enumerate(raw):
        text = re.sub(r"\s+", "", damaged[start:end])
        if (subtype not in ("dropped", "page-header", "page-number") and not clean_text
                and dropped.get(text)):
            gone.add(dropped[text].pop(0))
            out.append((start, end, "moved-text", ""))
        else:
            out.append((start, end, subtype, clean_text))
    return [row for index, row in enumerate(out) if index not in gone]


def truth_rows(clean: str, damaged: str, data: bytes | None = None,
               hints: dict | None = None) -> list[dict]:
    """Labelled differences between clean and damaged, one damaged line a row."""
    hints = dict(hints or {})
    located = _Located(damaged, data)

    def page_end(line_text: str) -> bool:
        at = damaged.find(line_text)
        while at >= 0:
            after = damaged[at + len(line_text):]
            if not after.strip() or after.lstrip(" \t\n").startswith("\f"):
                return True
            at = damaged.find(line_text, at + 1)
        return False
    hints["page_end"] = page_end
    furniture = _page_furniture(damaged, hints) if "furniture" in hints else []
    clean_chars, clean_pos = _strip_ws(clean)
    damaged_chars, damaged_pos = _strip_ws(damaged, [(a, b) for a, b, _ in furniture])
    matcher = difflib.SequenceMatcher(None, clean_chars, damaged_chars, autojunk=False)
    # damaged start, end (code points), subtype, clean
    raw: list[tuple[int, int, str, str]] = [(a, b, subtype, "") for a, b, subtype in furniture]
    equal_pairs: dict[int, int] = {}
    for tag, c1, c2, d1, d2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(c2 - c1):
                equal_pairs[d1 + k] = c1 + k
            continue
        clean_text = clean_chars[c1:c2]
        if d1 == d2:  # deleted: an empty span where the text was
            at = damaged_pos[d1] if d1 < len(damaged_pos) else len(damaged)
            raw.append((at, at, _classify(clean_text, "", hints, None), clean_text))
            continue
        # One row per damaged line of the inserted/replaced run.
        index = d1
        while index < d2:
            line_no = located.line_col(damaged_pos[index])[0]
            end = index
            while end < d2 and located.line_col(damaged_pos[end])[0] == line_no:
                end += 1
            start_cp, end_cp = damaged_pos[index], damaged_pos[end - 1] + 1
            line_start = damaged_pos[index] - located.line_col(damaged_pos[index])[1] + 1
            line_end = damaged.find("\n", line_start)
            line_text = damaged[line_start: line_end if line_end >= 0 else len(damaged)]
            whole = line_text if _strip_ws(line_text)[0] == damaged_chars[index:end] else None
            part_clean = clean_text if index == d1 else ""
            raw.append((start_cp, end_cp,
                        _classify(part_clean, damaged_chars[index:end], hints, whole),
                        part_clean))
            index = end
    # White space between two characters that both texts share and that are neighbours in
    # the clean text; in the damaged text only inserted lines (a page's furniture) may sit
    # between them.
    shared = sorted(equal_pairs)
    for d, d_next in zip(shared, shared[1:]):
        c = equal_pairs[d]
        if equal_pairs[d_next] != c + 1:
            continue
        between = damaged[damaged_pos[d] + 1: damaged_pos[d_next]]
        c_ws = clean[clean_pos[c] + 1: clean_pos[c + 1]]
        inserted = d_next != d + 1 or bool(re.search(r"\S", between))
        d_kind, c_kind = _ws_kind(between if not inserted else re.sub(r"[^\s]+", "", between)
                                  ), _ws_kind(c_ws)
        if d_kind == c_kind or hints.get("subtype"):
            continue
        start, end = damaged_pos[d] + 1, damaged_pos[d_next]
        if inserted and d_kind not in ("blank", "page"):
            continue  # text inserted inside a line: its own row says what it is
        if d_kind == "space" and c_kind == "none":
            raw.append((start, end, "space-inserted", ""))
        elif d_kind in ("blank", "page") and c_kind in ("none", "space", "newline"):
            raw.append((start, end, "split-paragraph", c_ws))
        elif d_kind in ("none", "space") and c_kind in ("blank", "page"):
            # (A paragraph break kept as a bare line break is how plain text often marks
            # paragraphs; only text run together counts.)
            raw.append((start, end, "joined-paragraph", c_ws))
        elif d_kind == "none" and c_kind == "space" and re.match(
                r"[A-Za-z0-9]", damaged_chars[d]) and re.match(r"[A-Za-z0-9]",
                                                               damaged_chars[d + 1]):
            raw.append((start, end, "space-removed", c_ws))
    raw = _moved(raw, damaged)
    raw.sort()
    rows: list[dict] = []
    for start, end, subtype, clean_text in raw:
        line, col = located.line_col(start)
        previous = rows[-1] if rows else None
        # A planted conversion of a clause or paragraph is one row per line, however many of
        # its characters changed; elsewhere only touching differences merge.
        whole = hints.get("subtype") in ("converted", "mojibake", "replacement-roundtrip",
                                         "invalid-bytes")
        if (previous and previous["subtype"] == subtype and previous["line"] == line
                and (whole or start - previous["_end"] <= 1)
                and subtype not in ("split-paragraph",)):
            previous["_end"] = max(previous["_end"], end)
            previous["clean"] += clean_text
            continue
        rows.append({"line": line, "column": col, "_start": start, "_end": end,
                     "category": SUBTYPES[subtype], "subtype": subtype, "clean": clean_text})
    for row in rows:
        start, end = row.pop("_start"), row.pop("_end")
        row["end_column"] = row["column"] + (end - start)
        row["byte_offset"] = located.byte(start)
        row["byte_length"] = located.byte(end) - located.byte(start)
        row["damaged"] = damaged[start:end].encode("utf-8", "surrogateescape").decode(
            "utf-8", "replace")
    return rows
