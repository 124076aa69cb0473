"""What the rules/data generators share: python3-jieba's dictionary and package versions.

jieba/dict.txt (Debian python3-jieba) holds one word a line: `word count part-of-speech`.
Imported by the tools/gen_*.py scripts, which run from any directory.
"""

import subprocess
import unicodedata

JIEBA_DICT = "/usr/lib/python3/dist-packages/jieba/dict.txt"


def is_han(c):
    """A CJK unified ideograph (any block) or 〇."""
    return c == "\u3007" or unicodedata.name(c, "").startswith("CJK UNIFIED IDEOGRAPH")


def read_words(path):
    """Yields (word, count) for every line of the dictionary that has both."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 2:
                yield fields[0], int(fields[1])


def word_counts(path):
    """Every word with the sum of its counts."""
    words = {}
    for word, count in read_words(path):
        words[word] = words.get(word, 0) + count
    return words


def characters(path):
    """The set of characters of the dictionary's words."""
    chars = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            chars.update(line.split(" ", 1)[0])
    return chars


def package_version(package):
    """The installed Debian version of `package`, or "unknown version"."""
    try:
        return subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", package],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            check=True,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        return "unknown version"
