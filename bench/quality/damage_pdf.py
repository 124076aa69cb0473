"""Pages made by real tools: headless Chromium prints paginated HTML to PDF, pdftotext
extracts it (with and without -layout), pdftoppm + ImageMagick + Tesseract OCR it.

The pager lays a clean document out on A5 pages itself (so a paragraph that does not fit
continues on the next page, as in any printed document), with a running header (the
document's title) and a page number in one of the common Chinese forms:

  dash   - 3 -          emdash  — 3 —        page    第 3 页
  total  第3页 共10页    slash   3 / 10        plain   3
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import tempfile

PAGE_FORMS = {
    "dash": "- {n} -", "emdash": "— {n} —", "page": "第 {n} 页", "total": "第{n}页 共{total}页",
    "slash": "{n} / {total}", "plain": "{n}",
}
_CSS = """
@page { size: 148mm 210mm; margin: 0; }
body { margin: 0; font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; }
.page { width: 148mm; height: 210mm; position: relative; page-break-after: always;
        overflow: hidden; box-sizing: border-box; padding: 18mm 14mm 18mm 14mm; }
.page:last-child { page-break-after: auto; }
.header { position: absolute; top: 8mm; left: 14mm; right: 14mm; font-size: 8pt;
          text-align: center; border-bottom: 0.3pt solid #000; padding-bottom: 1mm; }
.footer { position: absolute; bottom: 8mm; left: 14mm; right: 14mm; font-size: 9pt;
          text-align: center; }
p { font-size: 11pt; line-height: 1.55; margin: 0 0 2.2mm 0; text-indent: 2em;
    text-align: justify; }
p.cont { text-indent: 0; }
"""
# /usr/local/bin/convert may be a stand-in that only serves a file viewer; prefer ImageMagick.
_CONVERT = "/usr/bin/convert" if os.path.exists("/usr/bin/convert") else "convert"
LINE_WIDTH = 30.0  # CJK characters per line of body text (A5, 11pt, 120 mm)
PAGE_LINES = 27.0  # body lines per page (an A5 page holds about 31), leaving room for margins


def _width(text: str) -> float:
    return sum(0.55 if char.isascii() else 1.0 for char in text)


def _lines(text: str) -> float:
    """Printed lines of a paragraph (its own line breaks kept), plus the margin after it."""
    return sum(-(-(_width(line) + 2) // LINE_WIDTH) for line in text.split("\n")) + 0.35


def paginate(paragraphs: list[str]) -> list[list[tuple[str, bool]]]:
    """Pages of (paragraph text, continues-from-previous-page)."""
    pages: list[list[tuple[str, bool]]] = [[]]
    used = 0.0
    for paragraph in paragraphs:
        rest, continued = paragraph, False
        while rest:
            room = PAGE_LINES - used
            if _lines(rest) <= room:
                pages[-1].append((rest, continued))
                used += _lines(rest)
                break
            cut = _cut(rest, int(room - 0.6))
            if cut > 0:
                pages[-1].append((rest[:cut].rstrip("\n"), continued))
                rest, continued = rest[cut:].lstrip("\n"), True
            pages.append([])
            used = 0.0
    return [page for page in pages if page]


def _cut(text: str, lines: int) -> int:
    """The last place within the first `lines` printed lines where a line may break (not
    inside a Latin word, not at a space); 0 when that leaves less than a short line."""
    best, line, width = 0, 1, 2.0
    for index in range(1, len(text)):
        left, right = text[index - 1], text[index]
        if left == "\n":
            line, width = line + 1, 0.0
        else:
            width += 0.55 if left.isascii() else 1.0
            if width > LINE_WIDTH:
                line, width = line + 1, 0.55 if left.isascii() else 1.0
        if line > lines:
            break
        if left == " " or right == " " or right == "\n":
            continue
        if left.isascii() and left.isalnum() and right.isascii() and right.isalnum():
            continue
        best = index
    return best if best >= 12 else 0  # at least a part of a line, as a printer would cut


def page_html(pages: list[list[tuple[str, bool]]], title: str, form: str | None) -> str:
    out = ["<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><style>", _CSS,
           "</style></head><body>"]
    for number, page in enumerate(pages, 1):
        out.append("<div class='page'>")
        if title:
            out.append(f"<div class='header'>{html.escape(title)}</div>")
        for text, continued in page:
            klass = " class='cont'" if continued else ""
            # Lines of a poem or a saying stay lines.
            out.append(f"<p{klass}>{html.escape(text).replace(chr(10), '<br>')}</p>")
        if form:
            label = PAGE_FORMS[form].format(n=number, total=len(pages))
            out.append(f"<div class='footer'>{html.escape(label)}</div>")
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


def print_pdf(page_source: str, pdf_path: str) -> None:
    with tempfile.TemporaryDirectory(prefix="docqc-lab-") as scratch:
        source = os.path.join(scratch, "pages.html")
        with open(source, "w", encoding="utf-8") as out:
            out.write(page_source)
        command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                   "--no-pdf-header-footer", f"--user-data-dir={scratch}/profile",
                   f"--print-to-pdf={pdf_path}", "file://" + source]
        subprocess.run(command, capture_output=True, check=True, timeout=300)
    if not os.path.exists(pdf_path):
        raise RuntimeError("chromium printed no PDF")


def pdftotext(pdf_path: str, layout: bool) -> bytes:
    command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), pdf_path, "-"]
    return subprocess.run(command, capture_output=True, check=True).stdout


DEGRADE = {
    "clean": [],
    "rotate": ["-background", "white", "-rotate", "1.2"],
    "noise": ["-attenuate", "0.6", "+noise", "Gaussian"],
    "blur": ["-blur", "0x1.1"],
    "jpeg": ["-resize", "60%", "-quality", "18"],
}


def ocr_pages(pdf_path: str, degrade: str, language: str, dpi: int = 200) -> bytes:
    """OCR every page of the PDF after a degradation; pages joined by form feeds."""
    with tempfile.TemporaryDirectory(prefix="docqc-lab-") as scratch:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_path,
                        os.path.join(scratch, "page")], check=True, capture_output=True)
        texts = []
        for name in sorted(os.listdir(scratch)):
            image = os.path.join(scratch, name)
            if DEGRADE[degrade]:
                suffix = ".jpg" if degrade == "jpeg" else ".png"
                damaged = image + ".d" + suffix
                # A fixed seed keeps the noise deterministic.
                subprocess.run([_CONVERT, image, "-seed", "7", *DEGRADE[degrade], damaged],
                               check=True, capture_output=True)
                image = damaged
            result = subprocess.run(["tesseract", image, "-", "-l", language],
                                    capture_output=True, check=True,
                                    env={**os.environ, "OMP_THREAD_LIMIT": "1"})
            texts.append(result.stdout.decode("utf-8", "replace"))
        return "\f".join(texts).encode("utf-8")


def tools_missing(ocr: bool) -> list[str]:
    needed = ["chromium", "pdftotext"] + (["pdftoppm", "convert", "tesseract"] if ocr else [])
    return [tool for tool in needed if shutil.which(tool) is None]
