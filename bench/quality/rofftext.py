"""man(7) roff source -> plain text paragraphs (stdlib only, deterministic).

Not a roff implementation: it keeps the prose a reader sees and drops the rest. Filled text
becomes one line per paragraph (a source line break between two CJK characters joins without
a space, as the translators meant; elsewhere it is one space). Headings (.SH/.SS) and .TP/.IP
tags are blocks of their own. No-fill regions (.nf/.fi, .EX/.EE), tables (.TS/.TE), macro
definitions (.de/..) and ignored blocks (.ig) are dropped like <pre> listings in the HTML
manuals: they hold commands and code, not prose.
"""

from __future__ import annotations

import re

_NAMED = {
    "em": "—", "en": "–", "aq": "'", "dq": '"', "bu": "•", "co": "©", "rg": "®", "lq": "“",
    "rq": "”", "oq": "‘", "cq": "’", "hy": "-", "mi": "-", "pl": "+", "mu": "×", "di": "÷",
    "de": "°", "ti": "~", "ha": "^", "rs": "\\", "sl": "/", "ga": "`", "aa": "´", "tm": "™",
    "<=": "≤", ">=": "≥", "!=": "≠", "->": "→", "<-": "←", "Fo": "«", "Fc": "»", "fo": "‹",
    "fc": "›",
}
_ESCAPE = re.compile(
    r"\\(?:"
    r"(?P<font>f(?:\[[^\]]*\]|\(..|.))"
    r"|(?P<size>s[-+]?(?:\[[^\]]*\]|\(..|\d{1,2}))"
    r"|\((?P<named2>..)"
    r"|\[(?P<named>[^\]]*)\]"
    r"|\*(?:\((?P<str2>..)|\[(?P<strn>[^\]]*)\]|(?P<str1>.))"
    r"|(?P<other>[nk$](?:\(..|\[[^\]]*\]|.)|[hvwowlLNxXYZbDR]'[^']*'|.)"
    r")"
)
_BREAKING = {
    "PP", "P", "LP", "TP", "IP", "HP", "br", "sp", "RS", "RE", "ne", "in", "ti", "bp", "Sp",
    "Sh", "Ip", "TQ", "PD", "UR", "UE", "MT", "ME", "SY", "YS", "OP", "ns", "rs",
}
_INLINE = {"B", "I", "SM", "SB"}
_ALTERNATING = {"BR", "RB", "BI", "IB", "IR", "RI"}
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_QUOTE = re.compile(r"[\u2018-\u201d\u2026\u2014]")  # “ ” ‘ ’ … — sit between Chinese unspaced


def _unescape(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group("font") or match.group("size"):
            return ""
        name = match.group("named2") or match.group("named")
        if name is not None:
            return _NAMED.get(name, "")
        string = match.group("str2") or match.group("strn") or match.group("str1")
        if string is not None:
            return {"lq": "“", "rq": "”", "R": "®", "Tm": "™"}.get(string, "")
        other = match.group("other")
        if other in ("-", "e", "\\", "."):
            return {"-": "-", "e": "\\", "\\": "\\", ".": "."}[other]
        if other in (" ", "~", "0"):
            return " "
        return ""  # \& \| \^ \c \% \n(xx \w'..' and the like print nothing

    text = re.sub(r'\\".*$', "", text)
    return _ESCAPE.sub(replace, text)


def _arguments(rest: str) -> list[str]:
    out: list[str] = []
    for match in re.finditer(r'"((?:[^"]|"")*)"|(\S+)', rest):
        out.append(match.group(1).replace('""', '"') if match.group(1) is not None
                   else match.group(2))
    return out


def _join(left: str, right: str) -> str:
    if not left:
        return right
    if not right:
        return left
    l_cjk, r_cjk = _CJK.match(left[-1]), _CJK.match(right[0])
    if (l_cjk or _QUOTE.match(left[-1])) and (r_cjk or _QUOTE.match(right[0])) and (
            l_cjk or r_cjk):
        return left + right
    return left.rstrip() + " " + right.lstrip()


def roff_to_blocks(source: str) -> list[str]:
    """The prose blocks of a man page, in order."""
    blocks: list[str] = []
    current = ""
    skip_until: str | None = None
    tag_next = False

    def flush() -> None:
        nonlocal current
        text = re.sub(r"[ \t]+", " ", current).strip()
        if text:
            blocks.append(text)
        current = ""

    for raw in source.splitlines():
        line = raw.rstrip()
        if skip_until is not None:
            if line.startswith(skip_until):
                skip_until = None
            continue
        if line.startswith((".", "'")):
            match = re.match(r"^[.'][ \t]*(\S*)[ \t]*(.*)$", line)
            name, rest = (match.group(1), match.group(2)) if match else ("", "")
            if name.startswith('\\"') or name == "":
                continue
            if name in ("de", "de1", "am", "ig"):
                flush()
                skip_until = ".."
                continue
            if name in ("nf", "EX"):
                flush()
                skip_until = ".fi" if name == "nf" else ".EE"
                continue
            if name == "TS":
                flush()
                skip_until = ".TE"
                continue
            if name in ("SH", "SS"):
                flush()
                current = _unescape(" ".join(_arguments(rest)))
                flush()
                continue
            if name in _INLINE:
                current = _join(current, _unescape(" ".join(_arguments(rest))))
            elif name in _ALTERNATING:
                current = _join(current, _unescape("".join(_arguments(rest))))
            elif name in _BREAKING:
                flush()
                if name == "TP":
                    tag_next = True
                elif name in ("IP", "Ip"):
                    arguments = _arguments(rest)
                    if arguments:
                        current = _unescape(arguments[0])
                        flush()
            # Every other request (.TH, .if, .ie, .el, .so, .ft, .ad, .hy, ...) prints nothing here.
            if tag_next and name not in ("TP",) and name not in _BREAKING:
                flush()
                tag_next = False
            continue
        text = _unescape(line)
        if not text.strip():
            flush()
            continue
        current = _join(current, text.strip())
        if tag_next:
            flush()
            tag_next = False
    flush()
    return blocks
