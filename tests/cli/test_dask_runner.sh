#!/usr/bin/env bash
# docqc-dask (python/docqc_dask) on a LocalCluster of 2 worker processes: byte-identical
# records to one `docqc check --input-format jsonl`, a killed worker retried, bad records
# passed through. Needs Debian's python3-dask and python3-distributed (ci/install-deps);
# exits 77 (skipped) without them.
set -euo pipefail
docqc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
python=/usr/bin/python3
if ! "$python" -c "import dask.bag, distributed" 2>/dev/null; then
  echo "python3-dask / python3-distributed missing: skipped"
  exit 77
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# The timeout only guards against a hang (a loaded 2-core machine needs over 120 s).
DOCQC="$docqc" timeout 600 "$python" "$root/python/tests/test_docqc_dask.py" -v 2>&1 | tail -n 30
exit "${PIPESTATUS[0]}"
