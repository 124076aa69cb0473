"""Corpus-wide duplicates from band keys: the definition of corpus/record_dedup.h, in Python.

Rows are what `docqc check --emit-band-keys` writes, one per item (item 0: the whole
document, k: its k-th counted paragraph): line, item, id, exact (32 hex digits), bands
(16 keys), sig (64 32-bit values as hex) and loc (line, column, byte offset, byte length of
the item's span in its record's text). Items are ordered by (line, item). For item j:

* exact: the first item with j's exact key, when it lies in an earlier record (the key
  already separates documents from paragraphs);
* near, when there is no exact match: over each of j's band buckets, the first
  MAX_BUCKET items of the bucket (in item order) that lie in earlier records; the first of
  them (in item order) whose signature agrees on at least THRESHOLD of the bins.

The shuffle groups rows by key; match_group() applies the rule to one group, best() keeps
one match per item. Nothing here compares more than MAX_BUCKET candidates per band.
"""

THRESHOLD = 0.8
MAX_BUCKET = 16
BINS = 64


def _order(row):
    return (row["line"], row["item"])


def similarity(a, b):
    sa, sb = a["sig"], b["sig"]
    equal = sum(1 for i in range(0, BINS * 8, 8) if sa[i:i + 8] == sb[i:i + 8])
    return equal / BINS


def keyed(row):
    """(key, row) pairs for the shuffle: the exact key and each band key. Keys are tuples of
    ints: the shuffle partitions by hash(), and str hashes differ from process to process."""
    yield ((0, int(row["exact"], 16)), row)
    for band in row["bands"]:
        yield ((1, int(band, 16)), row)


def _match(j, other, exact, sim):
    return {
        "line": j["line"],
        "item": j["item"],
        "exact": exact,
        "similarity": sim,
        "other_line": other["line"],
        "other_id": other["id"],
        "other_item": other["item"],
        "other_loc": other["loc"],
    }


def match_group(group):
    """The matches one key's group gives: a list of match dicts (see best())."""
    key, pairs = group
    rows = sorted((row for _, row in pairs), key=_order)
    out = []
    if key[0] == 0:  # the exact key
        first = rows[0]
        for row in rows[1:]:
            if first["line"] < row["line"]:
                out.append(_match(row, first, True, 1.0))
        return out
    indexed = rows[:MAX_BUCKET]
    for row in rows:
        for candidate in indexed:
            if candidate["line"] >= row["line"]:
                break
            sim = similarity(row, candidate)
            if sim + 1e-9 >= THRESHOLD:
                out.append(_match(row, candidate, False, sim))
                break
    return out


def better(a, b):
    """The match an item keeps: an exact one, else the earliest other item."""
    if a is None:
        return b
    if b is None:
        return a
    if a["exact"] != b["exact"]:
        return a if a["exact"] else b
    return a if (a["other_line"], a["other_item"]) <= (b["other_line"], b["other_item"]) else b


def best(matches):
    """One match per (line, item), from the matches of every group."""
    chosen = {}
    for match in matches:
        key = (match["line"], match["item"])
        chosen[key] = better(chosen.get(key), match)
    return chosen


