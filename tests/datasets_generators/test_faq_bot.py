"""FAQ-bot dataset: reproducible, well-formed, and the effects the m13 lesson relies on are there.

The lesson says: a TF-IDF retrieval bot (character n-grams over text folded to Latin) answers
wrongly and misses hand-overs when it always answers; a threshold chosen on ``valid`` and
keywords for emergencies, crimes and complaints about officers bring missed hand-overs on
``test`` to (nearly) zero; and measuring on the training questions looks perfect.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from malaka.datasets import faq_bot
from malaka.datasets.build import Bundle, make_bundle
from malaka.datasets.spec import FaqBotSpec, load_spec
from malaka.datasets.translit import normalise_apostrophes, to_latin

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "datasets" / "specs" / "faq-bot.yaml"


def _bundle(seed: int | None = None) -> Bundle:
    spec = load_spec(SPEC)
    assert isinstance(spec, FaqBotSpec)
    s = spec.seed if seed is None else seed
    return make_bundle(spec, SPEC, seed=s)


@pytest.fixture(scope="module")
def bundle() -> Bundle:
    return _bundle()


def _csv(b: Bundle) -> str:
    return "".join(b.tables[name].to_csv(index=False) for name in sorted(b.tables))


def test_same_seed_same_tables_other_seed_other_questions(bundle: Bundle) -> None:
    assert _csv(bundle) == _csv(_bundle())
    assert not bundle.tables["questions"].equals(_bundle(seed=1).tables["questions"])


def test_same_bytes_in_another_process(bundle: Bundle) -> None:
    script = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from test_faq_bot import _bundle, _csv\n"
        "import hashlib; print(hashlib.sha256(_csv(_bundle()).encode()).hexdigest())"
    )
    env_seed = {"PYTHONHASHSEED": "7"}
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env_seed},
    )
    assert out.stdout.strip() == hashlib.sha256(_csv(bundle).encode()).hexdigest()


def test_tables_and_labels(bundle: Bundle) -> None:
    t, h, q = (bundle.tables[k] for k in ("templates", "handovers", "questions"))
    assert list(q.columns) == [
        "question_id",
        "split",
        "script",
        "text",
        "template_id",
        "reason",
        "noise",
    ]
    assert len(q) == 900
    assert q["question_id"].is_unique
    assert set(q["template_id"]) == set(t["template_id"]) | {faq_bot.OFFICER}
    assert set(q.loc[q["template_id"] == faq_bot.OFFICER, "reason"]) == set(faq_bot.REASONS)
    assert (q.loc[q["template_id"] != faq_bot.OFFICER, "reason"] == "").all()
    assert list(h["reason"]) == list(faq_bot.REASONS)
    assert set(t["status"]) == {"confirmed", "referral"}
    # a confirmed template names its source; a referral states no fact and refers
    assert (t.loc[t["status"] == "confirmed", "source"] != "").all()
    assert t.loc[t["status"] == "referral", "text_uz"].str.contains("murojaat qiling").all()
    assert (t.loc[t["status"] == "referral", "source"] == "").all()
    # every label and reason is in every split (stratified), in roughly the spec's shares
    for _, group in q.groupby(["template_id", "reason"]):
        assert set(group["split"]) == set(faq_bot.SPLITS)
    shares = q["split"].value_counts(normalize=True)
    assert abs(shares["train"] - 0.5) < 0.03
    assert abs(shares["valid"] - 0.2) < 0.03


def test_noise_scripts_and_numbers_stated_in_the_card(bundle: Bundle) -> None:
    q = bundle.tables["questions"]
    assert set(q["script"]) == set(faq_bot.SCRIPTS)
    assert 0.4 < (q["noise"] != "").mean() < 0.6
    cyr = q[q["script"] == "uz_Cyrl"]["text"]
    assert cyr.str.contains("[а-яўғқҳ]", case=False).all()
    assert q.loc[q["script"] == "uz_Latn", "text"].str.contains("[a-z]", case=False).all()
    assert q["noise"].str.contains("keyboard").any()
    assert q["noise"].str.contains("apostrophe").any()
    # 102 and 1102 appear only as the facts domain.md confirms
    h = bundle.tables["handovers"].set_index("reason")
    assert "102" in h.loc["emergency", "text_uz"]
    assert "1102" in h.loc["officer_complaint", "text_uz"]


def _fold(text: str) -> str:
    return normalise_apostrophes(to_latin(text)).lower()


#: The keyword rules of the exercise (text folded to Latin, lower case): always an officer.
KEYWORDS = [
    *("102", "hozir", "tez", "pichoq", "urayapti", "qaytmadi", "seychas", "srochno"),
    *("pomogite", "noj", "propal", "ne vernul"),
    *("o'g'irla", "olib qochishdi", "yechib olishdi", "ukral", "ugnal", "obokral", "vyrval"),
    *("snyali", "pora", "pul so'radi", "qo'pol", "haqorat", "vzyatk", "trebova", "nagrubil"),
    *("oskorbil", "raqam", "sonli", "nomer", "tergovchi", "sledovatel", "ushlab", "zaderjal"),
]
THRESHOLDS = [round(0.3 + 0.05 * i, 2) for i in range(13)]


def _rates(decision: np.ndarray, label: np.ndarray) -> tuple[float, float, float]:
    answered = decision != faq_bot.OFFICER
    wrong = answered & (decision != label) & (label != faq_bot.OFFICER)
    missed = answered & (label == faq_bot.OFFICER)
    return float(wrong.mean()), float(missed.mean()), float((~answered).mean())


def _choose(rows: list[tuple[float, float, float]]) -> float:
    """The lesson's rule: the lowest threshold with no missed hand-over and <= 5 % wrong
    (1.0, i.e. hand everything over, when no threshold of the grid qualifies)."""
    ok = [t for t, (w, m, _) in zip(THRESHOLDS, rows, strict=True) if m == 0 and w <= 0.05]
    return min(ok, default=1.0)


def _bot(q: pd.DataFrame) -> dict[str, tuple[np.ndarray, ...]]:
    """The exercise's bot: per split, (best label, score, keyword hit, true label)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    train = q[q["split"] == "train"]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), preprocessor=_fold)
    x = vec.fit_transform(train["text"])
    out = {}
    for split in faq_bot.SPLITS:
        part = q[q["split"] == split]
        sims = (vec.transform(part["text"]) @ x.T).toarray()
        keyword = part["text"].map(lambda t: any(k in _fold(t) for k in KEYWORDS)).to_numpy()
        best = train["template_id"].to_numpy()[sims.argmax(1)]
        out[split] = (best, sims.max(1), keyword, part["template_id"].to_numpy())
    return out


