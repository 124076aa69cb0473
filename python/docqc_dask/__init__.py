"""docqc-dask: run `docqc check --input-format jsonl` over a JSONL corpus on a Dask cluster.

The corpus (one or more JSONL files, read as one stream of lines) is cut into partitions at
line boundaries; each partition is checked by the docqc binary in a subprocess on a worker,
and the result records are written in input order, byte for byte what one
`docqc check --input-format jsonl` run over the concatenated input writes. With
`--cross-file`, duplicate documents and paragraphs across the whole corpus are found as
docqc finds them in one process: the workers emit MinHash band keys (`--emit-band-keys`), a
Dask shuffle groups them by key, candidate pairs are verified on their signatures
(dedup.py), and the matches go back to the partitions' final check (`--cross-matches`).
"""

__all__ = ["run", "main"]

from .runner import run  # noqa: E402
from .cli import main  # noqa: E402
