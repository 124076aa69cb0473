#!/usr/bin/env python3
"""How long `docqc lsp` takes to re-check a document after an edit. Not a test: ctest never
runs it.

Opens one ~200 KB document (the corpus, ../shared/corpus/*.txt next to the repository, or
the fixtures when it is absent, repeated to --size KB) with the embedded default rules, then
sends --edits incremental edits one at a time (a character typed at a random place) and
measures, for each, the time from writing the didChange to reading the publishDiagnostics of
that version: what a user waits for after typing. Prints the median, 90th percentile and
maximum in milliseconds against the target of 50 ms, and the diagnostics count. On a
shared machine the wall time includes waiting for a core; the server's own CPU time per
re-check (user + system, from /proc/PID/stat) is printed too.

Examples:
  bench/lsp_recheck.py                     # build/docqc, 200 KB, 40 edits
  bench/lsp_recheck.py --docqc build-release/docqc --size 1000
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


def source_text(size):
    corpus = sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*.txt")))
    if not corpus:
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
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime
    return ticks * 1000.0 / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docqc", default=os.path.join(ROOT, "build", "docqc"))
    parser.add_argument("--size", type=int, default=200, help="document size in KB")
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    text = source_text(args.size * 1024)
    lines = text.split("\n")
    random.seed(args.seed)
    with tempfile.TemporaryDirectory() as work:
        client = Client([args.docqc, "lsp", "--no-config", "--doc-url", "https://x/{id}"],
                        cwd=work)
        client.initialize()
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
            before = cpu_ms(client.proc.pid)
            sent = time.perf_counter()
            client.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
            arrived, _ = client.wait_timed(
                lambda m: m.get("method") == "textDocument/publishDiagnostics"
                and m["params"].get("version") == version, timeout=120)
            times.append((arrived - sent) * 1000)
            cpu.append(cpu_ms(client.proc.pid) - before)
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
    print(f"server CPU per re-check: median {statistics.median(cpu):.1f} ms, "
          f"max {max(cpu):.1f} ms (clock ticks of {1000 / os.sysconf('SC_CLK_TCK'):.0f} ms)")


if __name__ == "__main__":
    main()
