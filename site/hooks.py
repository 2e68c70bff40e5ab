"""MkDocs hooks for the course site: stage generated pages, and keep notebooks rendered as pages.

1. ``on_config`` assembles ``build/site-src`` (hand-written pages of ``site/`` plus pages
   generated from courses, datasets, scenarios and ``build/`` outputs; see
   ``malaka.site.stage``) once per process, points ``docs_dir`` there and sets the navigation.
   mkdocs-static-i18n rebuilds the site once per language and calls this again: it reuses the
   first staging.
2. ``on_files`` runs after mkdocs-static-i18n, which re-creates every file and so drops the
   notebook handling of mkdocs-jupyter (upstream mkdocs-static-i18n#198: notebooks would be
   published as raw JSON while ``--strict`` passes). It marks ``.ipynb`` files, and their
   language alternates, as documentation pages again, with page URLs.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from malaka.site.stage import Staged, stage

_STAGED: dict[str, Staged] = {}


def _build_root(repo: Path) -> Path:
    env = os.environ.get("MALAKA_BUILD")
    return Path(env).resolve() if env else repo / "build"


class _MemoryBytecodeCache:
    """Compiled Jinja templates kept in memory for every notebook conversion of a build.

    nbconvert makes a fresh Jinja environment for each notebook and so recompiles its whole
    template tree each time: two thirds of a cold build's time went there. Jinja's own
    bytecode-cache hook (validated by the template source checksum) removes that cost.
    """

    def __init__(self) -> None:
        import jinja2

        class Cache(jinja2.BytecodeCache):
            def __init__(self) -> None:
                self.store: dict[str, bytes] = {}

            def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
                data = self.store.get(bucket.key)
                if data is not None:
                    bucket.bytecode_from_string(data)

            def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
                self.store[bucket.key] = bucket.bytecode_to_string()

        self.cache = Cache()

    def install(self) -> None:
        """Wrap nbconvert's environment factory so every environment shares the cache."""
        from nbconvert.exporters.templateexporter import TemplateExporter

        create = TemplateExporter._create_environment
        if getattr(create, "_malaka_cached", False):
            return
        cache = self.cache

        def cached(exporter: Any) -> Any:
            env = create(exporter)
            env.bytecode_cache = cache
            return env

        cached._malaka_cached = True  # type: ignore[attr-defined]
        TemplateExporter._create_environment = cached


_TEMPLATES = _MemoryBytecodeCache()


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Stage the sources (once), then point MkDocs and the plugins at them."""
    _TEMPLATES.install()
    repo = Path(config.config_file_path).resolve().parent
    build = _build_root(repo)
    key = str(build)
    if key not in _STAGED:
        execute = os.environ.get("MALAKA_SITE_EXECUTE", "1") != "0"
        _STAGED[key] = stage(repo, build, execute=execute)
    staged = _STAGED[key]
    config["docs_dir"] = str(staged.root)
    config["nav"] = staged.nav
    i18n = config.plugins.get("i18n")
    if i18n is not None:
        for language in i18n.config.languages:
            extra = staged.nav_translations.get(language.locale, {})
            language.nav_translations = {**(language.nav_translations or {}), **extra}
    return config


@event_priority(-50)
def on_pre_build(config: MkDocsConfig) -> None:
    """One notebook render cache per language: mkdocs-jupyter evicts, after each build, the
    entries that build did not use, and mkdocs-static-i18n builds each language in turn, so a
    shared cache would lose every other language's notebooks each time."""
    jupyter = config.plugins.get("mkdocs-jupyter")
    i18n = config.plugins.get("i18n")
    if jupyter is None:
        return
    language = getattr(i18n, "current_language", None) or "default"
    build = _build_root(Path(config.config_file_path).resolve().parent)
    jupyter.config["cache_dir"] = str(build / "site-cache" / "mkdocs-jupyter" / language)


class NotebookPage(File):
    """A notebook file that MkDocs treats as a page (rendered by mkdocs-jupyter)."""

    def is_documentation_page(self) -> bool:
        return True


def _as_page(file: File, use_directory_urls: bool, site_dir: str) -> None:
    if isinstance(file, NotebookPage) or not file.src_uri.endswith(".ipynb"):
        return
    file.__class__ = NotebookPage
    dest = file.dest_uri
    if dest.endswith(".ipynb"):  # mkdocs-jupyter's own wrapper may have set a page path already
        parent, name = posixpath.split(dest)
        stem = name.removesuffix(".ipynb")
        dest = (
            posixpath.join(parent, stem, "index.html")
            if use_directory_urls
            else posixpath.join(parent, stem + ".html")
        )
    file.dest_uri = dest
    file.url = file._get_url(use_directory_urls)
    file.abs_dest_path = os.path.normpath(Path(site_dir, dest))


def _alternates(file: File, config: MkDocsConfig, langs: list[str], default: str) -> None:
    """Give a notebook page its other-language versions (for the language switcher).

    mkdocs-static-i18n records alternates only for files it sees as pages, which notebooks
    are not at that point: rebuild them from the staged file names.
    """
    from mkdocs_static_i18n.suffix import create_i18n_file

    norm = str(getattr(file, "norm_src_uri", file.src_uri))
    for lang in langs:
        stem = norm.removesuffix(".ipynb")
        candidate = norm if lang == default else f"{stem}.{lang}.ipynb"
        src = candidate if Path(config.docs_dir, candidate).is_file() else norm
        plain = File(src, config.docs_dir, config.site_dir, config.use_directory_urls)
        alt = create_i18n_file(plain, lang, default, langs, config)
        _as_page(alt, bool(config.use_directory_urls), config.site_dir)
        file.alternates[lang] = alt  # type: ignore[attr-defined]


@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Make every notebook a page again, with its language alternates."""
    use_dirs = bool(config.use_directory_urls)
    i18n = config.plugins.get("i18n")
    langs = [lang.locale for lang in i18n.config.languages] if i18n is not None else []
    default = (
        next((lang.locale for lang in i18n.config.languages if lang.default), "uz")
        if i18n
        else "uz"
    )
    for file in files:
        if not file.src_uri.endswith(".ipynb"):
            continue
        _as_page(file, use_dirs, config.site_dir)
        if langs and hasattr(file, "alternates"):
            _alternates(file, config, langs, default)
    return files


_REMOTE_SCRIPT = re.compile(
    r"<script\b[^>]*>(?:(?!</script>).)*?https?://(?:(?!</script>).)*?</script>", re.DOTALL
)
_EMPTY_SCRIPT = re.compile(r"<script src=\"\">\s*</script>")


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Drop nbconvert's loaders that would fetch from a CDN (Mermaid, MathJax placeholders).

    The notebooks use neither diagrams nor math, and the site must make no outside request.
    """
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    return _EMPTY_SCRIPT.sub("", _REMOTE_SCRIPT.sub("", output))
