#!/usr/bin/env python3
"""Throughput and peak memory of `docqc check` on one large file, on one core.

Builds inputs by repeating the corpus (../shared/corpus/*.txt next to the repository; the
fixtures when it is absent), runs `docqc check --format json --jobs 1 FILE` with the report
sent to /dev/null, and prints MB/s and peak RSS. Not a test: ctest never runs it.

Modes (--mode, default single):
  single      one ~100 MB file: MB/s (CPU time and wall time) and peak RSS against the
              target of 3 x file size + 64 MB
  linearity   25, 50 and 100 MB: the cost per MB must stay flat
  categories  --select each rule category in turn, against a baseline of the built-in
              rules only (read, decode, line index, report): what each category costs
  rules       the same per rule id
  all         all of the above

MB means 2^20 bytes. CPU MB/s is size / (user + system time), the figure that matters on a
shared machine; wall MB/s is size / elapsed time. Peak RSS comes from `/usr/bin/time -v`
when it is installed, else from wait4(2). Each measurement is the best of --repeat runs.

The report goes to stdout redirected to /dev/null rather than `-o /dev/null`: builds before
the fix in check_command.cpp renamed a temporary file over the target, which run as root
replaced the machine's /dev/null with a regular file.

Examples:
  bench/throughput.py                         # build/docqc, 100 MB, single
  bench/throughput.py --mode all --size 50
  bench/throughput.py --docqc build-release/docqc --format text
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MB = 1 << 20


def source_files():
    corpus = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    if files:
        return corpus, files
    fixtures = [
        f
        for f in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True))
        if not f.endswith(".fixed.txt")
    ]
    if not fixtures:
        sys.exit("bench: neither ../shared/corpus nor fixtures/ has any .txt file")
    return os.path.join(ROOT, "fixtures"), fixtures


HALFWIDTH = str.maketrans(",;:?!()", "，；：？！（）")
CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")


def clean_text(data):
    """The sources with what the densest rules report folded away (half-width punctuation,
    spaces between Chinese characters): the same text at a realistic density of findings."""
    text = data.decode("utf-8", errors="replace").translate(HALFWIDTH)
    return CJK_SPACE.sub("", text).encode("utf-8")


def build_input(path, size_mb, sources, variant="corpus"):
    """Repeats the concatenated sources up to size_mb, cut at a line boundary."""
    unit = b"".join(open(f, "rb").read().rstrip(b"\n") + b"\n" for f in sources)
    if variant == "clean":
        unit = clean_text(unit)
    target = size_mb * MB
    with open(path, "wb") as out:
        written = 0
        while written + len(unit) <= target:
            out.write(unit)
            written += len(unit)
        rest = unit[: target - written]
        cut = rest.rfind(b"\n") + 1
        out.write(rest[:cut])
    return os.path.getsize(path)


def measure(command, repeat):
    """Best of `repeat` runs: dict with wall, user, sys, rss_kb, status."""
    best = None
    time_tool = shutil.which("time", path="/usr/bin:/bin")
    for _ in range(repeat):
        if time_tool:
            with tempfile.NamedTemporaryFile("r", suffix=".time") as log:
                start = time.monotonic()
                proc = subprocess.run(
                    [time_tool, "-v", "-o", log.name] + command,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
                wall = time.monotonic() - start
                text = open(log.name).read()
            status = proc.returncode
            user = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1))
            system = float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1))
            rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
            stderr = proc.stderr
        else:
            start = time.monotonic()
            proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            stderr = proc.stderr.read()
            _, wait_status, usage = os.wait4(proc.pid, 0)
            wall = time.monotonic() - start
            status = os.waitstatus_to_exitcode(wait_status)
            user, system, rss_kb = usage.ru_utime, usage.ru_stime, usage.ru_maxrss
        if status not in (0, 1):
            sys.exit(
                "bench: %s exited with %d:\n%s"
                % (" ".join(command), status, stderr.decode(errors="replace"))
            )
        run = {"wall": wall, "user": user, "sys": system, "rss_kb": rss_kb, "status": status}
        if best is None or run["user"] + run["sys"] < best["user"] + best["sys"]:
            best = run
    return best


def cpu(run):
    return run["user"] + run["sys"]


def check_command(args, path, extra=()):
    return [args.docqc, "check", "--format", args.format, "--fail-on", "none", "--jobs", "1"] + list(
        extra
    ) + [path]


def findings_per_mb(args, sources_dir, extra=()):
    """Findings per MB of input, by rule and category, from one run on the sources."""
    proc = subprocess.run(
        [args.docqc, "check", "--format", "json", "--fail-on", "none", "--jobs", "1"]
        + list(extra)
        + [sources_dir],
        stdout=subprocess.PIPE,
        check=False,
    )
    report = json.loads(proc.stdout)
    size = sum(f["bytes"] for f in report["files"]) / MB
    summary = report["summary"]
    scale = lambda counts: {k: v / size for k, v in counts.items()}
    return summary["findings"] / size, scale(summary["by_category"]), scale(summary["by_rule"])


def single(args, work, sources):
    print("\n== single file, --jobs 1, --format %s" % args.format)
    print("corpus: the sources as they are; clean: the same text with half-width punctuation")
    print("and spaces between Chinese characters folded away (far fewer findings)")
    print("%-8s %9s %10s %8s %8s %10s %10s %9s %10s"
          % ("input", "size MB", "findings~", "user s", "sys s", "MB/s CPU", "MB/s wall",
             "RSS MB", "RSS/size"))
    for variant in ("corpus", "clean"):
        path = os.path.join(work, "input-%s.txt" % variant)
        size_mb = build_input(path, args.size, sources, variant) / MB
        count = count_findings(args, path, variant, sources, work)
        run = measure(check_command(args, path), args.repeat)
        rss_mb = run["rss_kb"] / 1024
        limit_mb = 3 * size_mb + 64
        print("%-8s %9.1f %10d %8.2f %8.2f %10.1f %10.1f %9.0f %10.2f   (RSS target %.0f MB: %s)"
              % (variant, size_mb, count, run["user"], run["sys"], size_mb / cpu(run),
                 size_mb / run["wall"], rss_mb, rss_mb / size_mb, limit_mb,
                 "ok" if rss_mb <= limit_mb else "OVER"))
        os.remove(path)
    print("targets: >= 100 MB/s per core; peak RSS <= 3 x size + 64 MB")


def count_findings(args, path, variant, sources, work):
    """Findings in the large input, extrapolated from one copy of the sources."""
    unit_path = os.path.join(work, "unit-%s.txt" % variant)
    unit = b"".join(open(f, "rb").read().rstrip(b"\n") + b"\n" for f in sources)
    open(unit_path, "wb").write(clean_text(unit) if variant == "clean" else unit)
    proc = subprocess.run(
        [args.docqc, "check", "--format", "json", "--fail-on", "none", unit_path],
        stdout=subprocess.PIPE, check=False)
    findings = json.loads(proc.stdout)["summary"]["findings"]
    os.remove(unit_path)
    return round(findings * os.path.getsize(path) / len(unit))


def linearity(args, work, sources):
    print("\n== linearity, --jobs 1, --format %s" % args.format)
    print("%8s %10s %10s %10s %10s %12s" % ("size MB", "CPU s", "MB/s CPU", "s per MB",
                                              "RSS MB", "RSS / size"))
    base = None
    for size_mb in (args.size // 4, args.size // 2, args.size):
        path = os.path.join(work, "input-%d.txt" % size_mb)
        size = build_input(path, size_mb, sources) / MB
        run = measure(check_command(args, path), args.repeat)
        per_mb = cpu(run) / size
        base = base or per_mb
        print("%8.1f %10.2f %10.1f %10.4f %10.0f %12.2f   (cost per MB x%.2f of the smallest)"
              % (size, cpu(run), size / cpu(run), per_mb, run["rss_kb"] / 1024,
                 run["rss_kb"] / 1024 / size, per_mb / base))
        os.remove(path)


def selection_costs(args, work, sources, sources_dir, names, label):
    path = os.path.join(work, "input.txt")
    size = build_input(path, args.size, sources) / MB
    _, per_category, per_rule = findings_per_mb(args, sources_dir)
    counts = per_category if label == "category" else per_rule
    baseline = measure(check_command(args, path, ["--no-default-rules"]), args.repeat)
    everything = measure(check_command(args, path), args.repeat)
    print("\n== cost per %s: --select each in turn, %.0f MB, --jobs 1, --format %s"
          % (label, size, args.format))
    print("baseline = built-in rules only (--no-default-rules): read, decode, index, report")
    print("%-30s %8s %9s %9s %10s %9s" % (label, "CPU s", "MB/s", "+CPU s", "findings/MB",
                                          "RSS MB"))

    def row(name, run, extra):
        print("%-30s %8.2f %9.1f %9.2f %10.0f %9.0f"
              % (name, cpu(run), size / cpu(run), cpu(run) - cpu(baseline), extra,
                 run["rss_kb"] / 1024))

    row("(baseline)", baseline, 0)
    for name in names:
        run = measure(check_command(args, path, ["--select", name]), args.repeat)
        row(name, run, counts.get(name, 0))
    row("(all default rules)", everything, sum(counts.values()))
    os.remove(path)


def rule_table(args):
    out = subprocess.run([args.docqc, "rules"], stdout=subprocess.PIPE, check=True, text=True)
    rows = [line.split() for line in out.stdout.splitlines()[1:] if line.strip()]
    rules = [r[0] for r in rows if r[1] != "builtin"]
    categories = sorted({r[2] for r in rows if r[1] != "builtin"})
    return rules, categories


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.split("\n")[1:]),
    )
    parser.add_argument("--docqc", default=os.path.join(ROOT, "build", "docqc"))
    parser.add_argument("--size", type=int, default=100, help="MB of the large input")
    parser.add_argument("--mode", default="single",
                        choices=["single", "linearity", "categories", "rules", "all"])
    parser.add_argument("--format", default="json", help="report format (json, text, ...)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (best)")
    parser.add_argument("--workdir", help="where to build inputs (default: a temporary dir)")
    args = parser.parse_args()
    args.docqc = os.path.abspath(args.docqc)
    if not os.access(args.docqc, os.X_OK):
        sys.exit("bench: no docqc binary at %s (build it: ci/build build)" % args.docqc)

    sources_dir, sources = source_files()
    build_type = "?"
    cache = os.path.join(os.path.dirname(args.docqc), "CMakeCache.txt")
    if os.path.exists(cache):
        match = re.search(r"^CMAKE_BUILD_TYPE:\w+=(.*)$", open(cache).read(), re.M)
        build_type = (match.group(1) if match else "") or "unset: RelWithDebInfo"
    version = subprocess.run([args.docqc, "version"], stdout=subprocess.PIPE, text=True).stdout
    unit = sum(os.path.getsize(f) for f in sources)
    print("docqc        %s (%s, build type %s)" % (args.docqc, version.strip(), build_type))
    print("sources      %d files, %.0f KB, from %s" % (len(sources), unit / 1024, sources_dir))
    total, _, _ = findings_per_mb(args, sources_dir)
    print("density      %.0f findings per MB with the default packs" % total)
    print("machine      %d cores, load average %.2f" % (os.cpu_count(), os.getloadavg()[0]))

    work = args.workdir or tempfile.mkdtemp(prefix="docqc-bench.")
    os.makedirs(work, exist_ok=True)
    try:
        rules, categories = rule_table(args)
        if args.mode in ("single", "all"):
            single(args, work, sources)
        if args.mode in ("linearity", "all"):
            linearity(args, work, sources)
        if args.mode in ("categories", "all"):
            selection_costs(args, work, sources, sources_dir, categories, "category")
        if args.mode in ("rules", "all"):
            selection_costs(args, work, sources, sources_dir, rules, "rule")
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
