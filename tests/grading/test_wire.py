"""The data that crosses from a trainee kernel to the judge: round trips and hostile payloads."""

from __future__ import annotations

import datetime as dt
import socket
import struct

import numpy as np
import pandas as pd
import pytest

from malaka.grading import wire
from malaka.grading.judge import _compare


def _round(value: object) -> object:
    tree, blobs = wire.pack(value)
    return wire.decode(tree, blobs)


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        3,
        2**80,
        -0.5,
        "o'zbek — ўзбек",
        [1, "a", None],
        (1, 2.5),
        {"a": 1, 2: [3]},
        {1, 2, 3},
        dt.date(2025, 1, 31),
        dt.datetime(2025, 1, 31, 12, 30),
        pd.Timestamp("2025-03-01 10:00", tz="Asia/Tashkent"),
        pd.Timedelta(hours=5),
        np.arange(6, dtype="int32").reshape(2, 3),
        np.array(["a", None], dtype=object),
    ],
)
def test_plain_values_come_back_equal(value: object) -> None:
    back = _round(value)
    assert _compare(back, value, None, None) is None


def test_tables_keep_index_columns_and_types() -> None:
    frame = pd.DataFrame(
        {
            "n": [1, 2, None],
            "s": ["a", None, "c"],
            "t": pd.to_datetime(["2025-01-01", None, "2025-01-03"]).tz_localize("UTC"),
            "cat": pd.Categorical(["x", "y", "x"]),
        },
        index=pd.Index(["r1", "r2", "r3"], name="reg_no"),
    )
    back = _round(frame)
    assert isinstance(back, pd.DataFrame)
    assert list(back.columns) == ["n", "s", "t", "cat"]
    assert back.index.name == "reg_no"
    assert _compare(back, frame.astype({"cat": str}), None, None) is None
    series = frame["n"].rename("count")
    assert _compare(_round(series), series, None, None) is None
    multi = frame.set_index(["s"], append=True)["n"]
    assert _compare(_round(multi), multi, None, None) is None


def test_a_str_subclass_with_a_lying_eq_arrives_as_a_plain_str() -> None:
    class Liar(str):
        def __eq__(self, other: object) -> bool:
            return True

        __hash__ = str.__hash__

    back = _round(Liar("wrong"))
    assert type(back) is str
    assert back == "wrong"
    assert _compare(back, "right", None, None) == "not_equal"


def test_objects_that_are_not_data_fail_every_comparison() -> None:
    back = _round(lambda: 1)
    assert isinstance(back, wire.NotData)
    assert _compare(back, 1, None, None) == "not_data"


@pytest.mark.parametrize(
    ("tree", "blobs"),
    [
        ({"t": "int", "v": 5}, []),  # an int must arrive as text
        ({"t": "str", "v": ["x"]}, []),
        ({"t": "float", "v": "nan(" * 3}, []),
        ({"t": "list", "v": {"a": 1}}, []),
        ({"t": "dict", "v": [[{"t": "list", "v": []}, {"t": "none"}]]}, []),  # unhashable key
        ({"t": "ndarray", "dtype": "float64", "shape": [10], "blob": 0}, [b"short"]),
        ({"t": "ndarray", "dtype": "object_pickle", "shape": [1], "blob": 0}, [b"x" * 8]),
        ({"t": "series", "index": {}, "values": {"arrow": 3}, "name": {"t": "none"}}, []),
        ({"t": "series", "index": {"levels": [], "names": []}, "values": {"arrow": 0}}, [b"junk"]),
        ({"t": "pickle", "v": "gASV"}, []),
        ("not a dict", []),
    ],
)
def test_malformed_payloads_raise_wire_error_not_anything_else(
    tree: object, blobs: list[bytes]
) -> None:
    with pytest.raises(wire.WireError):
        wire.decode(tree, blobs)


def test_deep_nesting_is_refused() -> None:
    tree: dict[str, object] = {"t": "none"}
    for _ in range(wire.MAX_DEPTH + 5):
        tree = {"t": "list", "v": [tree]}
    with pytest.raises(wire.WireError):
        wire.decode(tree, [])


def test_frames_over_the_limit_and_junk_headers_are_refused() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(struct.pack(">Q", 10**12))
        with pytest.raises(wire.WireError):
            wire.recv(ours, max_bytes=1024)
    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(struct.pack(">Q", 5) + b"[1,2]")
        with pytest.raises(wire.WireError):
            wire.recv(ours)


def test_messages_round_trip_over_a_socket() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        tree, blobs = wire.pack(pd.Series([1.5, 2.5], index=["a", "b"]))
        wire.send(theirs, {"value": tree, "id": "x"}, blobs)
        header, got = wire.recv(ours)
    assert header["id"] == "x"
    back = wire.decode(header["value"], got)
    assert back.loc["b"] == 2.5


def test_tolerances_and_types_in_comparisons() -> None:
    assert _compare(0.3000001, 0.3, 1e-6, None) is None
    assert _compare(0.31, 0.3, 1e-6, None) == "not_close"
    assert _compare(float("nan"), 0.3, None, None) == "nan"
    assert _compare("0.3", 0.3, None, None) == "not_number"
    assert _compare(True, 1, None, None) == "not_number"
    assert _compare([1, 2], [1, 2, 3], None, None) == "wrong_len"
    assert _compare(dt.date(2025, 1, 1), pd.Timestamp("2025-01-01"), None, None) == "wrong_type"
    reordered = pd.Series([2, 1], index=["b", "a"])
    assert _compare(reordered, pd.Series([1, 2], index=["a", "b"]), None, None) is None
