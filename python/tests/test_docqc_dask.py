"""docqc-dask against `docqc check --input-format jsonl` (run by tests/cli/test_dask_runner.sh).

DOCQC names the binary. Each test builds a small corpus with exact and near duplicates
spread over partitions, unreadable records and blank lines, and compares the runner's
records with one docqc process's, byte for byte.
"""

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from distributed import Client, LocalCluster  # noqa: E402

from docqc_dask import dedup  # noqa: E402
from docqc_dask.runner import run  # noqa: E402

DOCQC = os.environ["DOCQC"]

PARAGRAPHS = [
    "请于6月10日前完成辖区内地下空间、低洼地区和在建工地的防汛隐患排查，建立问题清单。",
    "各街道要加强值班值守，严格执行领导带班和二十四小时值班制度，确保信息畅通。",
    "本办法自发布之日起施行，由市应急管理局负责解释，此前规定与本办法不一致的以本办法为准。",
    "社区综合服务设施应当优先用于养老托育、便民服务、文化体育等公益性服务，不得改变用途。",
    "区人民政府应当按照每百户不低于三十平方米的标准配置社区综合服务设施，并纳入年度计划。",
    "第一条 为了规范社区服务工作，提高社区服务水平，满足居民多样化生活需求，制定本条例。",
    "发现险情要第一时间报告并组织群众转移，不得迟报、漏报、瞒报，违者依法依规追究责任。",
    "锟斤拷 本通知的附件因编码错误无法显示\ufffd，请联系办公室重新获取。",
]


def corpus(directory, records=140, seed=7):
    """Two JSONL files; returns their paths."""
    rng = random.Random(seed)
    lines = []
    for i in range(records):
        roll = rng.random()
        if roll < 0.03:
            lines.append(rng.choice(["not json", '{"id": "x"}', '{"text": 42}', "[1]"]))
            continue
        if roll < 0.05:
            lines.append("")
            continue
        count = rng.randint(1, 4)
        paragraphs = [rng.choice(PARAGRAPHS) for _ in range(count)]
        if rng.random() < 0.3:
            # A near copy: a few characters changed in one paragraph.
            p = rng.randrange(count)
            text = paragraphs[p]
            paragraphs[p] = text[:10] + "特别" + text[12:]
        filler = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
        unique = ("\n\n" + "".join(rng.choice(filler) for _ in range(40)) + "。"
                  if rng.random() < 0.5 else "")
        text = "\n\n".join(paragraphs) + unique
        lines.append(json.dumps({"id": f"d{i}", "text": text, "source": "gen"},
                                ensure_ascii=False))
    half = len(lines) // 2
    paths = []
    for name, chunk in (("a.jsonl", lines[:half]), ("b.jsonl", lines[half:])):
        path = os.path.join(directory, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(chunk) + "\n")
        paths.append(path)
    return paths


def single_process(paths, output, options):
    cmd = [DOCQC, "check", "--input-format", "jsonl", "--jobs", "1", "--quiet", "--output",
           output] + options + paths
    return subprocess.run(cmd, stderr=subprocess.PIPE).returncode


class DaskRunnerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        cls.client = Client(cls.cluster)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="docqc-dask-test-")
        self.dir = self.tmp.name
        self.paths = corpus(self.dir)

    def tearDown(self):
        self.tmp.cleanup()

    def compare(self, options, **kwargs):
        expected = os.path.join(self.dir, "expected.jsonl")
        actual = os.path.join(self.dir, "actual.jsonl")
        code = single_process(self.paths, expected, options)
        result = run(self.paths, actual, self.client, docqc=DOCQC,
                     options=options + ["--jobs", "1"], partition_bytes=5000, **kwargs)
        with open(expected, "rb") as f:
            want = f.read()
        with open(actual, "rb") as f:
            got = f.read()
        self.assertGreater(result["partitions"], 4)
        self.assertEqual(got, want)
        return want, code, result

    def test_local_cluster_gives_the_single_process_records(self):
        want, _, result = self.compare(["--cross-file", "--keep-fields", "source"])
        records = [json.loads(line) for line in want.decode().splitlines()]
        lines = [r["line"] for r in records]
        self.assertEqual(lines, sorted(lines))
        # Duplicates across partitions were found (the shuffle did something).
        far = [f for r in records for f in r.get("findings", [])
               if f["rule"] in ("duplicate-document", "cross-record-duplicate")
               and r["line"] - f["related"][0]["record_line"] > 30]
        self.assertTrue(far, "no duplicate across partitions in the corpus")

    def test_nothing_is_left_beside_the_output(self):
        self.compare([])
        self.assertEqual(sorted(os.listdir(self.dir)),
                         ["a.jsonl", "actual.jsonl", "b.jsonl", "expected.jsonl"])

    def test_a_worker_without_the_spool_returns_the_records(self):
        # A worker on another machine (no shared file system) does not see the spool: the
        # records travel in the result, and the output is the same.
        from docqc_dask import runner
        from docqc_dask.partition import partitions

        part = partitions(self.paths[:1], 1 << 30)[0]
        spool = tempfile.mkdtemp(dir=self.dir)
        with open(os.path.join(spool, "token"), "w", encoding="ascii") as f:
            f.write("right")
        seen, _, _ = runner._check(DOCQC, part, 0, ["--jobs", "1"], None, (spool, "right"), 3)
        unseen, _, _ = runner._check(DOCQC, part, 0, ["--jobs", "1"], None, (spool, "wrong"), 4)
        self.assertEqual(seen, ("file", os.path.join(spool, "part-000003.jsonl")))
        self.assertEqual(unseen[0], "bytes")
        with open(seen[1], "rb") as f:
            self.assertEqual(f.read(), unseen[1])
        self.assertTrue(unseen[1])

    def test_bad_records_flow_through_as_error_records(self):
        want, code, result = self.compare(["--strict"])
        records = [json.loads(line) for line in want.decode().splitlines()]
        errors = [record for record in records if "error" in record]
        self.assertTrue(errors)
        for record in errors:
            self.assertEqual(set(record), {"line", "error"})
        self.assertEqual(code, 2)
        self.assertEqual(result["exit"], 2)

    def test_a_killed_worker_is_retried_without_losing_or_duplicating_records(self):
        pids = self.client.run(os.getpid)
        killed = []

        def progress(done, total):
            if done == 2 and not killed:
                victim = sorted(pids.values())[0]
                killed.append(victim)
                os.kill(victim, signal.SIGKILL)

        want, _, _ = self.compare(["--cross-file"], progress=progress)
        self.assertTrue(killed)
        self.client.wait_for_workers(2, timeout=30)
        # The killed worker's scratch directory went with the driver's spool.
        left = [n for n in os.listdir(tempfile.gettempdir())
                if n.startswith(f"docqc-dask-{killed[0]}-")]
        self.assertEqual(left, [])


class PartitionTest(unittest.TestCase):
    def test_partitions_cover_the_input_at_newlines_and_shrink_at_the_end(self):
        from docqc_dask.partition import partitions

        with tempfile.TemporaryDirectory(prefix="docqc-dask-test-") as tmp:
            path = os.path.join(tmp, "c.jsonl")
            line = json.dumps({"text": "字" * 300}, ensure_ascii=False) + "\n"
            with open(path, "w", encoding="utf-8") as f:
                f.write(line * 40000)  # ~36 MB
            size = os.path.getsize(path)
            parts = partitions([path], 4 << 20, workers=2)
            self.assertEqual(parts[0][1], 0)
            self.assertEqual(parts[-1][2], size)
            for (_, _, end), (_, start, _) in zip(parts, parts[1:]):
                self.assertEqual(end, start)
                self.assertEqual(end % len(line.encode()), 0)  # cut after a newline
            sizes = [end - start for _, start, end in parts]
            self.assertLessEqual(max(sizes), (4 << 20) + len(line.encode()))
            # The last partitions are short: at most a MiB and a line each.
            self.assertLessEqual(max(sizes[-3:]), (1 << 20) + len(line.encode()))
            # Never growing: each is at most the one before (give or take the line cut).
            for a, b in zip(sizes, sizes[1:]):
                self.assertLessEqual(b, a + len(line.encode()))
            self.assertGreater(sizes[0], sizes[-1])
            # One worker: fewer, larger partitions.
            self.assertLess(len(partitions([path], 4 << 20, workers=1)), len(parts))


