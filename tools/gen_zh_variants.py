#!/usr/bin/env python3
"""Generate rules/data/zh-hans-only.txt and rules/data/zh-hant-only.txt.

Source: Debian's OpenCC character tables (package libopencc-data, dumped to
text with `opencc_dict` from package opencc). ICU's Simplified-Traditional and
Traditional-Simplified transliterators (`uconv -x`, package icu-devtools) are
run over the result as a cross-check and the agreement is printed.

A character is simplified-only when OpenCC's STCharacters maps it to other
characters and never to itself, and no table says it is also a valid
traditional character (the Taiwan and Hong Kong standard forms of
TWVariants/HKVariants count as traditional: 群, 峰, 床). Traditional-only is
the mirror image with TSCharacters, restricted to characters whose simplified
form is a common character of the mainland standard: a CJK Unified Ideograph of
the basic block (U+4E00..U+9FFF) that python3-jieba's dictionary uses. Debian
ships no copy of the Table of General Standard Chinese Characters (通用规范汉字表);
this is its proxy. It leaves out OpenCC's analogical simplifications into
Extension A/B and later (騧 -> 䯄, 輗 -> 𫐐), which mainland editions do not use and
most fonts cannot show: such characters are neutral. A simplified-only
character that Big5 also holds and that has several traditional forms (并 ->
並 併, 复 -> 復 複 覆) is neutral too: a converter cannot choose, keeps the Big5
character, and it stands in correct traditional text. Everything else (后, 于, 干, 面, 台, 着 ...) is neutral: it is
written the same in both variants, at least in some words.

Usage: tools/gen_zh_variants.py [--opencc-dir DIR] [--out-dir rules/data]
Standard library only; needs the commands opencc_dict and uconv.
"""

import argparse
import codecs
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jieba_dict import JIEBA_DICT, characters, package_version  # noqa: E402


def read_opencc_table(opencc_dir, name):
    """Return {key: [values...]} of one .ocd2 table, via opencc_dict."""
    src = os.path.join(opencc_dir, name + ".ocd2")
    with tempfile.TemporaryDirectory() as tmp:
        dst = os.path.join(tmp, name + ".txt")
        subprocess.run(
            ["opencc_dict", "-i", src, "-o", dst, "-f", "ocd2", "-t", "text"],
            check=True,
        )
        table = {}
        with open(dst, encoding="utf-8") as f:
            for line in f:
                key, values = line.rstrip("\n").split("\t")
                table[key] = values.split(" ")
        return table


def icu_transliterate(transform, chars):
    """Map each character through `uconv -x transform`, one per line."""
    text = "\n".join(chars) + "\n"
    out = subprocess.run(
        ["uconv", "-f", "utf-8", "-t", "utf-8", "-x", transform],
        input=text.encode("utf-8"),
        stdout=subprocess.PIPE,
        check=True,
    ).stdout.decode("utf-8")
    lines = out.split("\n")[: len(chars)]
    return dict(zip(chars, lines))


def in_big5(c):
    try:
        codecs.encode(c, "big5")
        return True
    except UnicodeEncodeError:
        return False


def write_table(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write("# " + line + "\n" if line else "#\n")
        for key, values in rows:
            f.write(key + "\t" + "".join(values) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--opencc-dir", default="/usr/share/opencc")
    parser.add_argument(
        "--jieba-dict", default=JIEBA_DICT
    )
    parser.add_argument(
        "--out-dir",
        default=os.path.join(os.path.dirname(__file__), "..", "rules", "data"),
    )
    args = parser.parse_args()

    st = read_opencc_table(args.opencc_dir, "STCharacters")
    ts = read_opencc_table(args.opencc_dir, "TSCharacters")
    for table in (st, ts):
        assert all(len(k) == 1 for k in table), "expected single characters"

    changes_in_st = {k for k, v in st.items() if k not in v}
    changes_in_ts = {k for k, v in ts.items() if k not in v}
    valid_traditional = {k for k, v in ts.items() if k in v}
    # OpenCC's traditional is the old print standard (羣, 峯, 牀); the Taiwan
    # and Hong Kong standard forms (群, 峰, 床) are traditional too.
    for regional in ("TWVariants", "HKVariants"):
        for values in read_opencc_table(args.opencc_dir, regional).values():
            valid_traditional.update(v for v in values if len(v) == 1)
    valid_simplified = {k for k, v in st.items() if k in v}
    hans = changes_in_st - changes_in_ts - valid_traditional
    hant = changes_in_ts - changes_in_st - valid_simplified
    assert not hans & hant
    # Ambiguous Big5 characters stay in converted traditional text (并, 复).
    ambiguous = {c for c in hans if len(st[c]) > 1 and in_big5(c)}
    hans -= ambiguous
    # Only simplified forms mainland text uses (not 騧 -> 䯄).
    common = characters(args.jieba_dict)
    rare_target = {
        c for c in hant if not ("\u4e00" <= ts[c][0] <= "\u9fff" and ts[c][0] in common)
    }
    hant -= rare_target
    print(
        f"left out: {len(ambiguous)} ambiguous Big5 simplified ({''.join(sorted(ambiguous))}), "
        f"{len(rare_target)} traditional with a rare simplified form",
        file=sys.stderr,
    )

    # Cross-check with ICU: does ICU also convert the character?
    icu_s2t = icu_transliterate("Simplified-Traditional", sorted(hans))
    icu_t2s = icu_transliterate("Traditional-Simplified", sorted(hant))
    agree_s = sum(1 for c in hans if icu_s2t[c] != c)
    agree_t = sum(1 for c in hant if icu_t2s[c] != c)
    print(
        f"simplified-only: {len(hans)} (ICU converts {agree_s}); "
        f"traditional-only: {len(hant)} (ICU converts {agree_t})",
        file=sys.stderr,
    )

    common = [
        "Generated by tools/gen_zh_variants.py from Debian's libopencc-data",
        f"{package_version('libopencc-data')} (STCharacters, TSCharacters, "
        "TWVariants, HKVariants)",
        f"and python3-jieba {package_version('python3-jieba')} (dict.txt).",
        "Do not edit by hand.",
        "",
    ]
    write_table(
        os.path.join(args.out_dir, "zh-hans-only.txt"),
        [
            "Characters written only in simplified Chinese, each followed by",
            "its traditional forms, most common first (the fix uses the first).",
        ]
        + common,
        sorted((c, st[c]) for c in hans),
    )
    write_table(
        os.path.join(args.out_dir, "zh-hant-only.txt"),
        [
            "Characters written only in traditional Chinese, each followed by",
            "its simplified forms, most common first (the fix uses the first).",
        ]
        + common,
        sorted((c, ts[c]) for c in hant),
    )


if __name__ == "__main__":
    main()
