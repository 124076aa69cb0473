"""The Dask graph: count lines, (band keys, shuffle, matches), check, write in order."""

import json
import os
import secrets
import shutil
import tempfile

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


def _spool_visible(spool):
    """True when this worker sees the driver's spool directory (same machine, or a shared
    file system): the token file the driver wrote is there with its content."""
    directory, token = spool
    try:
        with open(os.path.join(directory, "token"), encoding="ascii") as f:
            return f.read() == token
    except OSError:
        return False


def _check(docqc, part, offset, options, matches, spool=None, index=0):
    """Checks one partition. Where the driver's spool directory is visible, docqc writes the
    records straight into it and the result names the file (no bytes cross the network or
    the driver's memory); elsewhere the result carries the records."""
    if spool is not None and _spool_visible(spool):
        path = os.path.join(spool[0], f"part-{index:06d}.jsonl")
        _, _, peak, code = run_docqc(docqc, part, offset, options, matches=matches, output=path,
                                     scratch=spool[0])
        return ("file", path), peak, code
    records, _, peak, code = run_docqc(docqc, part, offset, options, matches=matches)
    return ("bytes", records), peak, code


def _append(out, result):
    """Appends one partition's records to the open output `out`."""
    kind, value = result
    if kind == "bytes":
        out.write(value)
        return
    out.flush()
    with open(value, "rb") as part:
        size = os.fstat(part.fileno()).st_size
        copied = 0
        try:
            while copied < size:
                step = os.copy_file_range(part.fileno(), out.fileno(), size - copied)
                if step == 0:
                    break
                copied += step
        except (AttributeError, OSError):
            pass
        part.seek(copied)
        shutil.copyfileobj(part, out, 1 << 20)
    os.unlink(value)


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
    workers = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
    parts = partitions(inputs, partition_bytes, workers)
    counts = client.gather(client.map(count_lines, parts, pure=False))
    offsets = line_offsets(counts)
    matches = [None] * len(parts)
    if cross:
        matches = corpus_matches(client, docqc, parts, offsets, options)
    directory = os.path.dirname(os.path.abspath(output))
    token = secrets.token_hex(16)
    spool = tempfile.mkdtemp(prefix=".docqc-dask-", dir=directory)
    temporary = os.path.join(directory, f".{os.path.basename(output)}.docqc-tmp-{token}")
    code = 0
    peaks = []
    try:
        with open(os.path.join(spool, "token"), "w", encoding="ascii") as f:
            f.write(token)
        futures = client.map(_check, [docqc] * len(parts), parts, offsets,
                             [options] * len(parts), matches, [(spool, token)] * len(parts),
                             range(len(parts)), pure=False)
        with open(temporary, "xb") as out:
            for index, future in enumerate(futures):
                result, peak, part_code = future.result()
                future.release()
                _append(out, result)
                peaks.append(peak)
                code = max(code, part_code)
                if progress:
                    progress(index + 1, len(parts))
        os.replace(temporary, output)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
        shutil.rmtree(spool, ignore_errors=True)
    total = sum(os.path.getsize(p) for p in inputs)
    return {"exit": 2 if code == 2 else 0, "partitions": len(parts), "peak_rss_kib": peaks,
            "bytes": total}
