"""Cutting JSONL inputs into partitions at line boundaries, and running docqc on one.

A partition is (path, start, end): bytes [start, end) of a plain file, cut just after a
newline, or a whole compressed file (start = 0, end = None) that docqc decompresses itself.
The inputs are one stream of lines (as `docqc check` reads several inputs), so each
partition's first line number is the number of lines before it: count_lines() counts them
on the workers, line_offsets() adds them up.
"""

import contextlib
import gzip
import os
import resource
import shutil
import subprocess
import tempfile

COMPRESSED_MAGIC = (b"\x1f\x8b", b"\x28\xb5\x2f\xfd")


def is_compressed(path):
    with open(path, "rb") as f:
        head = f.read(4)
    return any(head.startswith(magic) for magic in COMPRESSED_MAGIC)


def partitions(paths, size, workers=1):
    """[(path, start, end)] covering every input, cut at newlines, at most `size` bytes each.

    Guided self-scheduling (Polychronopoulos and Kuck, 1987): a partition is at most the
    bytes still to cut over 2 x `workers`, so the partitions shrink towards the end of the
    input and the last ones a worker takes are short: no worker waits long for another's
    last partition (with 16 equal partitions on 2 workers one worker sat idle for 10 % of
    the run). Never below min(1 MiB, size): each partition costs a docqc start-up.
    """
    smallest = min(1 << 20, size)
    remaining = sum(os.path.getsize(p) for p in paths if not is_compressed(p))
    out = []
    for path in paths:
        if is_compressed(path):
            out.append((path, 0, None))
            continue
        total = os.path.getsize(path)
        start = 0
        with open(path, "rb") as f:
            while start < total:
                step = max(smallest, min(size, remaining // (2 * max(1, workers))))
                end = min(start + step, total)
                if end < total:
                    f.seek(end)
                    rest = f.readline()
                    end += len(rest)
                out.append((path, start, end))
                remaining -= end - start
                start = end
        if total == 0:
            out.append((path, 0, 0))
    return out


def read_part(part, chunk=1 << 20):
    path, start, end = part
    with open(path, "rb") as f:
        f.seek(start)
        remaining = end - start
        while remaining > 0:
            data = f.read(min(chunk, remaining))
            if not data:
                break
            remaining -= len(data)
            yield data


def _decompressed(path):
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(b"\x1f\x8b"):
        with gzip.open(path, "rb") as f:
            while True:
                data = f.read(1 << 20)
                if not data:
                    return
                yield data
    zstd = shutil.which("zstd")
    if zstd is None:
        raise RuntimeError(f"{path}: zstd-compressed, but no zstd program to count its lines")
    with subprocess.Popen([zstd, "-dc", path], stdout=subprocess.PIPE) as proc:
        for data in iter(lambda: proc.stdout.read(1 << 20), b""):
            yield data
        if proc.wait() != 0:
            raise RuntimeError(f"{path}: zstd failed")


def count_lines(part):
    """Lines in the partition, as docqc numbers them (a last line without '\\n' counts)."""
    chunks = _decompressed(part[0]) if part[2] is None else read_part(part)
    lines = 0
    last = b"\n"
    for data in chunks:
        lines += data.count(b"\n")
        last = data[-1:]
    if last != b"\n":
        lines += 1
    return lines


def line_offsets(counts):
    offsets, total = [], 0
    for count in counts:
        offsets.append(total)
        total += count
    return offsets


def _feed(proc, part):
    """Writes the partition's bytes to docqc's stdin: sendfile(2) from the page cache into
    the pipe when the kernel can, else through Python."""
    path, start, end = part
    with open(path, "rb") as f:
        position = start
        try:
            while position < end:
                sent = os.sendfile(proc.stdin.fileno(), f.fileno(), position,
                                   min(end - position, 1 << 24))
                if sent == 0:
                    break
                position += sent
        except OSError as error:
            if isinstance(error, BrokenPipeError):
                raise
            f.seek(position)
            remaining = end - position
            while remaining > 0:
                data = f.read(min(1 << 20, remaining))
                if not data:
                    break
                proc.stdin.write(data)
                remaining -= len(data)


SCRATCH_PREFIX = "docqc-dask-"


def _sweep(parent):
    """Removes the scratch directories of processes that no longer run: a worker killed
    mid-partition (SIGKILL, out of memory) cannot remove its own."""
    try:
        names = os.listdir(parent)
    except OSError:
        return
    for name in names:
        if not name.startswith(SCRATCH_PREFIX):
            continue
        pid = name[len(SCRATCH_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(os.path.join(parent, name), ignore_errors=True)
        except OSError:
            pass  # alive, another user's


@contextlib.contextmanager
def scratch_directory(parent=None):
    """A temporary directory named after this process (docqc-dask-PID-XXXX) in `parent`
    (default: the system's), removed on the way out; stale ones of dead processes are
    swept first. Inside the driver's spool the driver's cleanup removes it too."""
    parent = parent or tempfile.gettempdir()
    _sweep(parent)
    path = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=parent)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def run_docqc(docqc, part, offset, options, band_keys_only=False, matches=None, output=None,
              scratch=None):
    """Runs docqc on one partition; returns (records, band key rows bytes, peak RSS KiB, exit).

    `matches`: the corpus-wide duplicate matches of this partition's items (dicts, see
    dedup.py), handed to docqc with --cross-matches. `output`: docqc writes the records to
    this file and `records` is None; without it, `records` are the bytes. `scratch`: the
    directory to hold this call's temporary files (see scratch_directory()).

    docqc's standard error goes to a file, not a pipe: a pipe read only after stdin is fed
    blocks both processes once docqc has written 64 KiB of diagnostics.
    """
    import json

    with scratch_directory(scratch) as tmp:
        cmd = [docqc, "check", "--input-format", "jsonl", "--line-offset", str(offset),
               "--quiet"] + list(options)
        keys_path = os.path.join(tmp, "keys.jsonl")
        if band_keys_only:
            cmd += ["--emit-band-keys", keys_path, "--band-keys-only"]
        if matches is not None:
            matches_path = os.path.join(tmp, "matches.jsonl")
            with open(matches_path, "w", encoding="utf-8") as f:
                for match in matches:
                    f.write(json.dumps(match, ensure_ascii=False) + "\n")
            cmd += ["--cross-matches", matches_path]
        out_path = output or os.path.join(tmp, "out.jsonl")
        cmd += ["--output", out_path]
        errors_path = os.path.join(tmp, "stderr")
        with open(errors_path, "wb") as errors:
            if part[2] is None:
                cmd.append(part[0])
                proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stderr=errors)
            else:
                cmd.append("-")
                proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=errors)
                try:
                    _feed(proc, part)
                    proc.stdin.close()
                except BrokenPipeError:
                    pass
                proc.wait()
        with open(errors_path, "rb") as f:
            stderr = f.read()
        if proc.returncode not in (0, 1, 2) or not os.path.exists(out_path):
            raise RuntimeError(f"docqc failed on {part}: exit {proc.returncode}: "
                               f"{stderr.decode(errors='replace')}")
        records = None
        if output is None:
            with open(out_path, "rb") as f:
                records = f.read()
        keys = b""
        if band_keys_only:
            with open(keys_path, "rb") as f:
                keys = f.read()
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return records, keys, peak, proc.returncode
