"""Turn declarations (scenario YAML, data cards, Parquet schemas) into Markdown for the site.

Scenario parameters are rendered from the YAML file itself, generically (scalars as a table,
lists of records as tables, nested mappings as sub-sections), so the catalogue follows the
scenario format as it evolves without a second copy of its structure here.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from malaka.site.i18n import t


def cell(value: Any) -> str:
    """One Markdown table cell: compact, escaped, pipes protected."""
    if isinstance(value, Mapping):
        text = ", ".join(f"{k}: {_inline(v)}" for k, v in value.items())
    elif isinstance(value, list | tuple):
        text = ", ".join(_inline(v) for v in value)
    elif value is None:
        text = "—"
    else:
        text = str(value)
    text = html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 400 else text[:397] + "…"


def _inline(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _records_table(items: Sequence[Mapping[str, Any]]) -> str:
    headers: list[str] = []
    for item in items:
        for key in item:
            if key not in headers:
                headers.append(str(key))
    return table(headers, [[item.get(h) for h in headers] for item in items])


def render_mapping(data: Mapping[str, Any], lang: str) -> str:
    """Render a YAML mapping: its scalar fields as one table, each nested part folded below it.

    Scenarios are long; folding (Material's collapsible admonitions) keeps the page readable
    while every parameter stays on it.
    """
    scalars = [(k, v) for k, v in data.items() if not isinstance(v, Mapping | list)]
    simple_lists = [
        (k, v)
        for k, v in data.items()
        if isinstance(v, list) and not any(isinstance(i, Mapping) for i in v)
    ]
    out: list[str] = []
    rows = [[f"`{k}`", v] for k, v in scalars + simple_lists]
    if rows:
        out.append(table([t("field", lang), t("value", lang)], rows))
    for key, value in data.items():
        if isinstance(value, Mapping):
            body = render_mapping(value, lang)
        elif isinstance(value, list) and any(isinstance(i, Mapping) for i in value):
            records = [i if isinstance(i, Mapping) else {"value": i} for i in value]
            body = _records_table(records)
        else:
            continue
        out.append(f'??? note "{key}"\n\n' + _indent(body))
    return "\n".join(out)


def dataset_files_table(folder: Path, lang: str) -> str:
    """Tables of a built dataset (name, rows, columns with types) read from its Parquet files."""
    import pyarrow.parquet as pq

    parts: list[str] = []
    summary: list[list[Any]] = []
    for pq_path in sorted(folder.glob("*.parquet")):
        meta = pq.read_metadata(pq_path)
        schema = pq.read_schema(pq_path)
        summary.append([f"`{pq_path.stem}`", meta.num_rows, len(schema.names)])
        cols = [[f"`{f.name}`", str(f.type)] for f in schema]
        parts.append(
            f'??? note "{t("columns", lang)}: `{pq_path.stem}`"\n\n'
            + _indent(table([t("columns", lang), t("type", lang)], cols))
        )
    if not summary:
        return ""
    head = table([t("table", lang), t("rows", lang), t("columns", lang)], summary)
    return head + "\n" + "\n".join(parts)


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in text.splitlines()) + "\n"


def json_pretty(data: Any) -> str:
    """Stable JSON for embedding in pages and assets."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
