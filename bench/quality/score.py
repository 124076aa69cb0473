"""Scoring docqc's findings against the lab's ground truth.

A truth row is found when a finding of an accepted category (ACCEPT, by subtype) overlaps it
or lies within NEAR_BYTES of it; for structure and boilerplate rows a finding on the same
line or the next/previous one counts too (docqc may report a split at either half). A finding
is near damage when it is near any truth row, whatever its category; precision is the share
of findings near damage, per category and per rule. Document-level verdicts (metric rules)
are left out of both, and so are findings the clean source has too (`inherited`: same rule
and text), which are about the source rather than the damage. A finding whose fix edits several places is near damage when any of
its edits is.
"""

from __future__ import annotations

import bisect
import collections

NEAR_BYTES = 6  # two CJK characters
ACCEPT = {
    "page-header": {"boilerplate", "duplicate"}, "page-footer": {"boilerplate", "duplicate"},
    "page-number": {"boilerplate", "duplicate"}, "form-feed": {"boilerplate", "encoding"},
    "split-paragraph": {"structure"}, "joined-paragraph": {"structure"},
    "moved-text": {"structure", "garbled"},
    "space-inserted": {"spacing"}, "space-removed": {"spacing"},
    "halfwidth": {"punctuation"}, "punctuation-changed": {"punctuation"},
    "wrong-character": {"garbled"}, "ocr-junk": {"garbled", "script"},
    "dropped": {"garbled"}, "mojibake": {"garbled", "encoding"},
    "replacement-roundtrip": {"garbled", "encoding"},
    "pinyin-parentheses": {"garbled", "script"}, "pinyin-ruby": {"garbled", "script"},
    "other": {"garbled"}, "lookalike": {"script", "garbled"}, "converted": {"script"},
    "variant": {"script", "garbled"},
    "invalid-bytes": {"encoding", "garbled"},
}
LINE_TOLERANT = {"structure", "boilerplate"}


class Lines:
    def __init__(self, data: bytes) -> None:
        self.starts = [0] + [i + 1 for i, b in enumerate(data) if b == 0x0A]
        self.size = len(data)

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def finding_spans(finding: dict) -> list[tuple[int, int]]:
    spans = [(finding["byte_offset"], finding["byte_offset"] + finding["byte_length"])]
    for edit in (finding.get("fix") or {}).get("extra_edits", []):
        spans.append((edit["byte_offset"], edit["byte_offset"] + edit["byte_length"]))
    return spans


def _near(span: tuple[int, int], row: dict, lines: Lines) -> bool:
    start, end = span
    r_start = row["byte_offset"]
    r_end = r_start + row["byte_length"]
    if start <= r_end + NEAR_BYTES and r_start <= end + NEAR_BYTES:
        return True
    if row["category"] in LINE_TOLERANT and start <= lines.size:
        row_first, row_last = lines.line(r_start), lines.line(max(r_start, r_end - 1))
        first, last = lines.line(start), lines.line(max(start, end - 1))
        return first <= row_last + 1 and row_first <= last + 1
    return False


def score_case(truth: list[dict], findings: list[dict], data: bytes,
               document_rules: set[str]) -> tuple[list[bool], list[bool | None]]:
    """(found per truth row, near-damage per finding; None for document verdicts)."""
    lines = Lines(data)
    found = [False] * len(truth)
    near: list[bool | None] = []
    for finding in findings:
        if finding["rule"] in document_rules or finding.get("inherited"):
            near.append(None)
            continue
        spans = finding_spans(finding)
        is_near = False
        for index, row in enumerate(truth):
            if any(_near(span, row, lines) for span in spans):
                is_near = True
                if finding["category"] in ACCEPT[row["subtype"]]:
                    found[index] = True
        near.append(is_near)
    return found, near


