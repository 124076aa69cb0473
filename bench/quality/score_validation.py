#!/usr/bin/env python3
"""Does the quality score follow real damage? The score against the lab's measured damage.

    python3 bench/quality/score_validation.py            # the committed sample (seconds)
    python3 bench/quality/score_validation.py --full     # the full lab (cases cached: lab.py)
    python3 bench/quality/score_validation.py --check    # exit 1 when a goal is missed

Documents: every case of the real-damage lab (bench/quality/lab.py: Chromium + pdftotext,
Chromium + Tesseract, wrong codecs, 锟斤拷, raw GBK bytes, OpenCC, go-pinyin) and every clean
source those cases were made from (a clean source's damage density is 0).

Measured damage density (from the truth, bench/quality/truth.py, never from docqc): the
non-space characters of the damaged text inside some truth row's span, each once (a mojibake
paragraph counts its length, a page header its characters, a wrong character 1), plus, for a
row whose span holds no non-space character, its clean non-space characters (dropped text),
at least 1 (a paragraph break); per 1,000 non-space characters of the damaged text. Truth
rows have no severity: the measure counts how much of the text is wrong, which is what the
score claims to rank (the score weighs what docqc finds by severity: kinds/metric_score.h).

Figures: Spearman's rank correlation between docqc's metrics.quality and that density over
all documents (the score falls as damage grows, so rho is negative; the goal is rho <= -0.8),
the same per pipeline (each with the clean sources), and the clean sources' scores (goal:
every one >= 90). --check exits 1 when a goal is missed; --goal-rho and --goal-clean change
the goals (the ctest score-sample runs the sample with the goals of the issue).
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import clean as clean_bench  # noqa: E402
import lab  # noqa: E402


def nonspace(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def damaged_characters(data: bytes, rows: list[dict]) -> int:
    """Damaged non-space characters of a damaged text by its truth rows: every non-space
    character inside some row's span counts once (a split-paragraph row spans the page
    number and header that have rows of their own); a row with no non-space character in
    its span counts its clean non-space characters (dropped text), at least 1 (a break)."""
    text = data.decode("utf-8", "surrogateescape")
    starts = []  # byte offset of each code point
    position = 0
    for char in text:
        starts.append(position)
        position += len(char.encode("utf-8", "surrogateescape"))
    covered = [False] * len(text)
    points = 0
    for row in rows:
        begin = bisect.bisect_left(starts, row["byte_offset"])
        end = bisect.bisect_left(starts, row["byte_offset"] + row["byte_length"])
        inside = [i for i in range(begin, end) if not text[i].isspace()]
        if not inside:
            points += max(nonspace(row["clean"]), 1)
        for i in inside:
            covered[i] = True
    return sum(covered) + points


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(xs: list[float], ys: list[float]) -> float:
    """Pearson's correlation of the ranks (ties get their mean rank); 0 when one is constant."""
    if len(xs) < 2:
        return 0.0
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sx = sum((a - mx) ** 2 for a in rx) ** 0.5
    sy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (sx * sy) if sx and sy else 0.0


def qualities(docqc: str, paths: list[str], config: str | None) -> dict[str, dict]:
    command = [docqc, "check", "--format", "json", "--fail-on", "none", "--quiet"]
    command += ["--config", config] if config else ["--no-config"]
    result = subprocess.run(command + paths, capture_output=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"score_validation.py: docqc exited {result.returncode}")
    return {entry["path"]: entry["metrics"] for entry in json.loads(result.stdout)["files"]
            if "metrics" in entry}


def documents(cases: list[dict]) -> list[dict]:
    """One row per damaged case and per distinct clean source (cases share sources)."""
    rows = []
    for case in cases:
        with open(case["damaged_path"], "rb") as source:
            data = source.read()
        text = data.decode("utf-8", "replace")
        rows.append({"name": case["name"], "pipeline": case["pipeline"],
                     "path": case["damaged_path"],
                     "density": 1000.0 * damaged_characters(data, case["truth"]) /
                     max(1, nonspace(text))})
    seen: dict[str, str] = {}
    for case in sorted(cases, key=lambda c: c["name"]):
        with open(case["clean_path"], encoding="utf-8") as source:
            text = source.read()
        if text not in seen:
            seen[text] = case["clean_path"]
            rows.append({"name": f"clean:{case['name']}", "pipeline": "clean",
                         "path": case["clean_path"], "density": 0.0})
    return rows


