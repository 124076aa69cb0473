#!/usr/bin/env python3
"""How long `docqc lsp` takes to re-check a document after an edit. Not a test: ctest never
runs it.

Opens one ~200 KB document with the embedded default rules: --document FILE, or by default
real Chinese prose of the clean set (the Debian Reference chapters that
bench/quality/sources.py extracts into build/quality/clean/manual; run it once first), else
the fixtures, cut or repeated to --size KB. Then it
sends --edits incremental edits one at a time (a character typed at a random place) and
measures, for each, the time from writing the didChange to reading the publishDiagnostics of
that version: what a user waits for after typing. Prints the median, 90th percentile and
maximum in milliseconds against the target of 50 ms, and the diagnostics count. On a
shared machine the wall time includes waiting for a core; the server's own CPU time per
re-check (user + system, from /proc/PID/stat) is printed too.

Examples:
  python3 bench/quality/sources.py build/quality/clean   # once: the clean set
  bench/lsp_recheck.py                     # build/docqc (a Release build), 200 KB, 20 edits
  bench/lsp_recheck.py --document ../shared/corpus/government-gazette-2022-01.txt
  bench/lsp_recheck.py --wrap "perf record -g -o /tmp/lsp.perf"   # profile the server
"""

import argparse
import glob
import os
import random
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "cli"))
from lsp_client import Client, file_uri  # noqa: E402


def source_text(size, document):
    if document:
        corpus = [document]
    else:
        corpus = sorted(glob.glob(os.path.join(ROOT, "build", "quality", "clean", "manual",
                                               "*.txt")))
        if not corpus:
            print("note: no clean set in build/quality/clean; using the fixtures",
                  file=sys.stderr)
            corpus = sorted(glob.glob(os.path.join(ROOT, "fixtures", "*", "*.txt")))
    pieces = []
    for path in corpus:
        with open(path, encoding="utf-8", errors="replace") as f:
            pieces.append(f.read())
    text = "\n".join(pieces)
    out = text
    while len(out.encode("utf-8")) < size:
        out += "\n" + text
    data = out.encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


def cpu_ms(pid):
    """CPU time of every thread of the process, in ms (nanoseconds from schedstat)."""
    total = 0
    for task in glob.glob("/proc/%d/task/*/schedstat" % pid):
        try:
            with open(task) as f:
                total += int(f.read().split()[0])
        except OSError:
            pass  # a thread that ended
    return total / 1e6


def server_pid(proc):
    """The docqc process: the client's child, or under --wrap the wrapper's child."""
    for _ in range(100):
        try:
            with open("/proc/%d/task/%d/children" % (proc.pid, proc.pid)) as f:
                children = f.read().split()
        except OSError:
            children = []
        if children:
            return int(children[0])
        time.sleep(0.05)
    return proc.pid


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docqc", default=os.path.join(ROOT, "build", "docqc"))
    parser.add_argument("--size", type=int, default=200, help="document size in KB")
    parser.add_argument("--document", help="the text to open (default: the clean set)")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--wrap", default="", help="a command to run the server under")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    text = source_text(args.size * 1024, args.document)
    lines = text.split("\n")
    random.seed(args.seed)
    with tempfile.TemporaryDirectory() as work:
        client = Client(args.wrap.split() + [args.docqc, "lsp", "--no-config", "--doc-url",
                                             "https://x/{id}"], cwd=work)
        client.initialize()
        pid = server_pid(client.proc) if args.wrap else client.proc.pid
        uri = file_uri(os.path.join(work, "bench.txt"))
        start = time.perf_counter()
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
        first = client.diagnostics(uri, version=1, timeout=120)
        opened = (time.perf_counter() - start) * 1000
        times = []
        cpu = []
        for version in range(2, args.edits + 2):
            line = random.randrange(len(lines))
            column = random.randrange(len(lines[line]) + 1)
            change = {"range": {"start": {"line": line, "character": column},
                                "end": {"line": line, "character": column}}, "text": "的"}
            before = cpu_ms(pid)
            sent = time.perf_counter()
            client.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
            arrived, _ = client.wait_timed(
                lambda m: m.get("method") == "textDocument/publishDiagnostics"
                and m["params"].get("version") == version, timeout=120)
            times.append((arrived - sent) * 1000)
            cpu.append(cpu_ms(pid) - before)
        client.reply(client.request("shutdown"))
        client.notify("exit")
        client.close()
    size = len(text.encode("utf-8"))
    times.sort()
    p90 = times[int(len(times) * 0.9) - 1] if len(times) >= 10 else times[-1]
    print(f"document: {size / 1024:.0f} KB, {len(lines)} lines, "
          f"{len(first['diagnostics'])} diagnostics")
    print(f"open: {opened:.1f} ms")
    print(f"re-check after an edit ({len(times)} edits): median {statistics.median(times):.1f} ms, "
          f"p90 {p90:.1f} ms, max {times[-1]:.1f} ms (target <= 50 ms)")
    cpu.sort()
    p90_cpu = cpu[int(len(cpu) * 0.9) - 1] if len(cpu) >= 10 else cpu[-1]
    print(f"server CPU per re-check: median {statistics.median(cpu):.1f} ms, "
          f"p90 {p90_cpu:.1f} ms, max {cpu[-1]:.1f} ms")


if __name__ == "__main__":
    main()
