"""Casework forms: per-field partial credit, feedback naming the rule, visible checks."""

from __future__ import annotations

from typing import Any

import pytest

from malaka.grading.casework import (
    FIELDS,
    OPTIONS,
    RULES,
    answers_table,
    blank_form,
    check_case,
    check_key,
    grade_case,
    options_table,
    score_case,
)
from malaka.grading.judge import WrongAnswer

KEY: dict[str, Any] = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "duty_unit",
    "urgency": ["P1", "P2"],
    "why": ["anon_crime", "art1_scope"],
}
RIGHT = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "duty_unit",
    "urgency": "P2",
    "why": "Anonim, lekin jinoyat haqida: navbatchi qismga tezkor axborot.",
}


class FakeJudge:
    """The two judge calls :func:`grade_case` uses."""

    def __init__(self, value: Any, lang: str = "uz") -> None:
        self.value, self.lang = value, lang
        self.given: tuple[float, dict[str, str | None]] | None = None

    def fetch(self, name: str, kind: Any = None) -> Any:  # noqa: ARG002 - the judge signature
        return self.value

    def partial(
        self, fraction: float, uz: str | None = None, ru: str | None = None, en: str | None = None
    ) -> None:
        if fraction <= 0:
            raise WrongAnswer(uz)
        self.given = (fraction, {"uz": uz, "ru": ru, "en": en})


def test_three_of_six_fields_right_earn_half_the_points() -> None:
    answer = dict(RIGHT, deadline="15_days", unit="appeals_office", urgency="P3")
    result = score_case("K01", answer, KEY)
    assert result.fraction == pytest.approx(0.5)
    assert set(result.right) == {"regime", "kind", "why"}
    judge = FakeJudge(answer)
    assert grade_case(judge, "K01", KEY) == pytest.approx(0.5)
    assert judge.given is not None
    assert judge.given[0] == pytest.approx(0.5)


def test_feedback_names_the_rule_in_uzbek_and_russian_without_the_answer() -> None:
    answer = dict(RIGHT, deadline="not_considered")
    result = score_case("K01", answer, KEY)
    uz, ru = result.message("uz"), result.message("ru")
    assert "5 / 6" in uz
    assert "1-moddasi" in uz
    assert "tasdiqlangan" in uz
    assert "5 из 6" in ru
    assert "Ст. 1" in ru
    assert "подтверждено" in ru
    assert "own_procedure" not in uz + ru  # the rule is named, never the right id


def test_because_overrides_the_rule_named_for_a_field() -> None:
    key = dict(KEY, regime="appeals_law", deadline="not_considered", why="repeat")
    result = score_case("K09", dict(RIGHT, deadline="15_days"), key, {"deadline": "repeat"})
    assert ("deadline", "repeat") in result.wrong
    assert "takroriy" in result.message("uz")
    assert "Повторное" in result.message("ru")
    assert "ikkilamchi manba" in result.message("uz")


def test_forwarding_and_anonymous_rules_are_the_defaults_for_their_deadlines() -> None:
    key = dict(KEY, regime="forward", deadline="forward_5_days", unit="hokimiyat", why="forward_5")
    result = score_case("K05", dict(RIGHT, regime="appeals_law", deadline="15_days"), key)
    assert dict(result.wrong)["regime"] == "forward_5"
    assert dict(result.wrong)["deadline"] == "forward_5"
    key29 = dict(KEY, regime="appeals_law", deadline="not_considered", why="art29")
    assert dict(score_case("K06", RIGHT, key29).wrong)["deadline"] == "art29"


def test_justification_must_name_the_deciding_rule() -> None:
    short = score_case("K01", dict(RIGHT, why="jinoyat"), KEY)
    assert "why" not in short.right
    assert short.why_missing
    assert "bo'sh yoki juda qisqa" in short.message("uz")
    other = score_case("K01", dict(RIGHT, why="Bu 28-modda bo'yicha 15 kun."), KEY)
    assert "why" not in other.right
    assert not other.why_missing
    assert "не названо решающее правило" in other.message("ru")
    cyr = score_case("K01", dict(RIGHT, why="Аноним хабар, навбатчи қисмга берилади."), KEY)
    assert "why" in cyr.right
    ru = score_case("K01", dict(RIGHT, why="Порядок по УПК, не закон об обращениях."), KEY)
    assert "why" in ru.right


@pytest.mark.parametrize(
    ("rule", "text", "cited"),
    [
        ("art28", "Ст. 28: срок 15 дней", True),
        ("art28", "28-moddaga ko'ra", True),
        ("art1_scope", "11-modda", False),
        ("art1_scope", "1-modda: qonun tatbiq etilmaydi", True),
        ("art29", "Muallifi noma'lum: anonim", True),
        ("art29", "Anonimʼ", True),
        ("forward_5", "5 kun ichida hokimiyatga", True),
        ("forward_5", "15 kun", False),
        ("repeat", "Takroriy, yangi dalil yo'q", True),
        ("domestic_violence", "Himoya orderi, 24 soat", True),
    ],
)
def test_rule_markers(rule: str, text: str, cited: bool) -> None:
    assert RULES[rule].cited_in(text) is cited


def test_values_are_compared_without_case_or_spaces_and_blank_scores_zero() -> None:
    loose = dict(RIGHT, regime=" Criminal ", urgency="p1")
    assert score_case("K01", loose, KEY).fraction == 1.0
    blank = score_case("K01", blank_form(), KEY)
    assert blank.fraction == 0.0
    assert blank.empty
    assert "to'ldirilmagan" in blank.message("uz")
    with pytest.raises(WrongAnswer, match="to'ldirilmagan"):
        grade_case(FakeJudge(blank_form()), "K01", KEY)
    assert score_case("K01", ["not", "a", "dict"], KEY).fraction == 0.0


def test_a_malformed_key_is_an_authoring_error_naming_the_field() -> None:
    with pytest.raises(ValueError, match="urgency"):
        check_key(dict(KEY, urgency="P9"))
    with pytest.raises(ValueError, match="why"):
        check_key(dict(KEY, why="art99"))
    with pytest.raises(ValueError, match="'unit' is missing"):
        check_key({k: v for k, v in KEY.items() if k != "unit"})
    with pytest.raises(ValueError, match="because"):
        check_key(KEY, {"deadline": "nope"})


def test_visible_check_names_the_field_and_lists_the_options() -> None:
    check_case(RIGHT, "K01")
    with pytest.raises(AssertionError, match="urgency"):
        check_case(dict(RIGHT, urgency="tez"), "K01")
    with pytest.raises(AssertionError, match="regime"):
        check_case(dict(RIGHT, regime=""), "K01")
    with pytest.raises(AssertionError, match="dict"):
        check_case("criminal", "K01")


def test_options_cover_every_field_and_render_as_a_table() -> None:
    assert set(OPTIONS) == set(FIELDS) - {"why"}
    assert "hokimiyat" in OPTIONS["unit"]
    assert "duty_unit" in OPTIONS["unit"]
    table = options_table("ru")
    assert "| `deadline` | `forward_5_days` |" in table
    assert "Пересылка" in table
    frame = answers_table({"K01": RIGHT, "K02": blank_form()}, ["K01", "K02"])
    assert list(frame.columns) == list(FIELDS)
    assert frame.loc["K01", "unit"] == "duty_unit"
