"""python3 -m docqc_dask [--scheduler ADDRESS | --workers N] [--docqc PATH] --output OUT.jsonl
INPUT.jsonl... [docqc check options]"""

import argparse
import sys

DOCQC_VALUE_OPTIONS = {
    "--text-field", "--id-field", "--keep-fields", "--min-quality", "--max-errors", "--select",
    "--ignore", "--rules", "--config", "--jobs", "-j", "--format", "-f", "--encoding",
}
# Options that make no sense per partition (the runner writes the one output).
UNSUPPORTED = {"--drop-report", "--line-offset", "--emit-band-keys", "--band-keys-only",
               "--cross-matches", "--fix-in-place"}


def parse(argv):
    parser = argparse.ArgumentParser(
        prog="docqc-dask",
        description="Check JSONL corpora with docqc on a Dask cluster; other options go to "
                    "`docqc check` (e.g. --cross-file, --min-quality 60, --text-field body).")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=2,
                       help="worker processes of a local cluster (default 2)")
    parser.add_argument("--threads-per-worker", type=int, default=1)
    parser.add_argument("--docqc", help="the docqc binary (default: $DOCQC or docqc on PATH)")
    parser.add_argument("--output", "-o", required=True, help="the result records (JSONL)")
    parser.add_argument("--partition-mb", type=float, default=32.0,
                        help="partition size in MB (default 32)")
    parser.add_argument("inputs", nargs="+", help="JSONL files (.jsonl, .jsonl.gz, .jsonl.zst)")
    # Options of `docqc check` that take a value go on with it; so does everything after --.
    front, passed = [], []
    argv = list(argv)
    if "--" in argv:
        cut = argv.index("--")
        argv, passed = argv[:cut], argv[cut + 1:]
    i = 0
    while i < len(argv):
        token = argv[i]
        name = token.split("=", 1)[0]
        if name in DOCQC_VALUE_OPTIONS:
            if "=" in token:
                passed.append(token)
            else:
                passed.extend(argv[i:i + 2])
                i += 1
        else:
            front.append(token)
        i += 1
    args, rest = parser.parse_known_args(front)
    options = rest + passed
    for name in UNSUPPORTED:
        if any(o.split("=", 1)[0] == name for o in options):
            parser.error(f"{name} is not supported by docqc-dask")
    if not any(o.split("=", 1)[0] in ("--jobs", "-j") for o in options):
        options += ["--jobs", str(args.threads_per_worker)]
    return args, options


def main(argv=None):
    from distributed import Client, LocalCluster

    from .runner import run

    args, options = parse(sys.argv[1:] if argv is None else argv)
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=args.threads_per_worker,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        result = run(args.inputs, args.output, client, docqc=args.docqc, options=options,
                     partition_bytes=int(args.partition_mb * (1 << 20)))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return result["exit"]
