"""The Dask graph: count lines, (band keys, shuffle, matches), check, write in order."""

import json
import os
import shutil

from . import dedup
from .partition import count_lines, line_offsets, partitions, run_docqc

DEFAULT_PARTITION_BYTES = 32 << 20


def find_docqc(path=None):
    candidate = path or os.environ.get("DOCQC") or shutil.which("docqc")
    if not candidate or not os.access(candidate, os.X_OK):
        raise SystemExit("docqc-dask: no docqc binary (use --docqc PATH or put docqc on PATH)")
    return os.path.abspath(candidate)


def _band_rows(docqc, part, offset, options):
    _, keys, _, _ = run_docqc(docqc, part, offset, options, band_keys_only=True)
    rows = []
    for line in keys.decode("utf-8").splitlines():
        if line:
            rows.append(json.loads(line))
    return rows


def _keyed(rows):
    return [pair for row in rows for pair in dedup.keyed(row)]


def _check(docqc, part, offset, options, matches):
    records, _, peak, code = run_docqc(docqc, part, offset, options, matches=matches)
    return records, peak, code


def corpus_matches(client, docqc, parts, offsets, options, npartitions=None):
    """Every item's cross-record match, by partition index: the band-key shuffle."""
    import dask.bag as db
    from dask import delayed

    rows = db.from_delayed([delayed(_band_rows)(docqc, p, o, options)
                            for p, o in zip(parts, offsets)])
    pairs = rows.map_partitions(_keyed)
    groups = pairs.groupby(lambda pair: pair[0], shuffle="tasks",
                           npartitions=npartitions or max(1, len(parts)))
    matches = groups.map(dedup.match_group).flatten()
    chosen = matches.foldby(lambda m: (m["line"], m["item"]), dedup.better, None,
                            combine=dedup.better, combine_initial=None)
    by_part = [[] for _ in parts]
    ends = offsets[1:] + [float("inf")]
    import bisect

    for (_, match) in client.compute(chosen).result():
        index = bisect.bisect_right(offsets, match["line"] - 1) - 1
        assert match["line"] <= ends[index]
        by_part[index].append(match)
    for part_matches in by_part:
        part_matches.sort(key=lambda m: (m["line"], m["item"]))
    return by_part


def run(inputs, output, client, docqc=None, options=(), partition_bytes=DEFAULT_PARTITION_BYTES,
        progress=None):
    """Checks `inputs`; writes the records to `output` in input order. Returns
    {"exit": code, "partitions": n, "peak_rss_kib": [...], "bytes": input bytes}."""
    docqc = find_docqc(docqc)
    options = list(options)
    cross = "--cross-file" in options
    parts = partitions(inputs, partition_bytes)
    counts = client.gather(client.map(count_lines, parts, pure=False))
    offsets = line_offsets(counts)
    matches = [None] * len(parts)
    if cross:
        matches = corpus_matches(client, docqc, parts, offsets, options)
    futures = client.map(_check, [docqc] * len(parts), parts, offsets,
                         [options] * len(parts), matches, pure=False)
    code = 0
    peaks = []
    temporary = output + ".docqc-tmp"
    with open(temporary, "wb") as out:
        for index, future in enumerate(futures):
            records, peak, part_code = future.result()
            future.release()
            out.write(records)
            peaks.append(peak)
            code = max(code, part_code)
            if progress:
                progress(index + 1, len(parts))
    os.replace(temporary, output)
    total = sum(os.path.getsize(p) for p in inputs)
    return {"exit": 2 if code == 2 else 0, "partitions": len(parts), "peak_rss_kib": peaks,
            "bytes": total}
