#!/usr/bin/env python3
"""docqc-dask on 1 and 2 workers, and one docqc process, on a large generated JSONL corpus.

Generates --size-mb MB (default 512; MB = 2^20 bytes) of JSONL by cutting real documents
(../shared/corpus/*.txt beside the repository and Debian's debian-reference zh-cn / zh-tw
manuals, when installed) into records of 1-40 paragraphs and perturbing them (characters
swapped, 锟斤拷 and U+FFFD inserted, half-width punctuation, a paragraph pasted twice, some
records repeated whole), then reports for `docqc check --input-format jsonl --jobs 1` and
for docqc-dask with 1 and 2 worker processes (one thread each): documents/s, MB/s, the
speedup and scaling efficiency of 2 workers over 1, and peak memory (the largest RSS of a
docqc process, and of each worker process). Not a test: ctest never runs it. On a shared
machine run it with `nice -n 19`; the figures then depend on the other load.

  bench/dask_bench.py --docqc build/docqc [--size-mb 512] [--cross-file] [--keep FILE]
                      [--repeat N] [--partition-mb 32] [--skip-single]
"""

import argparse
import glob
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))


def sources():
    texts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    for path in sorted(glob.glob("/usr/share/debian-reference/debian-reference.zh-*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    if not texts:
        for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "*", "*.txt"))):
            with open(path, encoding="utf-8", errors="replace") as f:
                texts.append(f.read())
    paragraphs = [p for text in texts for p in text.split("\n\n") if p.strip()]
    return paragraphs


def perturb(rng, text):
    roll = rng.random()
    chars = list(text)
    if roll < 0.2 and len(chars) > 4:
        i = rng.randrange(len(chars) - 1)
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    elif roll < 0.3:
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(["锟斤拷", "\ufffd", "烫烫烫"]))
    elif roll < 0.45:
        text = "".join(chars).replace("，", ",").replace("。", ".")
        return text
    return "".join(chars)


def generate(path, size, seed=1):
    rng = random.Random(seed)
    paragraphs = sources()
    written = 0
    docs = 0
    recent = []
    with open(path, "w", encoding="utf-8") as out:
        while written < size:
            if recent and rng.random() < 0.02:
                line = rng.choice(recent)  # a whole record again
            else:
                start = rng.randrange(len(paragraphs))
                chosen = paragraphs[start:start + rng.randint(1, 40)]
                chosen = [perturb(rng, p) for p in chosen]
                if len(chosen) > 2 and rng.random() < 0.1:
                    chosen.insert(rng.randrange(len(chosen)), rng.choice(chosen))
                line = json.dumps({"id": f"g{docs}", "text": "\n\n".join(chosen)},
                                  ensure_ascii=False) + "\n"
                if len(recent) < 1000:
                    recent.append(line)
                else:
                    recent[rng.randrange(1000)] = line
            out.write(line)
            written += len(line.encode("utf-8"))
            docs += 1
    return docs


def single(docqc, path, options):
    start = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(os.devnull, "wb") as sink:
        proc = subprocess.run([docqc, "check", "--input-format", "jsonl", "--jobs", "1",
                               "--quiet"] + options + [path], stdout=sink)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.monotonic() - start
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "peak_rss_mb": after.ru_maxrss / 1024,
            "exit": proc.returncode}


def timeline(tasks, begin, end):
    """Where the wall time went, from Dask's task stream: seconds before the first check task
    started (partitioning, line counts, scheduling), after the last one ended (the driver's
    last copy and rename), and each worker's busy seconds in check tasks over the span
    between them (its idle time is the tail and scheduling gaps)."""
    checks = [t for t in tasks if t["key"].startswith("_check")]
    if not checks:
        return {}
    spans = [(s["start"], s["stop"], t["worker"]) for t in checks
             for s in t["startstops"] if s["action"] == "compute"]
    first = min(s[0] for s in spans)
    last = max(s[1] for s in spans)
    busy = {}
    for s, e, worker in spans:
        busy[worker] = busy.get(worker, 0.0) + (e - s)
    return {"before_checks": first - begin, "after_checks": end - last,
            "check_span": last - first, "busy": sorted(busy.values())}


