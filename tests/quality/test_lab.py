#!/usr/bin/env python3
"""Unit tests of the lab's pieces on tiny inputs: extraction (htmltext, rofftext), the truth
labeller (truth.py) and the scorer's matching (score.py). Run: python3 tests/quality/test_lab.py
"""

from __future__ import annotations

import os
import sys
import unittest

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "bench", "quality"))
import htmltext  # noqa: E402
import rofftext  # noqa: E402
import score  # noqa: E402
import truth  # noqa: E402


def labels(clean: str, damaged: str, **hints) -> list[tuple[int, str, str]]:
    return [(row["line"], row["subtype"], row["damaged"])
            for row in truth.truth_rows(clean, damaged, hints=hints)]


class HtmlText(unittest.TestCase):
    def test_blocks_navigation_and_listings_dropped(self) -> None:
        page = ("<html><head><title>T</title></head><body><div class='navheader'>上一页</div>"
                "<h1>第 1 章</h1><p>中文句子在源文件里\n换行，不加空格。</p><pre>ls -l</pre>"
                "<table><tr><td>甲</td><td>乙</td></tr></table></body></html>")
        self.assertEqual(htmltext.html_to_blocks(page),
                         ["第 1 章", "中文句子在源文件里换行，不加空格。", "甲\t乙"])


class RoffText(unittest.TestCase):
    def test_fill_escapes_and_tags(self) -> None:
        page = (".TH LS 1\n.SH 名称\nls \\- 列出目录内容\n.SH 描述\n.PP\n列出指定\n“文件”的信息。\n"
                ".TP\n\\fB\\-a\\fP, \\fB\\-\\-all\\fP\n不要忽略条目\n.nf\ncode here\n.fi\n")
        self.assertEqual(rofftext.roff_to_blocks(page),
                         ["名称", "ls - 列出目录内容", "描述", "列出指定“文件”的信息。",
                          "-a, --all", "不要忽略条目"])


class Truth(unittest.TestCase):
    def test_ocr_substitutions(self) -> None:
        self.assertEqual(labels("这些阶段可以有不同的配置，比如编译内核。\n",
                                "这些阶段可以有不同的配置, 比如编泽内核。\n"),
                         [(1, "halfwidth", ","), (1, "wrong-character", "泽")])

    def test_variant_forms_of_one_character(self) -> None:
        # 啓 -> 啟 simplify to one character (启): a variant form, not a misread; 割 -> 害 is.
        simplified = {"啓": "启", "啟": "启", "割": "割", "害": "害"}.get
        self.assertEqual(labels("系統的啓動，磁碟分割。\n", "系統的啟動，磁碟分害。\n",
                                simplified=simplified),
                         [(1, "variant", "啟"), (1, "wrong-character", "害")])

    def test_rewrapped_lines_are_not_damage(self) -> None:
        self.assertEqual(labels("一段很长的文字在这里结束。\n", "一段很长的\n文字在这里结束。\n"), [])

    def test_page_furniture_and_split_paragraph(self) -> None:
        clean = "标题\n\n第一段文字很长，很长很长的段落继续写下去。\n\n第二段。\n"
        damaged = "标题\n\n第一段文字很长，很长很长的\n\n- 1 -\n\f标题\n\n段落继续写下去。\n\n第二段。\n"
        self.assertEqual(labels(clean, damaged, furniture=["标题"]),
                         [(3, "split-paragraph", "\n\n- 1 -\n\f标题\n\n"),
                          (5, "page-number", "- 1 -"), (6, "page-header", "标题")])

    def test_moved_text(self) -> None:
        self.assertEqual(labels("杨柳。王之涣《凉州词·其一》\n\n国破山河在。\n",
                                "一》\n\n杨柳。王之涣《凉州词·其\n国破山河在。\n"),
                         [(1, "moved-text", "一》")])

    def test_planted_subtype_and_raw_bytes(self) -> None:
        data = "好的".encode("utf-8") + "测试".encode("gbk") + "。".encode("utf-8")
        rows = truth.truth_rows("好的测试。", data.decode("utf-8", "surrogateescape"), data,
                                {"subtype": "invalid-bytes"})
        self.assertEqual([(r["subtype"], r["byte_offset"], r["byte_length"]) for r in rows],
                         [("invalid-bytes", 6, 4)])


class Score(unittest.TestCase):
    def test_near_category_and_line_tolerance(self) -> None:
        data = "第一行文字\n第二行文字\n第三行文字\n第四行文字\n".encode("utf-8")
        rows = [{"category": "garbled", "subtype": "wrong-character", "byte_offset": 3,
                 "byte_length": 3},
                {"category": "structure", "subtype": "split-paragraph", "byte_offset": 16,
                 "byte_length": 1}]
        findings = [{"rule": "a", "category": "garbled", "byte_offset": 9, "byte_length": 3},
                    {"rule": "b", "category": "spacing", "byte_offset": 19, "byte_length": 3},
                    {"rule": "c", "category": "structure", "byte_offset": 22, "byte_length": 3},
                    {"rule": "d", "category": "garbled", "byte_offset": 51, "byte_length": 3}]
        found, near = score.score_case(rows, findings, data, set())
        # a: 3 bytes after the row (within 6): found. c: a structure finding on the next line
        # finds the split; d, two lines further, is far from both.
        self.assertEqual(found, [True, True])
        self.assertEqual(near, [True, True, True, False])


if __name__ == "__main__":
    unittest.main(verbosity=1)
