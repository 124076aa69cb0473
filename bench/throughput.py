#!/usr/bin/env python3
"""Throughput and peak memory of `docqc check` on one large file, on one core.

Builds inputs by repeating the corpus (../shared/corpus/*.txt next to the repository; the
fixtures when it is absent), runs `docqc check --format json --jobs 1 FILE` with the report
sent to /dev/null, and prints MB/s and peak RSS. Not a test: ctest never runs it.

Modes (--mode, default goal):
  goal        the inputs of issue #16, each against its goal: clean technical text
              (debian-reference zh-cn x 10, ~8 MB, one file), a damaged mix (the corpus and
              the fixtures repeated to ~30 MB, one file) and 2,000 small files cut from both
              (~8 MB): MB/s on one core (CPU time), instructions per byte (callgrind, when
              valgrind is installed, on a --sample-mb sample: start-up is counted once per
              run and amortised over the full input), peak RSS against 3 x largest file +
              64 MB, start-up on an empty file (CPU ms and instructions), and the --jobs 2
              speed-up on the small files (wall time)
  rule-ir     instructions per byte of each rule: callgrind of --select RULE minus callgrind
              of the built-in rules only, on a --sample-mb sample of the damaged mix
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


# ---- issue #16: the three inputs against the goal ---------------------------------------

GOAL_MBS = {"clean": 100.0, "mix": 100.0, "small": 80.0}
STARTUP_GOAL_MS = 10.0


def debian_reference_text():
    """debian-reference's zh-cn plain-text edition (the docs package), or None."""
    path = "/usr/share/debian-reference/debian-reference.zh-cn.txt.gz"
    if not os.path.exists(path):
        return None
    import gzip
    return gzip.open(path).read()


def mix_unit():
    """The corpus documents and the damaged fixtures (not the fixed ones), concatenated."""
    _, sources = source_files()
    fixtures = [
        f
        for f in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True))
        if not f.endswith(".fixed.txt")
    ]
    names = sources + [f for f in fixtures if f not in sources]
    return b"".join(open(f, "rb").read().rstrip(b"\n") + b"\n" for f in names)


