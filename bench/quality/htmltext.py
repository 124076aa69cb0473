"""HTML manual pages -> plain text paragraphs (stdlib only, deterministic).

One output line per block (paragraph, heading, list item, table row); a blank line between
blocks. Navigation, scripts, styles, tables of contents and <pre> listings are dropped: the
clean set is the manuals' prose, not their code. White space inside a block collapses to one
space, and a source line break between two CJK characters disappears (HTML sources wrap
Chinese sentences anywhere; a browser shows no space there either).
"""

from __future__ import annotations

import html.parser
import re

_BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr", "blockquote",
    "table", "ul", "ol", "dl", "br", "hr", "title", "caption", "section", "article", "td", "th",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "wbr", "param"}
_SKIP_TAGS = {"script", "style", "head", "pre", "nav", "noscript", "svg", "math"}
# Classes and ids of navigation chrome and generated lists in docbook, asciidoc and texi2html.
_SKIP_CLASSES = {"navheader", "navfooter", "toc", "nav_table", "toc_header", "toc_uplink",
                 "footer_version", "footer_report", "listingblock", "literalblock",
                 "programlisting", "screen", "synopsis", "cmdsynopsis", "list-of-tables",
                 "list-of-figures", "index"}
_SKIP_IDS = {"tocframe", "footer", "languages", "highlighting-settings", "toc", "header",
             "footnotes"}

_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_QUOTES = r"\u2018-\u201d\u2026\u2014"  # “ ” ‘ ’ … — sit between Chinese characters unspaced
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n\s*(?=[{_CJK}{_QUOTES}])"
                        rf"|(?<=[{_CJK}{_QUOTES}])[ \t\r]*\n\s*(?=[{_CJK}])")
_SPACES = re.compile(r"[^\S\t]+")
_TABS = re.compile(r" *\t[\s]*")  # table cells are separated by one tab


class _Extractor(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._parts: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self._cell = False

    def _skipping(self) -> bool:
        return bool(self._stack) and self._stack[-1][1]

    def _flush(self) -> None:
        text = "".join(self._parts)
        self._parts = []
        text = _CJK_BREAK.sub("", text)
        text = _TABS.sub("\t", _SPACES.sub(" ", text)).strip()
        if text:
            self.blocks.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        skip = (self._skipping() or tag in _SKIP_TAGS or bool(classes & _SKIP_CLASSES)
                or (values.get("id") or "") in _SKIP_IDS)
        if tag in ("td", "th") and not skip:
            if self._cell:
                self._parts.append("\t")
            self._cell = True
        elif tag in _BLOCK and not skip:
            self._flush()
            self._cell = False
        if tag not in _VOID:
            self._stack.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        # Pop to the matching start tag (HTML in the wild leaves <p> and <li> open).
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                was_skipping = self._stack[index][1]
                del self._stack[index:]
                if tag in _BLOCK and tag not in ("td", "th") and not was_skipping:
                    self._flush()
                    self._cell = False
                return

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_blocks(source: str) -> list[str]:
    """The text blocks of an HTML page, in document order."""
    parser = _Extractor()
    parser.feed(source)
    parser.close()
    return parser.blocks
