"""Appeal texts: valid gold labels, every category in every script, noise at its rate, baseline."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from malaka import taxonomy
from malaka.datasets import texts
from malaka.datasets.translit import to_cyrillic

CYRILLIC = re.compile(r"[А-Яа-яЁёЎўҒғҚқҲҳ]")
LATIN = re.compile(r"[A-Za-z]")
NOW = re.compile(r"hozir|ҳозир|сейчас", re.IGNORECASE)


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return texts.appeal_texts(3000, np.random.default_rng(11))


def test_labels_are_taxonomy_ids(sample: pd.DataFrame) -> None:
    assert list(sample.columns) == ["text", "sex", "script", *texts.LABEL_COLUMNS, "noise"]
    assert set(sample["sex"]) == {"M", "F"}
    assert set(sample["category"]) == {c.id for c in taxonomy.CATEGORIES}
    assert set(sample["kind"]) <= {k.id for k in taxonomy.KINDS}
    assert set(sample["urgency"]) <= {u.id for u in taxonomy.URGENCIES}
    assert set(sample["regime"]) <= {r.id for r in taxonomy.REGIMES}
    assert set(sample["department"]) <= {d.id for d in taxonomy.DEPARTMENTS}
    assert set(sample["script"]) == set(texts.SCRIPTS)
    assert (sample["text"].str.len() > 20).all()


def test_labels_vary_within_a_category_for_a_reason(sample: pd.DataFrame) -> None:
    clean = sample[sample["noise"] == ""]
    urgent = clean[(clean["category"] == "domestic") & (clean["urgency"] == "P1")]
    assert len(urgent) > 5
    assert urgent["text"].str.contains(NOW).all()
    assert set(sample.loc[sample["category"] == "domestic", "regime"]) == {
        "criminal",
        "appeals_law",
    }
    lost = sample[sample["category"] == "lost_documents"]
    assert set(lost["department"]) == {"migration", "traffic"}
    assert (sample.loc[sample["category"] == "proposal", "kind"] == "taklif").all()
    assert (sample.loc[sample["category"] == "misconduct", "kind"] == "shikoyat").all()


def test_every_category_gets_texts_in_every_script(sample: pd.DataFrame) -> None:
    counts = pd.crosstab(sample["category"], sample["script"])
    assert counts.shape == (len(taxonomy.CATEGORIES), len(texts.SCRIPTS))
    assert (counts.to_numpy() > 0).all()


@pytest.mark.parametrize("category", [c.id for c in taxonomy.CATEGORIES])
def test_every_template_and_slot_resolves(category: str) -> None:
    rng = np.random.default_rng(0)
    for script in texts.SCRIPTS:
        for _ in range(60):
            text, labels = texts.compose(category, script, rng)
            assert "{" not in text
            assert "}" not in text
            assert labels["category"] == category
            if script == "uz_Latn":
                assert not CYRILLIC.search(text), text
            if script == "uz_Cyrl":
                assert not LATIN.search(text.replace("OLX", "")), text


@pytest.mark.parametrize("rate", [0.0, 0.3, 1.0])
def test_noise_at_the_advertised_rate(rate: float) -> None:
    df = texts.appeal_texts(2000, np.random.default_rng(5), noise=rate)
    share = (df["noise"] != "").mean()
    se = max((rate * (1 - rate) / len(df)) ** 0.5, 0.002)
    assert abs(share - rate) <= 4 * se + 0.005


def test_noise_is_really_in_the_text() -> None:
    df = texts.appeal_texts(3000, np.random.default_rng(6), noise=1.0)
    ops = df["noise"].str.split("+")
    for op in texts.NOISE_OPS:
        assert ops.apply(lambda xs, op=op: op in xs).sum() > 0, op
    for row in df.itertuples():
        applied = row.noise.split("+")
        if "punctuation" in applied:
            assert not re.search(r"[.,!?]", row.text)
        if "keyboard" in applied:
            assert not re.search(r"[ўғқҳЎҒҚҲ]", row.text)
        # A later operation (a typo) may blur an earlier one's trace: check the last one.
        if applied[-1] == "mixed_script" and row.script == "uz_Latn":
            assert CYRILLIC.search(row.text)
        if applied[-1] == "mixed_script" and row.script == "ru":
            assert LATIN.search(row.text)
        if applied[-1] == "uz_words":
            uz = texts.phrasebook().common["uz_words"]["cyrl"]
            assert any(w in row.text.lower() for w in uz)


def test_apostrophe_variants_appear() -> None:
    df = texts.appeal_texts(2000, np.random.default_rng(7), noise=1.0, script_mix={"uz_Latn": 1.0})
    marked = df[df["noise"].str.contains("apostrophe")]
    assert len(marked) > 50
    joined = "".join(marked["text"])
    assert sum(v in joined for v in ("ʻ", "`", "’", "‘")) >= 3


def test_determinism_for_a_fixed_seed() -> None:
    a = texts.appeal_texts(300, np.random.default_rng(42))
    b = texts.appeal_texts(300, np.random.default_rng(42))
    c = texts.appeal_texts(300, np.random.default_rng(43))
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(c)


def test_texts_for_follows_the_given_labels() -> None:
    rng = np.random.default_rng(3)
    labels = pd.DataFrame(
        {
            "category": ["domestic"] * 40 + ["theft"] * 40 + ["fraud"] * 20,
            "kind": ["ariza"] * 100,
            "urgency": ["P1"] * 40 + ["P3"] * 40 + ["P2"] * 20,
            "script": ["uz_Latn"] * 30 + ["uz_Cyrl"] * 30 + ["ru"] * 40,
        },
        index=pd.RangeIndex(100, 200),
    )
    out = texts.texts_for(labels, rng, noise=0.0, pool_size=8)
    assert out.index.equals(labels.index)
    assert out.notna().all()
    vague_uz = texts.phrasebook().common["vague"]["uz"]
    vague = [*vague_uz, *map(to_cyrillic, vague_uz), *texts.phrasebook().common["vague"]["ru"]]
    # Vague texts (no category sentence) are allowed; every other one must show its labels.
    shown = out[~out.apply(lambda t: any(v in t for v in vague))]
    assert len(shown) > 80
    assert shown.loc[:139].str.contains(NOW).all()
    assert not out.iloc[:30].str.contains(CYRILLIC).any()
    assert out.iloc[30:60].str.contains(CYRILLIC).all()
    old_theft = shown.loc[140:179]
    assert old_theft.str.contains(r"Bir oy oldin|Бир ой олдин|Месяц назад").all()
    again = texts.texts_for(labels, np.random.default_rng(3), noise=0.0, pool_size=8)
    pd.testing.assert_series_equal(out, again)


def test_texts_for_scales_through_pools() -> None:
    rng = np.random.default_rng(4)
    n = 50_000
    labels = pd.DataFrame(
        {"category": np.array([c.id for c in taxonomy.CATEGORIES])[rng.integers(17, size=n)]}
    )
    out = texts.texts_for(labels, rng, pool_size=32)
    assert len(out) == n
    assert out.nunique() > 17 * 3 * 20


def test_bad_arguments_are_named() -> None:
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="categories"):
        texts.appeal_texts(5, rng, categories=["no_such"])
    with pytest.raises(ValueError, match="script_mix"):
        texts.appeal_texts(5, rng, script_mix={"latin": 1.0})
    with pytest.raises(ValueError, match="noise"):
        texts.appeal_texts(5, rng, noise=1.5)
    with pytest.raises(ValueError, match="category"):
        texts.texts_for(pd.DataFrame({"kind": ["ariza"]}), rng)
    with pytest.raises(ValueError, match=r"labels\.script"):
        texts.texts_for(pd.DataFrame({"category": ["theft"], "script": ["uz"]}), rng)


@pytest.mark.slow
def test_baseline_macro_f1_is_believable_but_imperfect() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from threadpoolctl import threadpool_limits

    df = texts.appeal_texts(4000, np.random.default_rng(2026))
    train, test = df.iloc[:3000], df.iloc[3000:]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=3)
    with threadpool_limits(1):
        model = LogisticRegression(C=4.0, max_iter=500).fit(
            vec.fit_transform(train["text"]), train["category"]
        )
        pred = model.predict(vec.transform(test["text"]))
    f1 = f1_score(test["category"], pred, average="macro")
    print(f"baseline macro-F1 = {f1:.3f}")
    assert 0.6 < f1 < 0.97


def test_phrase_data_uses_only_taxonomy_ids() -> None:
    valid = {
        "kind": {k.id for k in taxonomy.KINDS},
        "urgency": {u.id for u in taxonomy.URGENCIES},
        "regime": {r.id for r in taxonomy.REGIMES},
        "department": {d.id for d in taxonomy.DEPARTMENTS},
    }
    book = texts.phrasebook()
    assert set(book.categories) == {c.id for c in taxonomy.CATEGORIES}
    for cat in book.categories.values():
        assert {k for k, _ in cat.kinds} <= valid["kind"]
        assert all(w > 0 for _, w in cat.kinds)
        for lang in ("uz", "ru"):
            assert len(cat.templates[lang]) >= 6, (cat.category, lang)
            for t in cat.templates[lang]:
                for key, value in t.overrides.items():
                    assert value in valid[key], (cat.category, t.text, key)
            # a whole-sentence voice is M or F; [masculine|feminine] pairs are balanced
            for t in cat.templates[lang]:
                assert t.voice in (None, "M", "F"), t.text
                assert t.text.count("[") == t.text.count("]") == t.text.count("|"), t.text
        # every category can be written by a man and by a woman
        for sex in ("M", "F"):
            assert any(t.voice in (None, sex) for t in cat.templates["uz"]), cat.category
