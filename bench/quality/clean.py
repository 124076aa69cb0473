#!/usr/bin/env python3
"""Clean-text regression: docqc's default rules on Chinese prose written by others.

    python3 bench/quality/clean.py [--docqc BIN] [--cache DIR] [--check] [--json OUT]

Extracts the clean set (bench/quality/sources.py, cached under --cache), runs
`docqc check --format json` with the default rules on it and prints per-genre figures
(errors, warnings and infos per 100k characters, safe fixes) and the top rules. Findings that
the allow-list (tests/quality/clean-allow.json) names as real defects of the sources are
counted apart. With --check the exit code is 1 when, after the allow-list, there is any error,
more than 1 warning per 100k characters, or any safe fix (a safe fix on correct text changes
it), and when the set is smaller than 500k characters (its packages are missing).
"""

from __future__ import annotations

import argparse
import collections
import fnmatch
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
import sources  # noqa: E402

MIN_CHARACTERS = 500_000
MAX_WARNINGS_PER_100K = 1.0


def default_docqc() -> str:
    for candidate in ("build/docqc", "build-ci/docqc"):
        path = os.path.join(ROOT, candidate)
        if os.access(path, os.X_OK):
            return path
    return "docqc"


def load_allow_list(path: str) -> list[dict]:
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as source:
        entries = json.load(source)["allow"]
    for index, entry in enumerate(entries):
        unknown = set(entry) - {"rule", "file", "text", "line", "reason"}
        if unknown or not entry.get("rule") or not str(entry.get("reason", "")).strip():
            raise SystemExit(f"{path}: entry {index + 1}: needs 'rule' and a 'reason'; "
                             f"keys are rule, file, text, line, reason (unknown: {unknown})")
    return entries


def allowed_by(finding: dict, line_text: str, entries: list[dict]) -> int | None:
    for index, entry in enumerate(entries):
        if entry["rule"] != finding["rule"]:
            continue
        if not fnmatch.fnmatchcase(finding["file"], entry.get("file", "*")):
            continue
        if "text" in entry and entry["text"] != finding.get("text"):
            continue
        if "line" in entry and entry["line"] not in line_text:
            continue
        return index
    return None


def run_docqc(docqc: str, clean_dir: str, files: list[str]) -> dict:
    if os.sep in docqc:
        docqc = os.path.abspath(docqc)  # it runs in clean_dir
    command = [docqc, "check", "--format", "json", "--no-config", "--fail-on", "none",
               "--include", "*.txt", *files]
    result = subprocess.run(command, cwd=clean_dir, capture_output=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"clean.py: {' '.join(command[:4])} ... exited {result.returncode}")
    return json.loads(result.stdout)


def is_changing_safe_fix(finding: dict) -> bool:
    fix = finding.get("fix")
    if not fix or not fix.get("safe"):
        return False
    return fix.get("replacement") != finding.get("text") or bool(fix.get("extra_edits"))


