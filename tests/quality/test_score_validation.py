#!/usr/bin/env python3
"""Unit tests of bench/quality/score_validation.py's measures on tiny inputs: the truth's
damaged characters and Spearman's rank correlation. Run: python3 tests/quality/test_score_validation.py
"""

from __future__ import annotations

import os
import sys
import unittest

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "bench", "quality"))
import score_validation  # noqa: E402


def row(data: bytes, start: int, end: int, clean: str = "") -> dict:
    return {"byte_offset": start, "byte_length": end - start, "clean": clean,
            "damaged": data[start:end].decode("utf-8", "replace")}


class DamagedCharacters(unittest.TestCase):
    def test_characters_of_rows_count_once_without_white_space(self) -> None:
        data = "第 3 章\n\n—1—\n\n正文".encode()
        header = row(data, 0, len("第 3 章".encode()))
        number_start = data.index("—1—".encode())
        number = row(data, number_start, number_start + len("—1—".encode()))
        # The split-paragraph row spans the page number that has its own row.
        split = row(data, number_start - 2, number_start + len("—1—\n\n".encode()))
        self.assertEqual(score_validation.damaged_characters(data, [header]), 3)
        self.assertEqual(score_validation.damaged_characters(data, [header, number, split]), 6)

    def test_rows_without_characters_count_their_clean_text_or_one(self) -> None:
        data = "正文正文\n\n正文".encode()
        dropped = row(data, 3, 3, clean="确实")
        split = row(data, 12, 14)
        self.assertEqual(score_validation.damaged_characters(data, [dropped]), 2)
        self.assertEqual(score_validation.damaged_characters(data, [split]), 1)
        self.assertEqual(score_validation.damaged_characters(data, []), 0)

    def test_raw_bytes_count_one_each(self) -> None:
        data = "甲".encode() + b"\xb0\xa1" + "乙".encode()
        self.assertEqual(score_validation.damaged_characters(data, [row(data, 3, 5)]), 2)


class Spearman(unittest.TestCase):
    def test_monotone_and_reversed(self) -> None:
        self.assertAlmostEqual(score_validation.spearman([1, 2, 3, 4], [10, 20, 35, 90]), 1.0)
        self.assertAlmostEqual(score_validation.spearman([1, 2, 3, 4], [9, 7, 5, 1]), -1.0)

    def test_ties_take_their_mean_rank(self) -> None:
        # Clean sources: density 0, score 100, tied.
        rho = score_validation.spearman([0, 0, 10, 20], [100, 100, 80, 60])
        self.assertAlmostEqual(rho, -1.0)
        self.assertEqual(score_validation.ranks([5, 1, 5, 3]), [3.5, 1.0, 3.5, 2.0])

    def test_constant_or_short_input_is_zero(self) -> None:
        self.assertEqual(score_validation.spearman([1, 1, 1], [3, 2, 1]), 0.0)
        self.assertEqual(score_validation.spearman([1], [1]), 0.0)


if __name__ == "__main__":
    unittest.main()