def summarize(cases: list[dict]) -> dict:
    """cases: {pipeline, truth, found, findings, near}; returns recall and precision tables."""
    recall = collections.defaultdict(lambda: [0, 0])        # (pipeline, category) -> found, total
    subtypes = collections.defaultdict(lambda: [0, 0])      # (category, subtype)
    precision = collections.defaultdict(lambda: [0, 0])     # category -> near, total
    by_rule = collections.defaultdict(lambda: [0, 0])
    for case in cases:
        for row, hit in zip(case["truth"], case["found"]):
            for key in ((case["pipeline"], row["category"]), ("ALL", row["category"]),
                        (case["pipeline"], "ALL"), ("ALL", "ALL")):
                recall[key][0] += hit
                recall[key][1] += 1
            subtypes[(row["category"], row["subtype"])][0] += hit
            subtypes[(row["category"], row["subtype"])][1] += 1
        for finding, is_near in zip(case["findings"], case["near"]):
            if is_near is None:
                continue
            for key in (finding["category"], "ALL"):
                precision[key][0] += is_near
                precision[key][1] += 1
            by_rule[finding["rule"]][0] += is_near
            by_rule[finding["rule"]][1] += 1

    def table(counts: dict) -> dict:
        return {"|".join(k) if isinstance(k, tuple) else k:
                {"hit": v[0], "total": v[1], "rate": round(v[0] / v[1], 3) if v[1] else None}
                for k, v in sorted(counts.items())}
    return {"recall": table(recall), "subtypes": table(subtypes),
            "precision": table(precision), "precision_by_rule": table(by_rule)}


def print_summary(summary: dict) -> None:
    recall = summary["recall"]
    pipelines = sorted({k.split("|")[0] for k in recall} - {"ALL"}) + ["ALL"]
    categories = sorted({k.split("|")[1] for k in recall} - {"ALL"}) + ["ALL"]
    print("recall (found / truth rows) by category and pipeline")
    print(f"  {'category':12}" + "".join(f"{p:>16}" for p in pipelines))
    for category in categories:
        cells = []
        for pipeline in pipelines:
            cell = recall.get(f"{pipeline}|{category}")
            cells.append(f"{cell['hit']:>5}/{cell['total']:<5} {cell['rate']:4.2f}" if cell
                         else f"{'-':>16}")
        print(f"  {category:12}" + "".join(f"{c:>16}" for c in cells))
    print("\nrecall by subtype")
    for key, cell in summary["subtypes"].items():
        print(f"  {key:34} {cell['hit']:5}/{cell['total']:<5} {cell['rate']:4.2f}")
    print("\nprecision (findings near damage / findings) by category and rule")
    for key, cell in summary["precision"].items():
        print(f"  {key:34} {cell['hit']:5}/{cell['total']:<5} {cell['rate']:4.2f}")
    for key, cell in sorted(summary["precision_by_rule"].items(),
                            key=lambda item: -item[1]["total"]):
        print(f"    {key:32} {cell['hit']:5}/{cell['total']:<5} {cell['rate']:4.2f}")


def print_examples(cases: list[dict], count: int) -> None:
    """Missed truth rows per subtype and findings far from damage per rule, with context."""
    missed = collections.defaultdict(list)
    far = collections.defaultdict(list)
    for case in cases:
        for row, hit in zip(case["truth"], case["found"]):
            if not hit:
                missed[row["subtype"]].append(
                    f"{case['name']}:{row['line']}:{row['column']}: "
                    f"{row['clean'][:20]!r} -> {row['damaged'][:30]!r}")
        for finding, is_near in zip(case["findings"], case["near"]):
            if is_near is False:
                far[finding["rule"]].append(f"{case['name']}:{finding['line']}:"
                                            f"{finding['column']}: {finding['text'][:40]!r}")
    print("\nmissed truth rows (examples)")
    for subtype, rows in sorted(missed.items()):
        print(f"  {subtype} ({len(rows)})")
        for row in rows[:count]:
            print(f"    {row}")
    print("\nfindings far from damage (examples)")
    for rule, rows in sorted(far.items()):
        print(f"  {rule} ({len(rows)})")
        for row in rows[:count]:
            print(f"    {row}")