def repeat_to(unit, size):
    """`unit` repeated to at most `size` bytes, cut at a line boundary."""
    out = unit * (size // len(unit))
    rest = unit[: size - len(out)]
    return out + rest[: rest.rfind(b"\n") + 1]


def write(path, data):
    with open(path, "wb") as out:
        out.write(data)
    return len(data)


def split_small(data, count):
    """`data` cut into `count` pieces of about equal size, at line boundaries."""
    pieces, start = [], 0
    step = len(data) // count
    for i in range(count):
        end = len(data) if i == count - 1 else data.find(b"\n", start + step)
        end = len(data) if end < 0 else end + 1
        pieces.append(data[start:end])
        start = end
    return [p for p in pieces if p]


def goal_inputs(work, args):
    """name -> (path given to docqc, total bytes, largest file bytes, sample path, sample bytes)"""
    inputs = {}
    clean_unit = debian_reference_text()
    mix = mix_unit()
    sample = int(args.sample_mb * MB)
    if clean_unit is not None:
        path = os.path.join(work, "clean.txt")
        size = write(path, clean_unit * 10)
        sample_path = os.path.join(work, "clean-sample.txt")
        sample_size = write(sample_path, repeat_to(clean_unit, sample))
        inputs["clean"] = (path, size, size, sample_path, sample_size)
    else:
        print("note: debian-reference is not installed: no clean input")
    path = os.path.join(work, "mix.txt")
    size = write(path, repeat_to(mix, 30 * MB))
    sample_path = os.path.join(work, "mix-sample.txt")
    sample_size = write(sample_path, repeat_to(mix, sample))
    inputs["mix"] = (path, size, size, sample_path, sample_size)
    small_source = (clean_unit or b"") + repeat_to(mix, 4 * MB)
    small_dir = os.path.join(work, "small")
    os.makedirs(small_dir, exist_ok=True)
    pieces = split_small(small_source, 2000)
    for i, piece in enumerate(pieces):
        write(os.path.join(small_dir, "f%04d.txt" % i), piece)
    sample_dir = os.path.join(work, "small-sample")
    os.makedirs(sample_dir, exist_ok=True)
    kept, sample_size = 0, 0
    for i, piece in enumerate(pieces[:: max(1, int(len(small_source) / max(sample, 1)))]):
        sample_size += write(os.path.join(sample_dir, "f%04d.txt" % i), piece)
        kept += 1
    inputs["small"] = (small_dir, len(small_source), max(len(p) for p in pieces), sample_dir,
                       sample_size)
    return inputs


def callgrind_instructions(command):
    """Instructions `command` executes (callgrind's total), or None without valgrind."""
    valgrind = shutil.which("valgrind")
    if not valgrind:
        return None
    with tempfile.NamedTemporaryFile(suffix=".callgrind") as out:
        subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=" + out.name]
                       + command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for line in open(out.name):
            if line.startswith(("totals:", "summary:")):
                return int(line.split()[1])
    return None


def startup(args, work):
    """CPU ms (median of 15 runs) and instructions of `check` on an empty file."""
    empty = os.path.join(work, "empty.txt")
    write(empty, b"")
    command = check_command(args, empty)
    times = []
    for _ in range(15):
        run = measure(command, 1)
        times.append(cpu(run) * 1000)
    times.sort()
    return times[len(times) // 2], callgrind_instructions(command)


def goal(args, work):
    print("\n== issue #16 inputs, --jobs 1, --format %s (MB = 2^20 bytes)" % args.format)
    inputs = goal_inputs(work, args)
    startup_ms, startup_ir = startup(args, work)
    print("start-up (empty file): %.1f ms CPU (goal <= %.0f ms), %s instructions"
          % (startup_ms, STARTUP_GOAL_MS, "%.0fM" % (startup_ir / 1e6) if startup_ir else "?"))
    print("%-6s %8s %8s %9s %9s %8s %9s %9s %8s %s"
          % ("input", "MB", "findings", "MB/s CPU", "goal", "instr/B", "RSS MiB", "RSS goal",
             "jobs 2", ""))
    for name, (path, size, largest, sample_path, sample_size) in inputs.items():
        run = measure(check_command(args, path), args.repeat)
        proc = subprocess.run(
            [args.docqc, "check", "--format", "json", "--fail-on", "none", "--jobs", "1", path],
            stdout=subprocess.PIPE, check=False)
        findings = json.loads(proc.stdout)["summary"]["findings"]
        ir = None
        if not args.no_callgrind:
            sample_ir = callgrind_instructions(check_command(args, sample_path))
            if sample_ir and startup_ir:
                ir = (sample_ir - startup_ir) / sample_size + startup_ir / size
        rss = run["rss_kb"] / 1024
        rss_goal = 3 * largest / MB + 64
        speedup = ""
        if name == "small":
            one = measure(check_command(args, path), args.repeat)["wall"]
            two = measure(check_command(args, path)[:-2] + ["2", path], args.repeat)["wall"]
            speedup = "%.2fx" % (one / two)
        print("%-6s %8.1f %8d %9.1f %9.0f %8s %9.0f %9.0f %8s %s"
              % (name, size / MB, findings, size / MB / cpu(run), GOAL_MBS[name],
                 "%.0f" % ir if ir else "?", rss, rss_goal, speedup,
                 "RSS OVER" if rss > rss_goal else ""))
    print("goals: MB/s as shown; peak RSS <= 3 x largest file + 64 MB; --jobs 2 >= 1.8x;"
          " start-up <= 10 ms")


def rule_ir(args, work):
    """Instructions per byte each rule adds to the built-in rules, on the damaged mix."""
    sample = os.path.join(work, "mix-sample.txt")
    size = write(sample, repeat_to(mix_unit(), int(args.sample_mb * MB)))
    base = callgrind_instructions(check_command(args, sample, ["--no-default-rules"]))
    if base is None:
        sys.exit("bench: rule-ir needs valgrind")
    rules, _ = rule_table(args)
    print("\n== instructions per byte by rule, damaged mix sample %.2f MB, --format %s"
          % (size / MB, args.format))
    print("baseline (built-in rules only): %.0f instr/B" % (base / size))
    rows = []
    for rule in rules:
        ir = callgrind_instructions(check_command(args, sample, ["--select", rule]))
        rows.append(((ir - base) / size, rule))
    for cost, rule in sorted(rows, reverse=True):
        print("%-34s %8.1f" % (rule, cost))
    print("%-34s %8.1f" % ("(sum of rules)", sum(c for c, _ in rows)))


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.split("\n")[1:]),
    )
    parser.add_argument("--docqc", default=os.path.join(ROOT, "build", "docqc"))
    parser.add_argument("--size", type=int, default=100, help="MB of the large input")
    parser.add_argument("--mode", default="goal",
                        choices=["goal", "rule-ir", "single", "linearity", "categories", "rules",
                                 "all"])
    parser.add_argument("--sample-mb", type=float, default=1.0,
                        help="size of the callgrind samples (goal, rule-ir)")
    parser.add_argument("--no-callgrind", action="store_true", help="skip instruction counts")
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
        if args.mode == "goal":
            goal(args, work)
        if args.mode == "rule-ir":
            rule_ir(args, work)
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
