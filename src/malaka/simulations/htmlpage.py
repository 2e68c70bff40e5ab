# mypy: disable-error-code="import-untyped"
"""Reports as single HTML files a head of department opens from a shared folder.

``report.md``, ``plan.md`` and ``compare.md`` become ``report.html`` and so on beside them:
one file each, plots embedded (so that copying or mailing the file keeps them), readable
without the site, Python or the internet.
"""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path

import markdown

from malaka import atomic

_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.45; color: #1a202c; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #cbd5e0; padding: 0.3rem 0.6rem; }
th { background: #edf2f7; }
td:not(:first-child) { text-align: right; }
img { max-width: 100%; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
"""


def _embed_images(body: str, folder: Path) -> str:
    """Replace ``<img src="plot.png">`` of files in ``folder`` by data URIs."""

    def inline(match: re.Match[str]) -> str:
        src = html.unescape(match.group(2))
        path = folder / src
        if "/" in src or not path.is_file() or path.suffix.lower() != ".png":
            return match.group(0)
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f'{match.group(1)}"data:image/png;base64,{data}"'

    return re.sub(r'(<img[^>]*?src=)"([^"]+)"', inline, body)


def write_html(markdown_path: Path, lang: str = "uz") -> Path:
    """Write the HTML twin of a Markdown report (same name, ``.html``) and return its path."""
    text = markdown_path.read_text(encoding="utf-8")
    title = next((ln[2:] for ln in text.splitlines() if ln.startswith("# ")), markdown_path.stem)
    body = markdown.markdown(text, extensions=["tables"], output_format="html")
    body = _embed_images(body, markdown_path.parent)
    page = (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
    path = markdown_path.with_suffix(".html")
    atomic.write_text(path, page)
    return path