def dask_run(docqc, path, workers, options, partition_mb):
    from distributed import Client, LocalCluster

    from docqc_dask.runner import run

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    try:
        out = tempfile.NamedTemporaryFile(prefix="docqc-dask-bench-", suffix=".jsonl",
                                          delete=False).name
        from distributed import get_task_stream

        start = time.monotonic()
        with get_task_stream(client) as stream:
            begin = time.time()
            result = run([path], out, client, docqc=docqc, options=options + ["--jobs", "1"],
                         partition_bytes=int(partition_mb * (1 << 20)))
            end = time.time()
        wall = time.monotonic() - start
        phases = timeline(stream.data, begin, end)

        def worker_rss():
            import psutil
            return psutil.Process().memory_info().rss

        worker_rss = client.run(worker_rss)
        size = os.path.getsize(out)
        os.unlink(out)
    finally:
        client.close()
        cluster.close()
    return {"wall": wall, "partitions": result["partitions"], "phases": phases,
            "docqc_peak_rss_mb": max(result["peak_rss_kib"]) / 1024,
            "worker_rss_mb": sorted(v / (1 << 20) for v in worker_rss.values()),
            "output_mb": size / (1 << 20)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docqc", default=os.path.join(ROOT, "build", "docqc"))
    parser.add_argument("--size-mb", type=float, default=512)
    parser.add_argument("--partition-mb", type=float, default=32)
    parser.add_argument("--cross-file", action="store_true")
    parser.add_argument("--keep", help="write the corpus here and keep it")
    parser.add_argument("--skip-single", action="store_true")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds of 1 and 2 workers; the median is reported")
    args = parser.parse_args()
    docqc = os.path.abspath(args.docqc)
    options = ["--cross-file"] if args.cross_file else []
    path = args.keep or tempfile.NamedTemporaryFile(prefix="docqc-dask-bench-",
                                                    suffix=".jsonl", delete=False).name
    if not (args.keep and os.path.exists(args.keep)):
        docs = generate(path, int(args.size_mb * (1 << 20)))
    else:
        with open(path, "rb") as f:
            docs = sum(1 for _ in f)
    mb = os.path.getsize(path) / (1 << 20)
    print(f"corpus: {mb:.1f} MB, {docs} documents ({path})", flush=True)
    try:
        results = {}
        if not args.skip_single:
            s = single(docqc, path, options)
            results["single"] = s
            print(f"docqc --jobs 1: {s['wall']:.1f} s wall, {s['cpu']:.1f} s CPU, "
                  f"{mb / s['wall']:.2f} MB/s wall, {mb / s['cpu']:.2f} MB/s CPU, "
                  f"{docs / s['wall']:.0f} docs/s, peak RSS {s['peak_rss_mb']:.0f} MB",
                  flush=True)
        runs = {1: [], 2: []}
        for repeat in range(args.repeat):
            for workers in (1, 2):
                r = dask_run(docqc, path, workers, options, args.partition_mb)
                runs[workers].append(r)
                print(f"docqc-dask {workers} worker(s): {r['wall']:.1f} s, "
                      f"{mb / r['wall']:.2f} MB/s, "
                      f"{docs / r['wall']:.0f} docs/s, {r['partitions']} partitions, "
                      f"docqc peak RSS {r['docqc_peak_rss_mb']:.0f} MB, worker RSS "
                      f"{', '.join(f'{v:.0f}' for v in r['worker_rss_mb'])} MB "
                      f"(load {os.getloadavg()[0]:.1f})", flush=True)
                p = r["phases"]
                if p:
                    print(f"  before the checks {p['before_checks']:.1f} s, checks over "
                          f"{p['check_span']:.1f} s (workers busy "
                          f"{', '.join(f'{b:.1f}' for b in p['busy'])} s), after "
                          f"{p['after_checks']:.1f} s", flush=True)
            speedup = runs[1][-1]["wall"] / runs[2][-1]["wall"]
            print(f"  round {repeat + 1}: 2 workers over 1: {speedup:.2f}x", flush=True)
        speedups = sorted(a["wall"] / b["wall"] for a, b in zip(runs[1], runs[2]))
        median = speedups[len(speedups) // 2] if len(speedups) % 2 else (
            speedups[len(speedups) // 2 - 1] + speedups[len(speedups) // 2]) / 2
        walls = {w: sorted(r["wall"] for r in rs)[len(rs) // 2] for w, rs in runs.items()}
        print(f"median of {args.repeat}: 1 worker {walls[1]:.1f} s ({mb / walls[1]:.2f} MB/s, "
              f"{docs / walls[1]:.0f} docs/s), 2 workers {walls[2]:.1f} s "
              f"({mb / walls[2]:.2f} MB/s, {docs / walls[2]:.0f} docs/s); speedup "
              f"{median:.2f}x (each round: {', '.join(f'{v:.2f}' for v in speedups)}), "
              f"scaling efficiency {median / 2:.0%} (on {os.cpu_count()} cores shared with "
              f"other work)")
    finally:
        if not args.keep:
            os.unlink(path)


if __name__ == "__main__":
    main()