def measure(docqc: str, cache: str, allow_path: str) -> dict:
    clean_dir = os.path.join(cache, "clean")
    manifest = sources.build(clean_dir)
    genre_of = {entry["file"]: entry["genre"] for entry in manifest}
    report = run_docqc(docqc, clean_dir, sorted(genre_of))
    entries = load_allow_list(allow_path)
    lines_cache: dict[str, list[str]] = {}

    def line_of(finding: dict) -> str:
        path = finding["file"]
        if path not in lines_cache:
            with open(os.path.join(clean_dir, path), encoding="utf-8") as source:
                lines_cache[path] = source.read().split("\n")
        lines = lines_cache[path]
        return lines[finding["line"] - 1] if 0 < finding["line"] <= len(lines) else ""

    genres: dict[str, dict] = {}
    for entry in manifest:
        figures = genres.setdefault(entry["genre"], collections.Counter())
        figures["files"] += 1
        figures["characters"] += entry["characters"]
    by_rule: dict[tuple[str, str], dict] = {}
    allow_hits = collections.Counter()
    for finding in report["findings"]:
        path = finding["file"].removeprefix("./")
        finding["file"] = path
        figures = genres[genre_of.get(path, "?")]
        line_text = line_of(finding)
        allowed = allowed_by(finding, line_text, entries)
        if allowed is not None:
            allow_hits[allowed] += 1
            figures["allowed"] += 1
            continue
        figures[finding["severity"]] += 1
        safe = is_changing_safe_fix(finding)
        if safe:
            figures["safe_fixes"] += 1
        rule = by_rule.setdefault((finding["rule"], finding["severity"]),
                                  {"count": 0, "safe_fixes": 0, "genres": collections.Counter(),
                                   "example": None})
        rule["count"] += 1
        rule["safe_fixes"] += safe
        rule["genres"][genre_of.get(path, "?")] += 1
        if rule["example"] is None:
            rule["example"] = f"{path}:{finding['line']}:{finding['column']}: {line_text[:80]}"

    total = collections.Counter()
    for figures in genres.values():
        total.update(figures)
    genres["TOTAL"] = total
    result = {"docqc": docqc, "genres": {}, "rules": [], "unused_allow": []}
    for name, figures in genres.items():
        per = 100_000 / max(1, figures["characters"])
        result["genres"][name] = {
            "files": figures["files"], "characters": figures["characters"],
            "errors": figures["error"], "warnings": figures["warning"],
            "infos": figures["info"], "safe_fixes": figures["safe_fixes"],
            "allowed": figures["allowed"],
            "warnings_per_100k": round(figures["warning"] * per, 2),
            "infos_per_100k": round(figures["info"] * per, 2),
        }
    for (rule, severity), figures in sorted(by_rule.items(), key=lambda item: -item[1]["count"]):
        result["rules"].append({"rule": rule, "severity": severity, "count": figures["count"],
                                "safe_fixes": figures["safe_fixes"],
                                "genres": dict(figures["genres"]), "example": figures["example"]})
    result["unused_allow"] = [entries[i] for i in range(len(entries)) if not allow_hits[i]]
    return result


def print_table(result: dict, top: int) -> None:
    print(f"{'genre':12} {'files':>5} {'chars':>10} {'errors':>7} {'warn':>6} {'warn/100k':>10} "
          f"{'info/100k':>10} {'safe fixes':>10} {'allowed':>8}")
    for name, figures in result["genres"].items():
        print(f"{name:12} {figures['files']:5} {figures['characters']:10,} {figures['errors']:7} "
              f"{figures['warnings']:6} {figures['warnings_per_100k']:10.2f} "
              f"{figures['infos_per_100k']:10.2f} {figures['safe_fixes']:10} "
              f"{figures['allowed']:8}")
    print(f"\ntop rules (of {len(result['rules'])}):")
    for rule in result["rules"][:top]:
        spread = ", ".join(f"{g} {n}" for g, n in sorted(rule["genres"].items()))
        print(f"  {rule['count']:6}  {rule['severity']:7} {rule['rule']:34} safe fixes "
              f"{rule['safe_fixes']:5}  ({spread})")
        print(f"          e.g. {rule['example']}")
    for entry in result["unused_allow"]:
        print(f"note: allow-list entry matches nothing (stale?): {json.dumps(entry, ensure_ascii=False)}")


def failures(result: dict) -> list[str]:
    total = result["genres"]["TOTAL"]
    out = []
    if total["characters"] < MIN_CHARACTERS:
        out.append(f"the clean set has {total['characters']:,} characters, fewer than "
                   f"{MIN_CHARACTERS:,} (are its packages installed? ci/install-deps)")
    if total["errors"]:
        out.append(f"{total['errors']} errors on clean text (0 allowed)")
    if total["warnings_per_100k"] > MAX_WARNINGS_PER_100K:
        out.append(f"{total['warnings_per_100k']:.2f} warnings per 100k characters "
                   f"(at most {MAX_WARNINGS_PER_100K})")
    if total["safe_fixes"]:
        out.append(f"{total['safe_fixes']} safe fixes would change clean text (0 allowed)")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docqc", default=default_docqc())
    parser.add_argument("--cache", default=os.environ.get("DOCQC_LAB_CACHE",
                                                          os.path.join(ROOT, "build", "quality")))
    parser.add_argument("--allow", default=os.path.join(ROOT, "tests", "quality",
                                                        "clean-allow.json"))
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the clean set is not clean enough")
    options = parser.parse_args()
    result = measure(options.docqc, options.cache, options.allow)
    print_table(result, options.top)
    if options.json:
        with open(options.json, "w", encoding="utf-8") as out:
            json.dump(result, out, ensure_ascii=False, indent=1)
    problems = failures(result)
    for problem in problems:
        print(f"clean-regression: FAIL: {problem}")
    if not problems:
        print("clean-regression: OK")
    return 1 if options.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
