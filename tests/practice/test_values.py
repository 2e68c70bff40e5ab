"""The judged form of values and what a comparison says is wrong."""

from __future__ import annotations

import pandas as pd
import pytest

from malaka.practice.values import compare, encode


def _cmp(got: object, want: object, **kw: object) -> str | None:
    mismatch = compare(encode(got), encode(want), **kw)  # type: ignore[arg-type]
    return None if mismatch is None else mismatch.key


def test_numbers_of_any_kind_compare_within_tolerance() -> None:
    import numpy as np

    assert _cmp(np.int64(26), 26) is None
    assert _cmp(0.1 + 0.2, 0.3) is None
    assert _cmp(26.5, 26) == "value"
    assert _cmp(True, 1) == "type", "a bool is not a number answer"


def test_strings_ignore_surrounding_spaces_only() -> None:
    assert _cmp(" shikoyat\n", "shikoyat") is None
    assert _cmp("Shikoyat", "shikoyat") == "value"


def test_type_mismatch_names_both_kinds() -> None:
    mismatch = compare(encode("26"), encode(26))
    assert mismatch is not None
    assert mismatch.params == {"want": "num", "got": "str"}


def test_series_labels_values_and_order() -> None:
    want = pd.Series({"ariza": 3, "shikoyat": 2})
    assert _cmp(pd.Series({"shikoyat": 2, "ariza": 3}), want) is None
    assert _cmp(pd.Series({"shikoyat": 2, "ariza": 3}), want, ordered=True) == "order"
    assert _cmp(pd.Series({"ariza": 3, "taklif": 2}), want) == "index"
    assert _cmp(pd.Series({"ariza": 3, "shikoyat": 5}), want) == "labels_value"
    mismatch = compare(encode(pd.Series({"ariza": 3})), encode(want))
    assert mismatch is not None
    assert mismatch.params["missing"] == ["'shikoyat'"]


def test_frames_ignore_row_labels_and_column_order_but_not_rows() -> None:
    want = pd.DataFrame({"id": [1, 2, 3], "kind": ["a", "b", "a"]})
    filtered = want[want["kind"] == "a"]
    assert _cmp(filtered.reset_index(drop=True), filtered) is None
    assert _cmp(filtered[["kind", "id"]], filtered) is None
    assert _cmp(want, filtered) == "rows"
    assert _cmp(want[["id"]], want) == "columns"
    swapped = want.assign(kind=["a", "a", "b"])
    assert _cmp(swapped, want) == "cells"
    assert _cmp(want.iloc[::-1], want, ordered=True) == "order"
    assert _cmp(want.iloc[::-1], want) is None


def test_lists_and_sets() -> None:
    assert _cmp([3, 1, 2], [1, 2, 3]) is None
    assert _cmp([3, 1, 2], [1, 2, 3], ordered=True) == "order"
    assert _cmp({1, 2}, [2, 1]) is None
    assert _cmp([1, 2], [1, 2, 3]) == "length"
    assert _cmp([1, 4, 2], [1, 2, 3]) == "items"


def test_dates_and_time_spans() -> None:
    assert _cmp(pd.Timestamp("2026-03-20"), pd.Timestamp("2026-03-20 00:00")) is None
    assert _cmp(pd.Timestamp("2026-03-21"), pd.Timestamp("2026-03-20")) == "value"
    assert _cmp(pd.Timedelta(days=15), pd.Timedelta(hours=360)) is None


@pytest.mark.parametrize("value", [float("nan"), None, pd.NaT])
def test_missing_values_are_none(value: object) -> None:
    assert encode(value)["t"] == "none"


def test_unknown_objects_keep_only_their_type() -> None:
    assert encode(object()) == {"t": "other", "type": "object"}
