#!/usr/bin/env python3
"""The real-damage lab: damage clean text with real tools, align, score docqc.

    python3 bench/quality/lab.py                 # score the committed sample (tests/quality/lab-sample)
    python3 bench/quality/lab.py --full          # make (cached) and score the full lab
    python3 bench/quality/lab.py --make-sample   # regenerate the committed sample
    python3 bench/quality/lab.py --check         # the sample's end-to-end properties (ctest)

Pipelines (see bench/quality/README.md): ocr (Chromium -> pdftoppm -> ImageMagick ->
Tesseract), pdf (Chromium -> pdftotext with and without -layout), codec (wrong codecs,
锟斤拷, raw GBK bytes, OpenCC, go-pinyin). Cases are cached under --cache/lab/<key>, the key
hashing the clean text, the variant, the scripts and the tool versions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import clean as clean_bench  # noqa: E402
import damage_codec  # noqa: E402
import damage_pdf  # noqa: E402
import lab_check  # noqa: E402
import score  # noqa: E402
import sources  # noqa: E402
import truth  # noqa: E402

SAMPLE_DIR = os.path.join(ROOT, "tests", "quality", "lab-sample")
# Lab documents: (name, clean-set file, first paragraphs, traditional?)
DOCUMENTS = {
    "manual": ("manual/debian-reference-ch03.txt", 40, False),
    "manual-tw": ("manual-tw/debian-reference-ch03.txt", 30, True),
    "poetry": ("poetry/tang300.txt", 36, False),
    "manpage": ("manpage/ls.1.txt", 60, False),
    "sayings": ("sayings/chinese-030.txt", 40, False),
    "short": ("manual/debian-reference-ch03.txt", 30, False),
}
FULL = (
    [("pdf", doc, f"{form}-{mode}") for doc, form in
     (("manual", "total"), ("manual", "dash"), ("manual-tw", "page"), ("poetry", "emdash"),
      ("manpage", "slash"), ("sayings", "plain")) for mode in ("raw", "layout")]
    + [("ocr", doc, f"{form}-{degrade}") for doc, form, degrade in
       (("manual", "dash", "clean"), ("manual", "dash", "noise"), ("manual", "total", "jpeg"),
        ("manual-tw", "page", "clean"), ("manual-tw", "page", "blur"),
        ("poetry", "emdash", "rotate"), ("sayings", "plain", "clean"))]
    + [("codec", doc, variant) for doc in ("manual", "sayings") for variant in
       damage_codec.VARIANTS if variant != "big5-as-gbk"]
    + [("codec", "manual-tw", variant) for variant in
       ("big5-as-gbk", "utf8-as-gbk", "opencc-paragraph", "opencc-clause", "pinyin-ruby")]
)
SAMPLE = (
    [("pdf", "short", "dash-raw"), ("pdf", "short", "total-layout"),
     ("ocr", "short", "slash-noise")]
    + [("codec", "short", variant) for variant in damage_codec.VARIANTS
       if variant != "big5-as-gbk"]
)
OCR_PAGES = 3  # OCR only the first pages of a document: Tesseract is the slow step


def _tool_versions() -> str:
    versions = []
    for name in ("chromium", "poppler-utils", "tesseract-ocr", "tesseract-ocr-chi-sim",
                 "tesseract-ocr-chi-tra", "imagemagick-6.q16", "opencc",
                 "golang-github-mozillazg-go-pinyin-dev", "fonts-noto-cjk"):
        versions.append(f"{name}={sources.package_version(name)}")
    return "\n".join(versions)


def _script_hash(pipeline: str) -> str:
    """The scripts that make a pipeline's damaged bytes (the truth is aligned afresh on every
    run, so truth.py and the scorer are not part of the key)."""
    digest = hashlib.sha256()
    for name in ("damage_codec.py",) if pipeline == "codec" else ("damage_pdf.py",):
        with open(os.path.join(HERE, name), "rb") as source:
            digest.update(source.read())
    return digest.hexdigest()


def case_key(pipeline: str, doc: str, variant: str, tools: str, clean: str) -> str:
    return hashlib.sha256(f"{pipeline}\n{doc}\n{variant}\n{tools}{_script_hash(pipeline)}\n"
                          f"{clean}".encode()).hexdigest()[:20]


def lab_document(clean_dir: str, name: str) -> str:
    path, count, _ = DOCUMENTS[name]
    with open(os.path.join(clean_dir, path), encoding="utf-8") as source:
        paragraphs = source.read().rstrip("\n").split("\n\n")
    return "\n\n".join(paragraphs[:count]) + "\n"


def _furniture(clean: str, form: str) -> dict:
    title = clean.split("\n", 1)[0].strip()
    return {"furniture": [title], "title": title, "form": form}


def make_case(pipeline: str, doc: str, variant: str, clean: str) -> tuple[bytes, dict]:
    """The damaged bytes and the truth hints of one case."""
    traditional = DOCUMENTS[doc][2]
    if pipeline == "codec":
        _, data, hints = damage_codec.damage(clean, variant, doc, traditional)
        return data, hints
    form, mode = variant.split("-", 1)
    hints = _furniture(clean, form)
    paragraphs = clean.rstrip("\n").split("\n\n")
    pages = damage_pdf.paginate(paragraphs)
    if pipeline == "ocr":
        pages = pages[:OCR_PAGES]
    page_source = damage_pdf.page_html(pages, hints["title"], form)
    import tempfile
    with tempfile.TemporaryDirectory(prefix="docqc-lab-") as scratch:
        pdf = os.path.join(scratch, "doc.pdf")
        damage_pdf.print_pdf(page_source, pdf)
        if pipeline == "pdf":
            return damage_pdf.pdftotext(pdf, mode == "layout"), hints
        language = "chi_tra" if traditional else "chi_sim"
        return damage_pdf.ocr_pages(pdf, mode, language), hints


def _ocr_clean(clean: str) -> str:
    """The clean text of the pages the OCR pipeline renders."""
    pages = damage_pdf.paginate(clean.rstrip("\n").split("\n\n"))[:OCR_PAGES]
    paragraphs: list[str] = []
    for page in pages:
        for text, continued in page:
            if continued and paragraphs:
                paragraphs[-1] += text
            else:
                paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n"


def build_cases(plan, cache: str, outdir: str | None = None) -> list[dict]:
    clean_dir = os.path.join(cache, "clean")
    sources.build(clean_dir)
    tools = _tool_versions()
    cases = []
    for pipeline, doc, variant in plan:
        clean = lab_document(clean_dir, doc)
        if pipeline == "ocr":
            clean = _ocr_clean(clean)
        key = case_key(pipeline, doc, variant, tools, clean)
        case_dir = os.path.join(cache, "lab", key)
        name = f"{pipeline}-{doc}-{variant}"
        if not os.path.exists(os.path.join(case_dir, "hints.json")):
            print(f"lab: making {name}", file=sys.stderr, flush=True)
            data, hints = make_case(pipeline, doc, variant, clean)
            os.makedirs(case_dir, exist_ok=True)
            with open(os.path.join(case_dir, "damaged.txt"), "wb") as out:
                out.write(data)
            with open(os.path.join(case_dir, "hints.json"), "w", encoding="utf-8") as out:
                json.dump({k: v for k, v in hints.items() if k != "variants"}, out,
                          ensure_ascii=False)
        with open(os.path.join(case_dir, "damaged.txt"), "rb") as source:
            data = source.read()
        with open(os.path.join(case_dir, "hints.json"), encoding="utf-8") as source:
            hints = json.load(source)
        write_case(case_dir, name, pipeline, clean, data, hints, DOCUMENTS[doc][2])
        cases.append(read_case(case_dir))
        if outdir:
            write_case(outdir, name, pipeline, clean, open(
                os.path.join(case_dir, "damaged.txt"), "rb").read(), cases[-1]["hints"],
                DOCUMENTS[doc][2], prefix=name + ".")
    return cases


def write_case(directory: str, name: str, pipeline: str, clean: str, data: bytes,
               hints: dict, traditional: bool, prefix: str = "") -> None:
    stored = {k: v for k, v in hints.items() if k != "variants"}
    rows = compute_truth(clean, data, stored, pipeline, traditional)
    with open(os.path.join(directory, prefix + "clean.txt"), "w", encoding="utf-8") as out:
        out.write(clean)
    with open(os.path.join(directory, prefix + "damaged.txt"), "wb") as out:
        out.write(data)
    meta = {"name": name, "pipeline": pipeline, "traditional": traditional, "hints": stored,
            "truth": rows}
    with open(os.path.join(directory, prefix + "truth.json"), "w", encoding="utf-8") as out:
        json.dump(meta, out, ensure_ascii=False, indent=0)
        out.write("\n")


def compute_truth(clean: str, data: bytes, hints: dict, pipeline: str,
                  traditional: bool) -> list[dict]:
    text = data.decode("utf-8", "surrogateescape")
    hints = dict(hints)
    if pipeline in ("ocr", "pdf"):
        hints["variants"] = damage_codec._variant_map(traditional)
        hints["simplified"] = damage_codec._variant_map(False)  # t2s: one character?
    return truth.truth_rows(clean, text, data, hints)


def read_case(directory: str, prefix: str = "") -> dict:
    with open(os.path.join(directory, prefix + "truth.json"), encoding="utf-8") as source:
        meta = json.load(source)
    meta["clean_path"] = os.path.join(directory, prefix + "clean.txt")
    meta["damaged_path"] = os.path.join(directory, prefix + "damaged.txt")
    return meta


def read_sample() -> list[dict]:
    names = sorted(f[: -len(".truth.json")] for f in os.listdir(SAMPLE_DIR)
                   if f.endswith(".truth.json"))
    return [read_case(SAMPLE_DIR, name + ".") for name in names]


def docqc_findings(docqc: str, paths: list[str]) -> dict[str, list[dict]]:
    command = [docqc, "check", "--format", "json", "--no-config", "--fail-on", "none", *paths]
    result = subprocess.run(command, capture_output=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"lab.py: docqc exited {result.returncode}")
    out: dict[str, list[dict]] = {path: [] for path in paths}
    for finding in json.loads(result.stdout)["findings"]:
        out.setdefault(finding["file"], []).append(finding)
    return out


def document_rules(docqc: str) -> set[str]:
    listing = subprocess.run([docqc, "rules"], capture_output=True, text=True, check=True)
    return {line.split()[0] for line in listing.stdout.splitlines()[1:]
            if len(line.split()) > 1 and line.split()[1] == "metric"}


def evaluate(docqc: str, cases: list[dict]) -> dict:
    damaged = docqc_findings(docqc, [case["damaged_path"] for case in cases])
    cleaned = docqc_findings(docqc, sorted({case["clean_path"] for case in cases}))
    verdicts = document_rules(docqc)
    scored = []
    for case in cases:
        with open(case["damaged_path"], "rb") as source:
            data = source.read()
        findings = damaged[case["damaged_path"]]
        # A finding the clean source has too (same rule, same text) is about the source,
        # not about the damage: counted apart, not against precision.
        inherited = {(f["rule"], f.get("text")) for f in cleaned[case["clean_path"]]}
        for finding in findings:
            finding["inherited"] = (finding["rule"], finding.get("text")) in inherited
        found, near = score.score_case(case["truth"], findings, data, verdicts)
        scored.append({**case, "findings": findings, "found": found, "near": near,
                       "characters": len(data.decode("utf-8", "replace"))})
    summary = score.summarize(scored)
    per_pipeline: dict[str, dict] = {}
    for case in scored:
        figures = per_pipeline.setdefault(case["pipeline"], {"characters": 0, "findings": 0,
                                                             "truth": 0})
        figures["characters"] += case["characters"]
        figures["findings"] += len(case["findings"])
        figures["truth"] += len(case["truth"])
    unique: dict[str, str] = {}  # clean text -> one of its paths (cases share sources)
    for path in sorted(cleaned):
        with open(path, encoding="utf-8") as source:
            unique.setdefault(source.read(), path)
    clean_chars = sum(len(text) for text in unique)
    clean_findings = [f for path in unique.values() for f in cleaned[path]]
    summary["clean_sources"] = {
        "files": len(unique), "characters": clean_chars, "findings": len(clean_findings),
        "findings_per_100k": round(len(clean_findings) * 1e5 / max(1, clean_chars), 1),
        "safe_fixes": sum(clean_bench.is_changing_safe_fix(f) for f in clean_findings)}
    summary["damaged"] = {p: {**f, "findings_per_100k": round(
        f["findings"] * 1e5 / max(1, f["characters"]), 1)} for p, f in per_pipeline.items()}
    summary["inherited_findings"] = sum(bool(f.get("inherited")) for c in scored
                                        for f in c["findings"])
    summary["cases"] = [{"name": c["name"], "truth": len(c["truth"]), "found": sum(c["found"]),
                         "findings": len(c["findings"])} for c in scored]
    summary["_scored"] = scored
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docqc", default=clean_bench.default_docqc())
    parser.add_argument("--cache", default=os.environ.get(
        "DOCQC_LAB_CACHE", os.path.join(ROOT, "build", "quality")))
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--make-sample", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--examples", type=int, default=0, metavar="N",
                        help="also print N missed truth rows per subtype and N findings far "
                             "from damage per rule")
    options = parser.parse_args()
    if options.full or options.make_sample:
        missing = damage_pdf.tools_missing(ocr=True)
        if missing:
            raise SystemExit(f"lab.py: missing tools {missing} (ci/install-deps --lab)")
    if options.make_sample:
        for old in os.listdir(SAMPLE_DIR) if os.path.isdir(SAMPLE_DIR) else []:
            os.remove(os.path.join(SAMPLE_DIR, old))
        os.makedirs(SAMPLE_DIR, exist_ok=True)
        build_cases(SAMPLE, options.cache, SAMPLE_DIR)
    cases = build_cases(FULL, options.cache) if options.full else read_sample()
    summary = evaluate(options.docqc, cases)
    scored = summary.pop("_scored")
    print(f"lab: {len(cases)} cases, {sum(len(c['truth']) for c in cases)} truth rows "
          f"({'full' if options.full else 'sample'})\n")
    score.print_summary(summary)
    print(f"\nclean sources: {json.dumps(summary['clean_sources'])}")
    print(f"damaged: {json.dumps(summary['damaged'])}")
    if options.examples:
        score.print_examples(scored, options.examples)
    if options.json:
        with open(options.json, "w", encoding="utf-8") as out:
            json.dump(summary, out, ensure_ascii=False, indent=1)
    if options.check:
        problems = lab_check.check(cases, summary, compute_truth)
        for problem in problems:
            print(f"lab-sample: FAIL: {problem}")
        if problems:
            return 1
        print("lab-sample: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