def _thresholds(bot: dict[str, tuple[np.ndarray, ...]]) -> tuple[float, float]:
    """Thresholds chosen on valid by the rule, without and with the keyword rules."""
    vb, vs, vk, vl = bot["valid"]
    plain = _choose([_rates(np.where(vs >= t, vb, faq_bot.OFFICER), vl) for t in THRESHOLDS])
    kw = _choose([_rates(np.where((vs >= t) & ~vk, vb, faq_bot.OFFICER), vl) for t in THRESHOLDS])
    return plain, kw


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_seed_always_answering_errs_and_training_looks_perfect(seed: int) -> None:
    q = _bundle(seed).tables["questions"]
    bot = _bot(q)
    keyword, label = bot["train"][2], bot["train"][3]
    assert not (keyword & (label != faq_bot.OFFICER)).any(), "a keyword fires on an FAQ question"
    best, _, _, label = bot["train"]
    assert _rates(best, label)[:2] == (0.0, 0.0)  # measured on training questions: "perfect"
    best, _, _, label = bot["test"]
    wrong, missed, _ = _rates(best, label)
    assert wrong > 0.02
    assert missed > 0.01
    plain, kw = _thresholds(bot)
    assert kw <= plain


def test_shipped_build_tells_the_lesson(bundle: Bundle) -> None:
    """The figures of the lesson page and instructor notes (seed of the shipped spec)."""
    q = bundle.tables["questions"]
    bot = _bot(q)
    for split in faq_bot.SPLITS:
        keyword, label = bot[split][2], bot[split][3]
        assert not (keyword & (label != faq_bot.OFFICER)).any()
        assert (keyword & (label == faq_bot.OFFICER)).sum() > 10
    best, score, keyword, label = bot["test"]
    wrong0, missed0, _ = _rates(best, label)
    assert wrong0 > 0.04
    assert missed0 > 0.02
    plain, kw = _thresholds(bot)
    assert (plain, kw) == (0.75, 0.5)
    w_plain, m_plain, h_plain = _rates(np.where(score >= plain, best, faq_bot.OFFICER), label)
    w_kw, m_kw, h_kw = _rates(np.where((score >= kw) & ~keyword, best, faq_bot.OFFICER), label)
    assert (m_plain, m_kw) == (0.0, 0.0)
    assert w_plain < 0.01
    assert w_kw < 0.03
    assert h_kw < h_plain - 0.05  # keywords let the threshold drop: fewer hand-overs


def test_reports_and_emergencies_are_statements_without_a_question_mark(bundle: Bundle) -> None:
    """Citizens end a question with "?", not a report: "помогите, ломают дверь" has none."""
    assert not faq_bot._is_question("pasportimni o'g'irlab ketishdi")
    assert not faq_bot._is_question("akamni ushlab ketishdi, qayerda ekanini bilmoqchiman")
    assert not faq_bot._is_question("кто-то взял кредит по моему паспорту")
    assert faq_bot._is_question("pasport yo'qolsa nima qilish kerak")
    assert faq_bot._is_question("украли паспорт, как получить новый")
    text = bundle.tables["questions"]["text"].map(lambda t: normalise_apostrophes(t).lower())
    for report in ("ломают дверь", "eshikni buzishyapti", "o'g'ri tushdi", "обокрали квартиру"):
        hits = text[text.str.contains(report, regex=False)]
        assert len(hits) > 0, report
        assert not hits.str.contains("?", regex=False).any(), report
    faq = bundle.tables["questions"]["template_id"] != faq_bot.OFFICER
    assert text[faq].str.contains("?", regex=False).mean() > 0.3
