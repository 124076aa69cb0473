"""Properties the lab sample must have, whatever docqc's rules do today (ctest lab-sample).

1. The truth is reproducible: aligning each committed clean/damaged pair again gives the
   committed rows.
2. The scorer finds planted truth: findings made from the truth rows themselves (each row's
   span and category) give recall 1 in every category and precision 1; the same findings
   moved far away give recall 0 and precision 0.
3. docqc sees the damage: the damaged texts carry more findings per 100k characters than
   their clean sources, and some truth rows are found.
"""

from __future__ import annotations

import score


def _planted(case: dict, shift: int) -> list[dict]:
    return [{"rule": f"planted-{row['subtype']}", "category": row["category"],
             "byte_offset": row["byte_offset"] + shift, "byte_length": row["byte_length"]}
            for row in case["truth"]]


def check(cases: list[dict], summary: dict, compute_truth) -> list[str]:
    problems = []
    for case in cases:
        with open(case["clean_path"], encoding="utf-8") as source:
            clean = source.read()
        with open(case["damaged_path"], "rb") as source:
            data = source.read()
        again = compute_truth(clean, data, case["hints"], case["pipeline"],
                              case["traditional"])
        if again != case["truth"]:
            problems.append(f"{case['name']}: the truth does not reproduce "
                            f"({len(again)} rows now, {len(case['truth'])} committed)")
        if not case["truth"]:
            problems.append(f"{case['name']}: no truth rows (the damage was not seen)")
    for shift, expected in ((0, 1.0), (1_000_000, 0.0)):
        scored = []
        for case in cases:
            with open(case["damaged_path"], "rb") as source:
                data = source.read()
            findings = _planted(case, shift)
            found, near = score.score_case(case["truth"], findings, data, set())
            scored.append({**case, "findings": findings, "found": found, "near": near})
        planted = score.summarize(scored)
        for key, cell in planted["recall"].items():
            if cell["rate"] != expected:
                problems.append(f"planted findings (shift {shift}): recall {key} is "
                                f"{cell['rate']}, expected {expected}")
        if planted["precision"]["ALL"]["rate"] != expected:
            problems.append(f"planted findings (shift {shift}): precision "
                            f"{planted['precision']['ALL']['rate']}, expected {expected}")
    clean_density = summary["clean_sources"]["findings_per_100k"]
    for pipeline, figures in summary["damaged"].items():
        if figures["findings_per_100k"] <= clean_density:
            problems.append(f"{pipeline}: damaged text has {figures['findings_per_100k']} "
                            f"findings per 100k characters, its clean sources {clean_density}")
    if not summary["recall"]["ALL|ALL"]["hit"]:
        problems.append("docqc found none of the truth rows")
    return problems
