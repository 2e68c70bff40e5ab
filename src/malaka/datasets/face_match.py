"""Face-matcher alerts from a city camera network, with the truth kept apart (module m12).

Why: the lesson teaches base rates. A matcher that rarely errs on one face still raises many
false alerts when it scans hundreds of thousands of faces a day and almost nobody passing is
wanted; a human review and a document check are what turn an alert into a lead. The data must
let a trainee count this, so it is drawn from a small, explicit model instead of being typed in:

* ``cameras``: one row per camera (Tashkent city districts, site type, street) with the average
  number of faces it scans per day in daylight and at night;
* ``alerts``: every alert of ``days`` days whose match score passed the system's alert floor
  (``ALERT_FLOOR``). False alerts are spread over cameras in proportion to the faces scanned,
  three times as likely per face at night (``NIGHT_FALSE_FACTOR``), with scores from a falling
  tail above the floor; true alerts come from wanted persons who really passed a camera
  (``WANTED_PER_DAY``) and scored above the floor. The operator's ``reviewer_decision`` is
  right most of the time but not always; the ``field_check`` (documents checked on the spot)
  is known only for confirmed alerts, as in practice;
* ``trials``: a pilot test with volunteers whose truth is known (on the test watch-list or not),
  by lighting and age band: scores of true pairs are lower at night and for people over 55.

The answer key holds the truth of every alert and every pass of a wanted person, alerted or not.
Exactly ``n_alerts`` alerts are produced (true ones first, the rest false), so the spec sets the
volume. numpy alone draws everything (one named stream per table): a small parametric model is
easier to read and test than a simulation, and nothing here needs queues or Faker names (the
watch-list is ids only, as data minimisation asks).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from malaka.datasets.build import Bundle
from malaka.datasets.providers import places
from malaka.datasets.schemas import Col

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    import pandas as pd  # type: ignore[import-untyped]

    from malaka.datasets.spec import FaceMatchSpec

Gen = np.random.Generator

#: First day of the alerts (a Monday); fixed so that builds never read the clock.
START: Final = dt.date(2026, 3, 2)
TIMEZONE: Final = "Asia/Tashkent"
#: Tashkent city (SOATO region id): the districts the cameras stand in.
REGION_ID: Final = 1726
#: The system raises an alert from this score up.
ALERT_FLOOR: Final = 0.60
#: Hours counted as daylight (07:00-18:59); the rest is night.
DAY_HOURS: Final = tuple(range(7, 19))
NIGHT_HOURS: Final = tuple(h for h in range(24) if h not in DAY_HOURS)
#: A false alert is this many times likelier per scanned face at night than by day.
NIGHT_FALSE_FACTOR: Final = 3.0
#: Scale of the falling tail of false-alert scores above the floor (day, night).
FALSE_TAIL: Final = {"day": 0.045, "night": 0.065}
#: Wanted persons passing some camera of the network per day (Poisson mean).
WANTED_PER_DAY: Final = 4.0
#: Entries of the watch-list (ids only).
WATCHLIST_SIZE: Final = 300
#: Beta(a, b) of a true pair's score by lighting; minus ``AGE_PENALTY`` for an age band.
MATED_BETA: Final = {"day": (12.0, 1.8), "night": (8.0, 2.2)}
AGE_BANDS: Final = ("18-30", "31-55", "56+")
AGE_SHARES: Final = (0.35, 0.5, 0.15)
AGE_PENALTY: Final = {"18-30": 0.0, "31-55": 0.0, "56+": 0.08}
#: Beta(a, b) of the best score of a person who is not on the list (pilot test).
NON_MATED_BETA: Final = {"day": (2.0, 11.0), "night": (2.5, 10.0)}
#: Chance that the operator confirms a true alert (by lighting).
CONFIRM_TRUE: Final = {"day": 0.92, "night": 0.82}
#: Chance that the operator confirms a false alert: base + slope * (score - floor) / (1 - floor).
CONFIRM_FALSE: Final = (0.02, 0.25)
#: Site types: (average faces scanned per day, share of them at night).
SITES: Final[dict[str, tuple[int, float]]] = {
    "metro": (30_000, 0.15),
    "vokzal": (24_000, 0.30),
    "bozor": (20_000, 0.10),
    "savdo_markazi": (15_000, 0.20),
    "chorraha": (10_000, 0.30),
}


def _docs(*rows: tuple[str, str, str, str]) -> tuple[Col, ...]:
    """Meaning-only column docs (name, uz, ru, en); the card takes types from the data."""
    return tuple(Col(name, "", uz, ru, en) for name, uz, ru, en in rows)


DOCS: Final[dict[str, tuple[Col, ...]]] = {
    "cameras": _docs(
        ("camera_id", "Kamera raqami", "Номер камеры", "Camera id"),
        ("district", "Tuman (Toshkent shahri)", "Район (город Ташкент)", "District (Tashkent)"),
        (
            "site",
            "Joy turi: metro, vokzal, bozor, savdo_markazi, chorraha",
            "Тип места: metro, vokzal (вокзал), bozor (рынок), savdo_markazi (ТЦ), chorraha "
            "(перекрёсток)",
            "Site type: metro, vokzal (station), bozor (market), savdo_markazi (mall), "
            "chorraha (crossroads)",
        ),
        ("street", "Ko'cha", "Улица", "Street"),
        (
            "faces_day",
            "Kunduzi (07:00-18:59) bir kunda tekshiriladigan yuzlar, o'rtacha",
            "Лиц, проверяемых за сутки в светлое время (07:00-18:59), в среднем",
            "Faces scanned per day in daylight (07:00-18:59), on average",
        ),
        (
            "faces_night",
            "Tunda (19:00-06:59) bir kunda tekshiriladigan yuzlar, o'rtacha",
            "Лиц, проверяемых за сутки ночью (19:00-06:59), в среднем",
            "Faces scanned per day at night (19:00-06:59), on average",
        ),
    ),
    "alerts": _docs(
        ("alert_id", "Signal raqami", "Номер сигнала", "Alert id"),
        ("time", "Signal vaqti", "Время сигнала", "Time of the alert"),
        ("camera_id", "Kamera raqami", "Номер камеры", "Camera id"),
        ("district", "Tuman", "Район", "District"),
        (
            "lighting",
            "Yorug'lik: day (kunduz) yoki night (tun)",
            "Освещение: day или night",
            "Lighting: day or night",
        ),
        (
            "score",
            "Moslik balli (0-1); tizim 0,60 dan signal beradi",
            "Балл сходства (0-1); система даёт сигнал от 0,60",
            "Match score (0-1); the system alerts from 0.60",
        ),
        (
            "watchlist_id",
            "Qidiruv ro'yxatidagi yozuv",
            "Запись списка розыска",
            "Watch-list entry matched",
        ),
        (
            "reviewer_decision",
            "Operator qarori: confirmed (tasdiqladi) yoki rejected (rad etdi)",
            "Решение оператора: confirmed (подтвердил) или rejected (отклонил)",
            "Operator's decision: confirmed or rejected",
        ),
        (
            "field_check",
            "Joyida hujjat tekshiruvi: same_person (o'sha shaxs), other_person (boshqa odam), "
            "not_checked (rad etilgan signal, tekshirilmagan)",
            "Проверка документов на месте: same_person (тот самый), other_person (другой "
            "человек), not_checked (сигнал отклонён, не проверялся)",
            "Document check on the spot: same_person, other_person, not_checked (rejected alert)",
        ),
    ),
    "trials": _docs(
        ("trial_id", "Sinov raqami", "Номер испытания", "Trial id"),
        ("camera_id", "Kamera raqami", "Номер камеры", "Camera id"),
        ("lighting", "Yorug'lik: day yoki night", "Освещение: day или night", "day or night"),
        ("age_band", "Yosh guruhi", "Возрастная группа", "Age band"),
        (
            "on_list",
            "Ko'ngilli sinov ro'yxatida bor (True) yoki yo'q (False)",
            "Доброволец есть в тестовом списке (True) или нет (False)",
            "The volunteer is on the test watch-list (True) or not (False)",
        ),
        ("score", "Eng yuqori moslik balli", "Наибольший балл сходства", "Best match score"),
    ),
    "alert_truth": _docs(
        ("alert_id", "Signal raqami", "Номер сигнала", "Alert id"),
        (
            "true_match",
            "Kamera oldidan haqiqatan qidiruvdagi shaxs o'tganmi",
            "Действительно ли мимо камеры прошёл разыскиваемый",
            "Whether the wanted person really passed",
        ),
    ),
    "wanted_passes": _docs(
        ("pass_id", "O'tish raqami", "Номер прохода", "Pass id"),
        ("time", "Vaqt", "Время", "Time"),
        ("camera_id", "Kamera raqami", "Номер камеры", "Camera id"),
        ("lighting", "Yorug'lik", "Освещение", "Lighting"),
        ("age_band", "Yosh guruhi", "Возрастная группа", "Age band"),
        ("watchlist_id", "Qidiruv ro'yxatidagi yozuv", "Запись списка розыска", "Watch-list entry"),
        ("score", "Moslik balli", "Балл сходства", "Match score"),
        (
            "alert_id",
            "Signal raqami (signal bo'lmagan bo'lsa bo'sh)",
            "Номер сигнала (пусто, если сигнала не было)",
            "Alert id (empty when no alert was raised)",
        ),
    ),
}


def generate(spec: FaceMatchSpec, *, rng: Callable[[str], Gen], spec_path: Path) -> Bundle:
    """The dataset a ``face_match`` spec declares (see the module docstring)."""
    del spec_path  # nothing is read from beside the spec
    cameras = _cameras(spec.n_cameras, rng("cameras"))
    passes = _wanted_passes(cameras, spec.days, rng("passes"))
    alerts, truth, passes = _alerts(cameras, passes, spec.n_alerts, spec.days, rng("alerts"))
    trials = _trials(cameras, spec.n_trials, rng("trials"))
    faces = int(cameras["faces_day"].sum() + cameras["faces_night"].sum())
    return Bundle(
        tables={"cameras": cameras, "alerts": alerts, "trials": trials},
        answer_key={"alert_truth": truth, "wanted_passes": passes},
        provenance={
            "model": {
                "start": START.isoformat(),
                "alert_floor": ALERT_FLOOR,
                "night_false_factor": NIGHT_FALSE_FACTOR,
                "wanted_per_day": WANTED_PER_DAY,
                "watchlist_size": WATCHLIST_SIZE,
            }
        },
        stats={
            "faces_per_day": faces,
            "true_alerts": int(truth["true_match"].sum()),
            "false_alerts": int((~truth["true_match"]).sum()),
            "wanted_passes": len(passes),
        },
    )


def _cameras(n: int, rng: Gen) -> pd.DataFrame:
    import pandas as pd

    districts = [d.name_uz for d in places.region(REGION_ID).districts]
    streets = _street_names()
    site_names = list(SITES)
    rows = []
    for i in range(n):
        site = site_names[int(rng.integers(len(site_names)))]
        mean, night_share = SITES[site]
        total = mean * float(rng.uniform(0.7, 1.3))
        night = int(round(total * night_share * float(rng.uniform(0.8, 1.2)), -2))
        rows.append(
            {
                "camera_id": f"CAM-{i + 1:02d}" if n < 100 else f"CAM-{i + 1:04d}",
                "district": districts[i % len(districts)],
                "site": site,
                "street": places.street_label(streets[int(rng.integers(len(streets)))], "uz_Latn"),
                "faces_day": int(round(total, -2)) - night,
                "faces_night": night,
            }
        )
    return pd.DataFrame(rows)


def _street_names() -> list[str]:
    from malaka.datasets.providers._data import column

    return list(column("street_names.csv", "name_uz"))


def _timestamps(day: np.ndarray, hour: np.ndarray, rng: Gen) -> pd.Series:
    import pandas as pd

    seconds = day * 86_400 + hour * 3_600 + rng.integers(0, 3_600, size=len(day))
    base = pd.Timestamp(START)
    return pd.Series(
        pd.to_datetime(base.value + seconds.astype("int64") * 1_000_000_000).tz_localize(TIMEZONE)
    )


def _hours(lighting: np.ndarray, rng: Gen) -> np.ndarray:
    day_h = np.array(DAY_HOURS)[rng.integers(len(DAY_HOURS), size=len(lighting))]
    night_h = np.array(NIGHT_HOURS)[rng.integers(len(NIGHT_HOURS), size=len(lighting))]
    return np.where(lighting == "day", day_h, night_h)


def _mated_scores(lighting: np.ndarray, age: np.ndarray, rng: Gen) -> np.ndarray:
    a = np.where(lighting == "day", MATED_BETA["day"][0], MATED_BETA["night"][0])
    b = np.where(lighting == "day", MATED_BETA["day"][1], MATED_BETA["night"][1])
    penalty = np.array([AGE_PENALTY[str(x)] for x in age])
    scores: np.ndarray = np.round(np.clip(rng.beta(a, b) - penalty, 0.0, 0.999), 3)
    return scores


def _wanted_passes(cameras: pd.DataFrame, days: int, rng: Gen) -> pd.DataFrame:
    """Every time a wanted person walked past a camera, with the score the matcher gave."""
    import pandas as pd

    n = int(rng.poisson(WANTED_PER_DAY * days))
    faces = (cameras["faces_day"] + cameras["faces_night"]).to_numpy(dtype=float)
    cam = rng.choice(len(cameras), size=n, p=faces / faces.sum())
    night_share = (
        cameras["faces_night"] / (cameras["faces_day"] + cameras["faces_night"])
    ).to_numpy()
    lighting = np.where(rng.random(n) < night_share[cam], "night", "day")
    age = np.array(AGE_BANDS)[rng.choice(len(AGE_BANDS), size=n, p=AGE_SHARES)]
    times = _timestamps(rng.integers(days, size=n), _hours(lighting, rng), rng)
    table = pd.DataFrame(
        {
            "time": times,
            "camera_id": cameras["camera_id"].to_numpy()[cam],
            "lighting": lighting,
            "age_band": age,
            "watchlist_id": [f"W{int(w):04d}" for w in rng.integers(1, WATCHLIST_SIZE + 1, n)],
            "score": _mated_scores(lighting, age, rng),
        }
    )
    table = table.sort_values("time", kind="stable").reset_index(drop=True)
    table.insert(0, "pass_id", [f"P{i + 1:04d}" for i in range(len(table))])
    return table


def _alerts(
    cameras: pd.DataFrame, passes: pd.DataFrame, n_alerts: int, days: int, rng: Gen
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """True alerts (passes above the floor) and false ones up to ``n_alerts``; the review."""
    import pandas as pd

    true_rows = passes[passes["score"] >= ALERT_FLOOR]
    if len(true_rows) > n_alerts:
        true_rows = true_rows.iloc[:n_alerts]
    n_false = n_alerts - len(true_rows)
    # false alerts: each (camera, lighting) cell in proportion to faces x the night factor
    weights = np.concatenate(
        [
            cameras["faces_day"].to_numpy(dtype=float),
            cameras["faces_night"].to_numpy(dtype=float) * NIGHT_FALSE_FACTOR,
        ]
    )
    cell = rng.choice(len(weights), size=n_false, p=weights / weights.sum())
    cam = cell % len(cameras)
    lighting = np.where(cell < len(cameras), "day", "night")
    scale = np.where(lighting == "day", FALSE_TAIL["day"], FALSE_TAIL["night"])
    score = np.round(np.minimum(ALERT_FLOOR + rng.exponential(scale), 0.989), 3)
    false = pd.DataFrame(
        {
            "time": _timestamps(rng.integers(days, size=n_false), _hours(lighting, rng), rng),
            "camera_id": cameras["camera_id"].to_numpy()[cam],
            "lighting": lighting,
            "score": score,
            "watchlist_id": [f"W{int(w):04d}" for w in _lookalike_entries(n_false, rng)],
            "true_match": False,
            "pass_id": "",
        }
    )
    true = pd.DataFrame(
        {
            "time": true_rows["time"].to_numpy(),
            "camera_id": true_rows["camera_id"].to_numpy(),
            "lighting": true_rows["lighting"].to_numpy(),
            "score": true_rows["score"].to_numpy(),
            "watchlist_id": true_rows["watchlist_id"].to_numpy(),
            "true_match": True,
            "pass_id": true_rows["pass_id"].to_numpy(),
        }
    )
    both = pd.concat([true, false], ignore_index=True)
    both["time"] = pd.to_datetime(both["time"]).dt.tz_convert(TIMEZONE)
    both = both.sort_values(["time", "camera_id"], kind="stable").reset_index(drop=True)
    both.insert(0, "alert_id", [f"A{i + 1:05d}" for i in range(len(both))])
    district = dict(zip(cameras["camera_id"], cameras["district"], strict=True))
    both.insert(3, "district", both["camera_id"].map(district))
    is_true = both["true_match"].to_numpy(dtype=bool)
    night = (both["lighting"] == "night").to_numpy()
    p_true = np.where(night, CONFIRM_TRUE["night"], CONFIRM_TRUE["day"])
    base, slope = CONFIRM_FALSE
    p_false = base + slope * (both["score"].to_numpy() - ALERT_FLOOR) / (1 - ALERT_FLOOR)
    confirmed = rng.random(len(both)) < np.where(is_true, p_true, p_false)
    both["reviewer_decision"] = np.where(confirmed, "confirmed", "rejected")
    both["field_check"] = np.where(
        confirmed, np.where(is_true, "same_person", "other_person"), "not_checked"
    )
    alerts = both[
        [
            "alert_id",
            "time",
            "camera_id",
            "district",
            "lighting",
            "score",
            "watchlist_id",
            "reviewer_decision",
            "field_check",
        ]
    ].copy()
    truth = both[["alert_id", "true_match"]].copy()
    truth["true_match"] = truth["true_match"].astype(bool)
    alert_of = dict(zip(both["pass_id"], both["alert_id"], strict=True))
    passes = passes.copy()
    passes["alert_id"] = passes["pass_id"].map(lambda p: alert_of.get(p, ""))
    return alerts, truth, passes


def _lookalike_entries(n: int, rng: Gen) -> np.ndarray:
    """Watch-list entries hit by false alerts: a few poor photos attract many (Zipf-like)."""
    ranks = np.arange(1, WATCHLIST_SIZE + 1, dtype=float)
    weights = 1.0 / ranks
    order = rng.permutation(WATCHLIST_SIZE) + 1
    result: np.ndarray = order[rng.choice(WATCHLIST_SIZE, size=n, p=weights / weights.sum())]
    return result


def _trials(cameras: pd.DataFrame, n: int, rng: Gen) -> pd.DataFrame:
    """A pilot test: volunteers on and off a test list walk past cameras by day and night."""
    import pandas as pd

    on_list = np.arange(n) % 2 == 0
    rng.shuffle(on_list)
    lighting = np.where(rng.random(n) < 0.5, "day", "night")
    age = np.array(AGE_BANDS)[rng.integers(len(AGE_BANDS), size=n)]
    mated = _mated_scores(lighting, age, rng)
    a = np.where(lighting == "day", NON_MATED_BETA["day"][0], NON_MATED_BETA["night"][0])
    b = np.where(lighting == "day", NON_MATED_BETA["day"][1], NON_MATED_BETA["night"][1])
    non_mated = np.round(rng.beta(a, b), 3)
    data: dict[str, Any] = {
        "trial_id": [f"T{i + 1:04d}" for i in range(n)],
        "camera_id": cameras["camera_id"].to_numpy()[rng.integers(len(cameras), size=n)],
        "lighting": lighting,
        "age_band": age,
        "on_list": on_list,
        "score": np.where(on_list, mated, non_mated),
    }
    return pd.DataFrame(data)