class ScratchTest(unittest.TestCase):
    def test_a_dead_process_scratch_is_swept_and_a_live_one_kept(self):
        from docqc_dask.partition import SCRATCH_PREFIX, scratch_directory

        with tempfile.TemporaryDirectory(prefix="docqc-dask-test-") as parent:
            child = subprocess.Popen([sys.executable, "-c", "pass"])
            child.wait()  # a pid that no longer runs
            dead = os.path.join(parent, f"{SCRATCH_PREFIX}{child.pid}-x")
            alive = os.path.join(parent, f"{SCRATCH_PREFIX}{os.getppid()}-y")
            other = os.path.join(parent, f"{SCRATCH_PREFIX}test-z")
            for path in (dead, alive, other):
                os.mkdir(path)
                with open(os.path.join(path, "out.jsonl"), "w", encoding="utf-8") as f:
                    f.write("{}\n")
            with scratch_directory(parent) as mine:
                self.assertTrue(os.path.basename(mine).startswith(f"{SCRATCH_PREFIX}{os.getpid()}-"))
                self.assertFalse(os.path.exists(dead))
                self.assertTrue(os.path.exists(alive))
                self.assertTrue(os.path.exists(other))
            self.assertFalse(os.path.exists(mine))

    def test_much_diagnostic_output_does_not_block_the_partition(self):
        # A docqc that writes much to standard error before it reads its input (options
        # passed through can make it verbose): with standard error on a pipe read only at
        # the end, both processes would wait on each other once the pipe (64 KiB) is full.
        from docqc_dask.partition import run_docqc

        with tempfile.TemporaryDirectory(prefix="docqc-dask-test-") as tmp:
            fake = os.path.join(tmp, "fake-docqc")
            with open(fake, "w", encoding="utf-8") as f:
                f.write(f"#!{sys.executable}\n"
                        "import sys\n"
                        "out = sys.argv[sys.argv.index('--output') + 1]\n"
                        "sys.stderr.write('docqc: warning: something\\n' * 20000)\n"
                        "sys.stderr.flush()\n"
                        "data = sys.stdin.buffer.read()\n"
                        "open(out, 'wb').write(data)\n")
            os.chmod(fake, 0o755)
            path = os.path.join(tmp, "in.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for i in range(5000):
                    f.write(json.dumps({"text": "字" * 100}, ensure_ascii=False) + "\n")
            size = os.path.getsize(path)
            result = []
            worker = threading.Thread(target=lambda: result.append(
                run_docqc(fake, (path, 0, size - 1), 0, [], scratch=tmp)), daemon=True)
            worker.start()
            worker.join(60)
            self.assertFalse(worker.is_alive(), "run_docqc blocked on the child's stderr")
            records, _, _, code = result[0]
            self.assertEqual(len(records), size - 1)
            self.assertEqual(code, 0)


class DedupRulesTest(unittest.TestCase):
    def row(self, line, item, sig, exact="e", bands=("k",)):
        return {"line": line, "item": item, "id": line, "exact": exact, "bands": list(bands),
                "sig": sig, "loc": [1, 1, 0, 3]}

    def test_exact_group_points_at_the_first_earlier_record(self):
        rows = [self.row(3, 1, "0" * 512), self.row(1, 2, "0" * 512), self.row(1, 3, "0" * 512)]
        matches = dedup.match_group(((0, 14), [((0, 14), r) for r in rows]))
        self.assertEqual([(m["line"], m["other_line"], m["other_item"]) for m in matches],
                         [(3, 1, 2)])

    def test_near_needs_the_threshold(self):
        a = "00000001" * 64
        b = "00000001" * 52 + "00000002" * 12
        c = "00000001" * 51 + "00000002" * 13
        band = (1, 7)
        self.assertEqual(len(dedup.match_group((band, [(band, self.row(1, 0, a)),
                                                       (band, self.row(2, 0, b))]))), 1)
        self.assertEqual(dedup.match_group((band, [(band, self.row(1, 0, a)),
                                                   (band, self.row(2, 0, c))])), [])


if __name__ == "__main__":
    unittest.main()
