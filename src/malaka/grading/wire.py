"""The only thing that crosses between a trainee kernel and the judge: plain data.

A message is a JSON header plus zero or more binary blobs, each sent as a length-prefixed frame.
Values are encoded as tagged trees (``{"t": "int", "v": 3}``); tables and arrays travel as
Arrow IPC streams or raw numeric buffers. Nothing is ever unpickled.

:func:`encode` runs in the trainee kernel (untrusted: what it sends is whatever the trainee
likes, so it is only ever treated as data). :func:`decode` runs in the judge and rebuilds
every value from scratch as a plain builtin, numpy or pandas object: a ``str`` subclass whose
``__eq__`` always returns True arrives as an ordinary ``str``, and an object that is not data
arrives as :class:`NotData`, which no comparison accepts. Arrow was chosen because it carries
pandas' column types (dates, time zones, nullable integers) without pickling and is already a
dependency of the event log.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import socket
import struct
from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 32
MAX_ITEMS = 1_000_000
MAX_FRAME = 64 * 1024 * 1024
MAX_BLOBS = 256
_LEN = struct.Struct(">Q")

_NUMERIC_DTYPES = {
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float32",
    "float64",
}


class WireError(Exception):
    """A message that is not well-formed data (too big, too deep, wrong shape)."""


@dataclass(frozen=True)
class NotData:
    """Stands for a trainee value that is not data (a function, a model, a broken object)."""

    type_name: str

    def __repr__(self) -> str:
        return f"<not data: {self.type_name}>"


# --------------------------------------------------------------------------- framing


def send(sock: socket.socket, header: dict[str, Any], blobs: list[bytes] | None = None) -> None:
    """Send one message: the JSON header (with the blob count), then each blob."""
    blobs = blobs or []
    body = json.dumps({**header, "blobs": len(blobs)}, allow_nan=False).encode()
    parts = [_LEN.pack(len(body)), body]
    for blob in blobs:
        parts += [_LEN.pack(len(blob)), blob]
    sock.sendall(b"".join(parts))


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise EOFError("the other side closed the channel")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def recv(sock: socket.socket, max_bytes: int = MAX_FRAME) -> tuple[dict[str, Any], list[bytes]]:
    """Receive one message; raise :class:`WireError` if it breaks a limit or is not a dict."""
    total = 0

    def frame() -> bytes:
        nonlocal total
        (size,) = _LEN.unpack(_recv_exact(sock, _LEN.size))
        total += size
        if total > max_bytes:
            raise WireError(f"message larger than {max_bytes} bytes")
        return _recv_exact(sock, size)

    try:
        header = json.loads(frame())
    except (ValueError, RecursionError) as exc:
        raise WireError(f"header is not JSON: {type(exc).__name__}") from None
    if not isinstance(header, dict):
        raise WireError("header is not an object")
    count = header.get("blobs", 0)
    if not isinstance(count, int) or not 0 <= count <= MAX_BLOBS:
        raise WireError("bad blob count")
    return header, [frame() for _ in range(count)]


# --------------------------------------------------------------------------- encode (kernel)


def encode(  # noqa: PLR0911, PLR0912 - one branch per kind of value
    value: Any, blobs: list[bytes], depth: int = 0
) -> dict[str, Any]:
    """Encode ``value`` as a tagged tree, appending binary parts to ``blobs``."""
    if depth > MAX_DEPTH:
        return {"t": "other", "type": "nested too deep"}
    import numpy as np
    import pandas as pd  # type: ignore[import-untyped]

    if value is None:
        return {"t": "none"}
    if isinstance(value, bool | np.bool_):
        return {"t": "bool", "v": bool(value)}
    if isinstance(value, int | np.integer):
        return {"t": "int", "v": str(int(value))}
    if isinstance(value, float | np.floating):
        return {"t": "float", "v": repr(float(value))}
    if isinstance(value, str):
        return {"t": "str", "v": str.__str__(value)}
    if value is pd.NaT:
        return {"t": "nat"}
    if isinstance(value, pd.Timestamp):
        return {"t": "timestamp", "v": value.isoformat()}
    if isinstance(value, np.datetime64):
        return {"t": "timestamp", "v": pd.Timestamp(value).isoformat()}
    if isinstance(value, dt.datetime):
        return {"t": "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {"t": "date", "v": value.isoformat()}
    if isinstance(value, pd.Timedelta | np.timedelta64):
        return {"t": "timedelta", "ns": str(pd.Timedelta(value).value)}
    if isinstance(value, dt.timedelta):
        return {"t": "timedelta", "ns": str(pd.Timedelta(value).value)}
    if isinstance(value, pd.DataFrame):
        return _encode_frame(value, blobs, depth)
    if isinstance(value, pd.Series):
        return _encode_series(value, blobs, depth)
    if isinstance(value, pd.Index):
        return {"t": "index", "v": _encode_column(value.to_series(index=None), blobs, depth)}
    if isinstance(value, np.ndarray):
        return _encode_array(value, blobs, depth)
    if isinstance(value, list | tuple | set | frozenset):
        tag = {list: "list", tuple: "tuple", set: "set", frozenset: "set"}
        kind = next((t for base, t in tag.items() if isinstance(value, base)), "list")
        items = list(value)
        if len(items) > MAX_ITEMS:
            return {"t": "other", "type": "too many items"}
        return {"t": kind, "v": [encode(v, blobs, depth + 1) for v in items]}
    if isinstance(value, dict):
        if len(value) > MAX_ITEMS:
            return {"t": "other", "type": "too many items"}
        pairs = [
            [encode(k, blobs, depth + 1), encode(v, blobs, depth + 1)] for k, v in value.items()
        ]
        return {"t": "dict", "v": pairs}
    return {"t": "other", "type": type(value).__name__}


def _encode_column(series: Any, blobs: list[bytes], depth: int) -> dict[str, Any]:
    """One column as an Arrow stream, or as a list of tagged values if Arrow cannot hold it."""
    import pyarrow as pa

    try:
        array = pa.array(series, from_pandas=True)
        if not _arrow_ok(array.type):
            raise TypeError(str(array.type))
        table = pa.table({"v": array})
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        blobs.append(sink.getvalue().to_pybytes())
        return {"arrow": len(blobs) - 1}
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return {"list": [encode(v, blobs, depth + 1) for v in list(series)]}


def _encode_labels(index: Any, blobs: list[bytes], depth: int) -> dict[str, Any]:
    import pandas as pd

    levels = [index.get_level_values(i) for i in range(index.nlevels)]
    return {
        "levels": [_encode_column(pd.Series(level), blobs, depth) for level in levels],
        "names": [encode(n, blobs, depth + 1) for n in index.names],
    }


def _encode_series(series: Any, blobs: list[bytes], depth: int) -> dict[str, Any]:
    return {
        "t": "series",
        "name": encode(series.name, blobs, depth + 1),
        "index": _encode_labels(series.index, blobs, depth),
        "values": _encode_column(series.reset_index(drop=True), blobs, depth),
    }


def _encode_frame(frame: Any, blobs: list[bytes], depth: int) -> dict[str, Any]:
    if frame.shape[1] > 10_000:
        return {"t": "other", "type": "too many columns"}
    columns = [
        _encode_column(frame.iloc[:, j].reset_index(drop=True), blobs, depth)
        for j in range(frame.shape[1])
    ]
    return {
        "t": "frame",
        "index": _encode_labels(frame.index, blobs, depth),
        "columns": _encode_labels(frame.columns, blobs, depth),
        "values": columns,
    }


def _encode_array(array: Any, blobs: list[bytes], depth: int) -> dict[str, Any]:
    if array.dtype.name in _NUMERIC_DTYPES:
        import numpy as np

        blobs.append(np.ascontiguousarray(array).tobytes())
        return {
            "t": "ndarray",
            "dtype": array.dtype.name,
            "shape": list(array.shape),
            "blob": len(blobs) - 1,
        }
    if array.size > MAX_ITEMS:
        return {"t": "other", "type": "too many items"}
    flat = [encode(v, blobs, depth + 1) for v in array.ravel().tolist()]
    return {"t": "ndarray", "dtype": "object", "shape": list(array.shape), "v": flat}


def _arrow_ok(kind: Any) -> bool:
    """Arrow types the judge rebuilds: numbers, booleans, text, dates, times, durations."""
    import pyarrow as pa

    t = pa.types
    if t.is_dictionary(kind):
        return _arrow_ok(kind.value_type)
    return bool(
        t.is_integer(kind)
        or t.is_floating(kind)
        or t.is_boolean(kind)
        or t.is_string(kind)
        or t.is_large_string(kind)
        or t.is_timestamp(kind)
        or t.is_date(kind)
        or t.is_duration(kind)
        or t.is_null(kind)
    )


# --------------------------------------------------------------------------- decode (judge)


def decode(tree: Any, blobs: list[bytes], depth: int = 0) -> Any:
    """Rebuild a value from a tagged tree; raise :class:`WireError` on anything malformed."""
    try:
        return _decode(tree, blobs, depth)
    except WireError:
        raise
    except (ValueError, TypeError, OverflowError, KeyError, IndexError, RecursionError) as exc:
        raise WireError(f"malformed value: {type(exc).__name__}") from None


def _decode(  # noqa: PLR0911, PLR0912 - one branch per tag
    tree: Any, blobs: list[bytes], depth: int = 0
) -> Any:
    if depth > MAX_DEPTH:
        raise WireError("nested too deep")
    if not isinstance(tree, dict) or not isinstance(tree.get("t"), str):
        raise WireError("not a tagged value")
    import pandas as pd

    tag = tree["t"]
    v = tree.get("v")
    if tag == "none":
        return None
    if tag == "bool":
        return _typed(v, bool)
    if tag == "int":
        text = _typed(v, str)
        if len(text) > 4300:
            raise WireError("integer too long")
        return int(text)
    if tag == "float":
        return float(_typed(v, str))
    if tag == "str":
        return str(_typed(v, str))
    if tag == "nat":
        return pd.NaT
    if tag == "timestamp":
        return pd.Timestamp(_typed(v, str))
    if tag == "datetime":
        return dt.datetime.fromisoformat(_typed(v, str))
    if tag == "date":
        return dt.date.fromisoformat(_typed(v, str))
    if tag == "timedelta":
        return pd.Timedelta(int(_typed(tree.get("ns"), str)), unit="ns")
    if tag in ("list", "tuple", "set"):
        items = [decode(x, blobs, depth + 1) for x in _typed(v, list)]
        if tag == "tuple":
            return tuple(items)
        if tag == "set":
            try:
                return set(items)
            except TypeError:
                raise WireError("set of unhashable values") from None
        return items
    if tag == "dict":
        out: dict[Any, Any] = {}
        for pair in _typed(v, list):
            if not isinstance(pair, list) or len(pair) != 2:
                raise WireError("bad dict pair")
            key = decode(pair[0], blobs, depth + 1)
            try:
                out[key] = decode(pair[1], blobs, depth + 1)
            except TypeError:
                raise WireError("unhashable dict key") from None
        return out
    if tag == "series":
        return _decode_series(tree, blobs, depth)
    if tag == "frame":
        return _decode_frame(tree, blobs, depth)
    if tag == "index":
        return pd.Index(_decode_column(tree.get("v"), blobs, depth))
    if tag == "ndarray":
        return _decode_array(tree, blobs, depth)
    if tag == "other":
        return NotData(str(tree.get("type", "?"))[:80])
    raise WireError(f"unknown tag {tag[:20]!r}")


def _typed(value: Any, kind: type) -> Any:
    if type(value) is not kind:
        raise WireError(f"expected {kind.__name__}")
    return value


def _decode_column(spec: Any, blobs: list[bytes], depth: int) -> Any:
    import pandas as pd
    import pyarrow as pa

    if not isinstance(spec, dict):
        raise WireError("bad column")
    if "list" in spec:
        return pd.Series(
            [decode(x, blobs, depth + 1) for x in _typed(spec["list"], list)], dtype=object
        )
    index = _typed(spec.get("arrow"), int)
    if not 0 <= index < len(blobs):
        raise WireError("bad blob reference")
    try:
        table = pa.ipc.open_stream(blobs[index]).read_all()
    except (pa.ArrowException, ValueError) as exc:
        raise WireError(f"bad Arrow stream: {type(exc).__name__}") from None
    if table.num_columns != 1 or not _arrow_ok(table.schema.field(0).type):
        raise WireError("column of a type that is not data")
    column = table.column(0)
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    return column.to_pandas().reset_index(drop=True)


def _decode_labels(spec: Any, blobs: list[bytes], depth: int) -> Any:
    import pandas as pd

    if not isinstance(spec, dict):
        raise WireError("bad labels")
    levels = [_decode_column(s, blobs, depth) for s in _typed(spec.get("levels"), list)]
    names = [decode(n, blobs, depth + 1) for n in _typed(spec.get("names"), list)]
    if not levels or len(levels) != len(names) or len({len(level) for level in levels}) != 1:
        raise WireError("bad labels")
    try:
        if len(levels) == 1:
            return pd.Index(levels[0].array, name=names[0])
        return pd.MultiIndex.from_arrays(levels, names=names)
    except (TypeError, ValueError) as exc:
        raise WireError(f"bad labels: {type(exc).__name__}") from None


def _decode_series(tree: dict[str, Any], blobs: list[bytes], depth: int) -> Any:
    import pandas as pd

    index = _decode_labels(tree.get("index"), blobs, depth)
    values = _decode_column(tree.get("values"), blobs, depth)
    if len(values) != len(index):
        raise WireError("series length differs from its index")
    values.index = index
    values.name = decode(tree.get("name"), blobs, depth + 1)
    return pd.Series(values)


def _decode_frame(tree: dict[str, Any], blobs: list[bytes], depth: int) -> Any:
    import pandas as pd

    index = _decode_labels(tree.get("index"), blobs, depth)
    columns = _decode_labels(tree.get("columns"), blobs, depth)
    values = [_decode_column(c, blobs, depth) for c in _typed(tree.get("values"), list)]
    if len(values) != len(columns) or any(len(v) != len(index) for v in values):
        raise WireError("frame shape differs from its labels")
    if not values:
        return pd.DataFrame(index=index, columns=columns)
    frame = pd.concat(values, axis=1, ignore_index=True)
    frame.index = index
    frame.columns = columns
    return frame


def _decode_array(tree: dict[str, Any], blobs: list[bytes], depth: int) -> Any:
    import numpy as np

    shape = tuple(_typed(tree.get("shape"), list))
    if len(shape) > 8 or any(type(n) is not int or n < 0 for n in shape):
        raise WireError("bad array shape")
    size = math.prod(shape)
    dtype = _typed(tree.get("dtype"), str)
    if dtype == "object":
        flat = [decode(x, blobs, depth + 1) for x in _typed(tree.get("v"), list)]
        if len(flat) != size:
            raise WireError("array size differs from its shape")
        out = np.empty(size, dtype=object)
        out[:] = flat
        return out.reshape(shape)
    if dtype not in _NUMERIC_DTYPES:
        raise WireError("array of a type that is not data")
    index = _typed(tree.get("blob"), int)
    if not 0 <= index < len(blobs) or len(blobs[index]) != size * np.dtype(dtype).itemsize:
        raise WireError("array size differs from its shape")
    return np.frombuffer(blobs[index], dtype=dtype).reshape(shape).copy()


def pack(value: Any) -> tuple[dict[str, Any], list[bytes]]:
    """Encode ``value`` into a tree and its blobs (used on both sides for call arguments)."""
    blobs: list[bytes] = []
    return encode(value, blobs), blobs
