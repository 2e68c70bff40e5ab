"""Load YAML declarations (scenarios, dataset specs) into pydantic models with helpful errors.

A malformed file yields one :class:`~malaka.errors.Problem` per mistake, naming the file, the
line and the field path the way an author writes it (``pools[2].shifts[0].staff``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from malaka.errors import InputError, Problem

M = TypeVar("M", bound=BaseModel)
PathKey = tuple[str | int, ...]


def _line_index(node: yaml.Node, prefix: PathKey, out: dict[PathKey, int]) -> None:
    """Record the 1-based line of every mapping key and sequence item below ``node``."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            path = (*prefix, key)
            out[path] = key_node.start_mark.line + 1
            _line_index(value_node, path, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            path = (*prefix, i)
            out[path] = item.start_mark.line + 1
            _line_index(item, path, out)


def format_loc(loc: tuple[str | int, ...]) -> str:
    """Turn a pydantic location into ``a.b[2].c``, dropping union-tag noise."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif text:
            text += f".{part}"
        else:
            text = str(part)
    return text


_BOUNDS = {
    "greater_than_equal": (">=", "ge"),
    "greater_than": (">", "gt"),
    "less_than_equal": ("<=", "le"),
    "less_than": ("<", "lt"),
}
_FIXED = {
    "extra_forbidden": "unknown field (not allowed here)",
    "missing": "required field is missing",
}


def _message(error: Any) -> str:
    """Phrase a pydantic error the way a scenario author thinks about it."""
    kind = error["type"]
    if kind in _BOUNDS:
        op, key = _BOUNDS[kind]
        return f"must be {op} {(error.get('ctx') or {})[key]}"
    if kind in _FIXED:
        return _FIXED[kind]
    return str(error["msg"]).removeprefix("Value error, ")


def _clean_loc(loc: tuple[str | int, ...], data: Any) -> tuple[str | int, ...]:
    """Drop the discriminator/union labels pydantic inserts that are not keys of the file."""
    cleaned: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            cleaned.append(part)
            node = node[part]
        elif isinstance(node, dict | list):
            # a union or tag label such as 'lognormal' or 'function-after[...]': not in the file
            if isinstance(part, str) and (
                part.startswith(("function-", "tagged-union")) or "[" in part
            ):
                continue
            if isinstance(node, dict) and isinstance(part, str):
                # a missing or unknown key: keep it, it is what the author must add or remove
                cleaned.append(part)
                node = None
            continue
        else:
            cleaned.append(part)
    return tuple(cleaned)


def problems_from_validation(
    err: ValidationError, file: str, data: Any, lines: dict[PathKey, int] | None = None
) -> list[Problem]:
    """Convert a pydantic ValidationError into one Problem per error, with lines if known."""
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for error in err.errors():
        loc = _clean_loc(tuple(error["loc"]), data)
        line = None
        if lines:
            probe = loc
            while probe and probe not in lines:
                probe = probe[:-1]
            line = lines.get(probe)
        field = format_loc(loc)
        message = _message(error)
        if (field, message) in seen:
            continue
        seen.add((field, message))
        problems.append(Problem(file, field, message, line))
    return problems


def read_yaml(path: Path) -> tuple[Any, dict[PathKey, int]]:
    """Read a YAML file, returning its data and a map from field path to line number."""
    name = path.name
    if not path.is_file():
        raise InputError.single(str(path), "", "file not found")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError.single(name, "", f"cannot read file: {exc}") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError([Problem(name, "", f"invalid YAML: {problem}", line)]) from exc
    lines: dict[PathKey, int] = {}
    if node is not None:
        _line_index(node, (), lines)
    return data, lines


def load_model(path: Path, model: type[M], context: dict[str, Any] | None = None) -> M:
    """Load and validate ``path`` as ``model``; raise InputError listing every problem."""
    data, lines = read_yaml(path)
    if not isinstance(data, dict):
        raise InputError.single(path.name, "", "expected a mapping of fields at the top level")
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        raise InputError(problems_from_validation(exc, path.name, data, lines)) from exc
