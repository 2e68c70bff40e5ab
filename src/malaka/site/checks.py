"""Checks over a built site: internal links, outside requests, leaked solutions, notebook pages.

Used by the tests and by ``malaka site check``; each returns a list of findings (empty = fine),
so a report names every problem at once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

_ATTR = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1>", re.DOTALL | re.IGNORECASE)
#: Resource-loading tags: an outside URL in any of these is a request leaving the intranet.
_LOADING = re.compile(
    r"<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*[\"'](https?:)?//"
    r"|<link\b[^>]*\bhref\s*=\s*[\"'](https?:)?//",
    re.IGNORECASE,
)
_CSS_REMOTE = re.compile(r"@import\s+url\(\s*['\"]?https?:|url\(\s*['\"]?(?:https?:)?//", re.I)
_JS_REMOTE = re.compile(r"""(?:import\(|fetch\(|importScripts\()\s*["'`]https?://""")
#: Hosts that would only appear to load fonts, scripts or styles from outside.
CDN_HOSTS = (
    "fonts.googleapis.com",
    "fonts.gstatic.com",
    "cdn.jsdelivr.net",
    "unpkg.com",
    "cdnjs.cloudflare.com",
    "polyfill.io",
    "cdn.mathjax.org",
    "use.fontawesome.com",
)
#: Loaders in Material's own bundle that fire only on old browsers (ResizeObserver polyfill) or
#: on pages with Mermaid diagrams (the site has none); the browser test proves neither runs.
MATERIAL_CONDITIONAL = (
    "https://unpkg.com/resize-observer-polyfill",
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
)
_SOLUTION = re.compile(r"### BEGIN SOLUTION(.*?)### END SOLUTION", re.DOTALL)
_HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS(.*?)### END HIDDEN TESTS", re.DOTALL)


def _html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def broken_links(site: Path) -> list[str]:
    """Every ``href``/``src`` inside the site that points at a file that does not exist."""
    root = site.resolve()
    problems: list[str] = []
    for page in _html_files(site):
        text = page.read_text(encoding="utf-8", errors="replace")
        text = _SCRIPT_OR_STYLE.sub("", text)
        for raw in _ATTR.findall(text):
            target = html.unescape(raw).strip()
            if not target or target.startswith(("#", "data:", "mailto:", "javascript:")):
                continue
            parts = urlsplit(target)
            if parts.scheme or parts.netloc:
                continue
            path = unquote(parts.path)
            if not path:
                continue
            resolved = (root / path.lstrip("/")) if path.startswith("/") else (page.parent / path)
            resolved = resolved.resolve()
            if path.endswith("/") or resolved.is_dir():
                resolved = resolved / "index.html"
            if not resolved.exists():
                problems.append(f"{page.relative_to(root)}: {target}")
    return problems


def external_requests(site: Path) -> list[str]:
    """Places where a page, stylesheet or script would load something from another host."""
    problems: list[str] = []
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix not in {".html", ".css", ".js", ".mjs"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        rel = path.relative_to(site)
        if path.name.startswith("bundle.") and path.suffix == ".js":
            for url in MATERIAL_CONDITIONAL:
                text = text.replace(url, "")
        if path.suffix == ".html" and _LOADING.search(text):
            problems.append(f"{rel}: loads a resource from another host")
        if path.suffix == ".css" and _CSS_REMOTE.search(text):
            problems.append(f"{rel}: stylesheet imports from another host")
        if path.suffix in {".js", ".mjs", ".html"} and _JS_REMOTE.search(text):
            problems.append(f"{rel}: script fetches from another host")
        problems += [f"{rel}: mentions {host}" for host in CDN_HOSTS if host in text]
    return problems


def secret_lines(
    sources: Iterable[Path], min_len: int = 12, published: Iterable[Path] = ()
) -> dict[str, str]:
    """Lines of solution blocks and hidden tests in exercise sources, mapped to their file.

    A line that also occurs anywhere outside those blocks (in any of the sources: shared
    imports, the opening of a multi-line check call, a name the question gives) is not a
    secret and is left out, as are very short lines. ``published`` sources (practice
    notebooks, whose solutions a trainee may reveal) count as public in full.
    """
    hidden: list[tuple[str, str]] = []
    public: list[str] = [src.read_text(encoding="utf-8") for src in published]
    for src in sources:
        text = src.read_text(encoding="utf-8")
        blocks = [m.group(1) for m in _SOLUTION.finditer(text)]
        blocks += [m.group(1) for m in _HIDDEN.finditer(text)]
        hidden += [(block, src.name) for block in blocks]
        public.append(_HIDDEN.sub("", _SOLUTION.sub("", text)))
    # Pages show Markdown inline code without its backticks, so compare without them too.
    public_text = "\n".join(public).replace("`", "")
    secrets: dict[str, str] = {}
    for block, origin in hidden:
        for line in block.splitlines():
            s = line.strip().removeprefix("# ").strip()
            if len(s) >= min_len and s not in public_text:
                secrets[s] = origin
    return secrets


def page_text(path: Path) -> str:
    """Visible text of an HTML page (tags removed, entities decoded), or a file's raw text."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".html":
        text = html.unescape(_TAG.sub("", text))
    return text


def leaks(site: Path, secrets: dict[str, str]) -> list[str]:
    """Built files (pages, notebooks, search index) that contain a secret line."""
    found: list[str] = []
    if not secrets:
        return found
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix not in {".html", ".ipynb", ".json", ".js", ".md"}:
            continue
        text = page_text(path)
        if path.suffix in {".ipynb", ".json"}:
            text = text.replace("\\n", "\n").replace('\\"', '"')
        for secret, origin in secrets.items():
            if secret in text:
                found.append(
                    f"{path.relative_to(site)}: solution/hidden line from {origin}: {secret!r}"
                )
    return found


def notebook_pages(site: Path) -> dict[Path, bool]:
    """Each notebook published beside its page: True if the page shows rendered cells."""
    result: dict[Path, bool] = {}
    for nb in sorted(site.rglob("*.ipynb")):
        page = nb.parent / "index.html"
        ok = page.is_file() and "jp-Cell" in page.read_text(encoding="utf-8", errors="replace")
        result[nb.relative_to(site)] = ok
    return result