def validate(docqc: str, cases: list[dict], config: str | None = None) -> dict:
    rows = documents(cases)
    got = qualities(docqc, [row["path"] for row in rows], config)
    for row in rows:
        metrics = got.get(row["path"], {})
        row["quality"] = metrics.get("quality")
        row["score_density"] = metrics.get("damage_density")
    missing = [row["name"] for row in rows if row["quality"] is None]
    if missing:
        raise SystemExit(f"score_validation.py: no quality score for {missing}")
    clean = [row for row in rows if row["pipeline"] == "clean"]

    def rho(subset: list[dict]) -> float:
        return round(spearman([r["density"] for r in subset], [r["quality"] for r in subset]), 3)

    per_pipeline = {}
    for pipeline in sorted({row["pipeline"] for row in rows} - {"clean"}):
        subset = [row for row in rows if row["pipeline"] == pipeline]
        per_pipeline[pipeline] = {"documents": len(subset), "rho_with_clean": rho(subset + clean),
                                  "rho": rho(subset)}
    return {"documents": len(rows), "rho": rho(rows), "per_pipeline": per_pipeline,
            "clean": {"documents": len(clean), "at_least_90": sum(r["quality"] >= 90
                                                                  for r in clean),
                      "min": min(r["quality"] for r in clean)},
            "rows": rows}


def report(figures: dict) -> None:
    print(f"{figures['documents']} documents: Spearman(quality, measured damage density) = "
          f"{figures['rho']:+.3f}")
    for pipeline, cell in figures["per_pipeline"].items():
        print(f"  {pipeline:6} {cell['documents']:3} cases: rho {cell['rho']:+.3f} alone, "
              f"{cell['rho_with_clean']:+.3f} with the clean sources")
    clean = figures["clean"]
    print(f"clean sources: {clean['at_least_90']} of {clean['documents']} score 90 or more, "
          f"min {clean['min']}")
    print(f"\n  {'document':44} {'truth/1k':>9} {'score/1k':>9} {'quality':>7}")
    for row in sorted(figures["rows"], key=lambda r: (r["density"], r["name"])):
        print(f"  {row['name']:44} {row['density']:9.1f} {row['score_density'] or 0:9.1f} "
              f"{row['quality']:7}")


def cached_cases(cache: str, scratch: str) -> list[dict]:
    """The full lab's cases already made in `cache` (none is made; another run may be making
    them): truth aligned afresh into `scratch`, the cache is only read."""
    clean_dir = os.path.join(cache, "clean")
    tools = lab._tool_versions()
    cases = []
    for pipeline, doc, variant in lab.FULL:
        clean = lab.lab_document(clean_dir, doc)
        if pipeline == "ocr":
            clean = lab._ocr_clean(clean)
        case_dir = os.path.join(cache, "lab", lab.case_key(pipeline, doc, variant, tools, clean))
        if not os.path.exists(os.path.join(case_dir, "hints.json")):
            continue
        name = f"{pipeline}-{doc}-{variant}"
        with open(os.path.join(case_dir, "damaged.txt"), "rb") as source:
            data = source.read()
        with open(os.path.join(case_dir, "hints.json"), encoding="utf-8") as source:
            hints = json.load(source)
        lab.write_case(scratch, name, pipeline, clean, data, hints, lab.DOCUMENTS[doc][2],
                       prefix=name + ".")
        cases.append(lab.read_case(scratch, name + "."))
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docqc", default=clean_bench.default_docqc())
    parser.add_argument("--cache", default=os.environ.get(
        "DOCQC_LAB_CACHE", os.path.join(ROOT, "build", "quality")))
    parser.add_argument("--full", action="store_true", help="the full lab, not the sample")
    parser.add_argument("--cached-only", action="store_true",
                        help="with --full: only the cases already in the cache (make none)")
    parser.add_argument("--config", help="a .docqc.yaml for the run (other score weights)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument("--goal-rho", type=float, default=-0.8)
    parser.add_argument("--goal-clean", type=int, default=90)
    parser.add_argument("--json", help="also write the figures to this file")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="docqc-score-") as scratch:
        if options.full and options.cached_only:
            cases = cached_cases(options.cache, scratch)
        elif options.full:
            cases = lab.build_cases(lab.FULL, options.cache)
        else:
            cases = lab.read_sample()
        figures = validate(options.docqc, cases, options.config)
    report(figures)
    if options.json:
        with open(options.json, "w", encoding="utf-8") as out:
            json.dump(figures, out, ensure_ascii=False, indent=1)
    if not options.check:
        return 0
    problems = []
    if figures["rho"] > options.goal_rho:
        problems.append(f"rank correlation {figures['rho']:+.3f}, goal <= {options.goal_rho}")
    for row in figures["rows"]:
        if row["pipeline"] == "clean" and row["quality"] < options.goal_clean:
            problems.append(f"{row['name']} scores {row['quality']} < {options.goal_clean}")
    for problem in problems:
        print(f"score-validation: FAIL: {problem}")
    if not problems:
        print("score-validation: OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
