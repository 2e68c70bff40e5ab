"""Data for the appeal-status page: sample appeals and their status timelines, as a static asset.

A citizen types an appeal number and sees its steps (registered, assigned, request sent,
extended, answered...) against its legal deadline, like an online tracker. The page is static:
this module writes ``assets/appeal-status-data.js`` (a JSON object assigned to a global, so it
also works when the site is opened from disk) from the default dataset's ``appeals`` and
``status_history`` tables. Only the appeal number, kind, category, channel, dates and statuses
are published: no citizen name, address, phone or text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd  # type: ignore[import-untyped]

from malaka import atomic
from malaka.errors import InputError

KEY_CANDIDATES = ("reg_no", "appeal_id", "case_id")
TIME_CANDIDATES = ("at", "timestamp", "changed_at", "time", "ts", "occurred_at")
#: Appeal columns published when present (no personal data).
APPEAL_FIELDS = (
    "kind",
    "category",
    "channel",
    "urgency",
    "regime",
    "received_at",
    "registered_at",
    "due_at",
    "extended_until",
    "answered_at",
    "status",
    "outcome",
)
#: Names of status-history steps (ids from the dataset builder) in the three languages.
STATUS_LABELS: dict[str, dict[str, str]] = {
    "received": {"uz": "Kelib tushdi", "ru": "Поступило", "en": "Received"},
    "registered": {"uz": "Ro'yxatga olindi", "ru": "Зарегистрировано", "en": "Registered"},
    "assigned": {"uz": "Ijrochiga berildi", "ru": "Передано исполнителю", "en": "Assigned"},
    "in_progress": {"uz": "Ko'rib chiqilmoqda", "ru": "На рассмотрении", "en": "In progress"},
    "request_sent": {
        "uz": "Boshqa idoraga so'rov yuborildi",
        "ru": "Направлен запрос в ведомство",
        "en": "Request sent to an agency",
    },
    "reminder_sent": {
        "uz": "Eslatma yuborildi",
        "ru": "Направлено напоминание",
        "en": "Reminder sent",
    },
    "escalated": {"uz": "Yuqoriga xabar qilindi", "ru": "Эскалировано", "en": "Escalated"},
    "reply_received": {
        "uz": "Idoradan javob keldi",
        "ru": "Получен ответ ведомства",
        "en": "Agency replied",
    },
    "extended": {"uz": "Muddat uzaytirildi", "ru": "Срок продлён", "en": "Deadline extended"},
    "answered": {"uz": "Javob berildi", "ru": "Дан ответ", "en": "Answered"},
    "overdue": {"uz": "Muddati o'tdi", "ru": "Срок истёк", "en": "Overdue"},
    "forwarded": {
        "uz": "Vakolatli organga qayta yuborildi",
        "ru": "Переслано по компетенции",
        "en": "Forwarded to the competent body",
    },
    "left_without_consideration": {
        "uz": "Ko'rmay qoldirildi",
        "ru": "Оставлено без рассмотрения",
        "en": "Left without consideration",
    },
    "abandoned": {"uz": "Qo'ng'iroq uzildi", "ru": "Звонок прерван", "en": "Call abandoned"},
    "closed": {"uz": "Yopildi", "ru": "Закрыто", "en": "Closed"},
}
#: Steps worth showing first: what a citizen most wants to understand.
INTERESTING = ("extended", "overdue", "escalated", "request_sent", "left_without_consideration")
PER_STATUS = 30
MAX_APPEALS = 200


def _read(folder: Path, table: str) -> Any:
    pq_path = folder / f"{table}.parquet"
    csv_path = folder / f"{table}.csv"
    if pq_path.is_file():
        return pd.read_parquet(pq_path)
    if csv_path.is_file():
        return pd.read_csv(csv_path)
    raise InputError.single(str(folder / table), "table", "missing (neither .parquet nor .csv)")


def _iso(value: Any) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    ts = pd.Timestamp(value)
    return str(ts.isoformat(timespec="minutes"))


def build_status_data(dataset_dir: Path) -> dict[str, Any]:
    """Pick a varied sample of appeals and their status histories from a built dataset."""
    appeals = _read(dataset_dir, "appeals")
    history = _read(dataset_dir, "status_history")
    key = next((k for k in KEY_CANDIDATES if k in appeals.columns), None)
    if key is None or key not in history.columns:
        raise InputError.single(
            str(dataset_dir / "appeals"), "columns", f"no shared appeal number ({KEY_CANDIDATES})"
        )
    time_col = next((c for c in TIME_CANDIDATES if c in history.columns), None)
    if time_col is None:
        time_col = next(
            (c for c in history.columns if pd.api.types.is_datetime64_any_dtype(history[c])), None
        )
    if time_col is None or "status" not in history.columns:
        raise InputError.single(
            str(dataset_dir / "status_history"), "columns", "needs a status and a time column"
        )
    appeals = appeals.sort_values(key, kind="stable")
    keys = appeals[key].astype(str)
    seen = history.groupby(history[key].astype(str))["status"].agg(lambda s: set(map(str, s)))
    chosen_keys: list[str] = []
    # Interesting timelines first (they also lead the sample buttons), then every final status.
    for wanted_status in INTERESTING:
        having = [k for k in keys if wanted_status in seen.get(k, set())]
        chosen_keys += [k for k in having[:PER_STATUS] if k not in chosen_keys]
    if "status" in appeals.columns:
        for _, group in appeals.groupby("status", sort=True):
            chosen_keys += [
                k for k in group[key].astype(str).head(PER_STATUS) if k not in chosen_keys
            ]
    chosen_keys += [k for k in keys.head(PER_STATUS) if k not in chosen_keys]
    chosen_keys = chosen_keys[:MAX_APPEALS]
    by_key = appeals.set_index(keys)
    chosen = by_key.loc[chosen_keys].reset_index(drop=True)
    wanted = set(chosen_keys)
    hist = history[history[key].astype(str).isin(wanted)].copy()
    hist["t_sort"] = pd.to_datetime(hist[time_col])
    hist = hist.sort_values([key, "t_sort"], kind="stable")
    steps: dict[str, list[dict[str, Any]]] = {}
    for row in hist.itertuples(index=False):
        rec = row._asdict()
        steps.setdefault(str(rec[key]), []).append(
            {"status": str(rec["status"]), "at": _iso(rec["t_sort"])}
        )
    out: dict[str, Any] = {}
    for rec in chosen.to_dict(orient="records"):
        number = str(rec[key])
        item: dict[str, Any] = {}
        for field in APPEAL_FIELDS:
            if field in rec:
                value = rec[field]
                item[field] = _iso(value) if field.endswith(("_at", "_until")) else _plain(value)
        item["steps"] = steps.get(number, [])
        out[number] = item
    as_of = history[time_col].max() if len(history) else None
    return {"as_of": _iso(as_of), "appeals": out, "labels": labels()}


def labels() -> dict[str, dict[str, dict[str, str]]]:
    """Localized names of the ids the page shows (kinds, categories, channels, statuses)."""
    from malaka import taxonomy

    def group(items: Any) -> dict[str, dict[str, str]]:
        return {i.id: {"uz": i.uz, "ru": i.ru, "en": i.en} for i in items}

    return {
        "kinds": group(taxonomy.KINDS),
        "categories": group(taxonomy.CATEGORIES),
        "channels": group(taxonomy.CHANNELS),
        "statuses": STATUS_LABELS,
    }


def _plain(value: Any) -> Any:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def write_status_asset(data: dict[str, Any], path: Path) -> None:
    """Write the data as a script that sets ``window.MALAKA_APPEALS``."""
    # Key order is kept (not sorted): the most telling timelines lead the sample buttons.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    atomic.write_text(path, f"window.MALAKA_APPEALS = {text};\n")
