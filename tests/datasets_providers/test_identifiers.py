"""Phone numbers valid by libphonenumber; PINFL structure and check digit; passports; e-mail."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import phonenumbers
import pytest

from malaka.datasets.pools import people
from malaka.datasets.providers import malaka_faker
from malaka.datasets.providers.places import district
from malaka.datasets.providers.ssn import (
    is_valid_pinfl,
    make_pinfl,
    parse_pinfl,
    pinfl_check_digit,
)


def _valid_uz_mobile(text: str) -> bool:
    num = phonenumbers.parse(text, "UZ")
    return (
        phonenumbers.is_valid_number(num)
        and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.MOBILE
        and num.country_code == 998
    )


@pytest.mark.parametrize("locale", ["uz_Latn", "uz_Cyrl", "ru"])
def test_provider_phones_valid_over_10000_draws(locale: str) -> None:
    fake = malaka_faker(locale, 11)
    numbers = [fake.phone_number() for _ in range(10_000)]
    bad = [x for x in numbers if not _valid_uz_mobile(x)]
    assert bad == []
    assert len({re.sub(r"\D", "", x)[-9:-7] for x in numbers}) >= 12  # all operator codes seen
    assert all(_valid_uz_mobile(fake.msisdn()) for _ in range(1000))


def test_pool_phones_valid_over_10000_rows() -> None:
    df = people(10_000, np.random.default_rng(12))
    assert df["phone"].str.fullmatch(r"\+998\d{9}").all()
    assert all(_valid_uz_mobile(x) for x in df["phone"])
    assert df["phone"].is_unique


def test_check_digit_by_hand() -> None:
    # 3 010190 123 456 -> weights 7,3,1,7,3,1,7,3,1,7,3,1,7
    head = "3010190123456"
    expected = (
        3 * 7
        + 0 * 3
        + 1 * 1
        + 0 * 7
        + 1 * 3
        + 9 * 1
        + 0 * 7
        + 1 * 3
        + 2 * 1
        + 3 * 7
        + 4 * 3
        + 5 * 1
        + 6 * 7
    ) % 10
    assert pinfl_check_digit(head) == expected
    assert make_pinfl(dt.date(1990, 1, 1), "M", 123, 456) == head + str(expected)


def test_parse_round_trip_and_rejections() -> None:
    p = make_pinfl(dt.date(2003, 7, 31), "F", 294, 7)
    parts = parse_pinfl(p)
    assert parts.sex == "F"
    assert parts.birth_date == dt.date(2003, 7, 31)
    assert (parts.area_code, parts.serial) == (294, 7)
    assert p[0] == "6"
    wrong = p[:-1] + str((int(p[-1]) + 1) % 10)
    assert not is_valid_pinfl(wrong)
    assert not is_valid_pinfl(p[:-1])
    assert not is_valid_pinfl("7" + p[1:])
    with pytest.raises(ValueError, match=r"1\.\.999"):
        make_pinfl(dt.date(2003, 7, 31), "F", 0, 7)


def test_provider_pinfl_follows_given_parts() -> None:
    fake = malaka_faker("uz_Latn", 13)
    for _ in range(500):
        p = fake.pinfl()
        assert is_valid_pinfl(p), p
    p = fake.pinfl(birth_date=dt.date(1961, 4, 12), sex="M", area_code=401)
    assert parse_pinfl(p)[:3] == ("M", dt.date(1961, 4, 12), 401)


def test_pool_pinfl_consistent_with_person() -> None:
    df = people(20_000, np.random.default_rng(14), birth_years=(1940, 2008))
    assert df["pinfl"].is_unique
    for row in df.sample(3000, random_state=0).itertuples():
        parts = parse_pinfl(row.pinfl)
        assert parts.sex == row.sex
        assert parts.birth_date == row.birth_date.date()
        assert parts.area_code == district(row.district_id).area_code
    first = df["pinfl"].str[0].astype(int)
    born_2000s = df["birth_date"].dt.year >= 2000
    assert (first[born_2000s] >= 5).all()
    assert (first[~born_2000s] <= 4).all()
    assert ((first % 2 == 1) == (df["sex"] == "M")).all()


def test_passports() -> None:
    fake = malaka_faker("ru", 15)
    assert all(re.fullmatch(r"[A-Z]{2}\d{7}", fake.passport_number()) for _ in range(500))
    df = people(10_000, np.random.default_rng(16))
    assert df["passport"].str.fullmatch(r"[A-Z]{2}\d{7}").all()
    assert df["passport"].is_unique


def test_emails_are_ascii_and_built_from_the_name() -> None:
    df = people(5_000, np.random.default_rng(17))
    assert df["email"].str.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+").all()
    fake = malaka_faker("uz_Latn", 18)
    addr = fake.email_for("G'ayrat", "Qo'chqorov", 1984)
    assert "@" in addr
    assert "'" not in addr
    assert "gayrat" in addr or "qochqorov" in addr
    assert fake.email(safe=True).endswith("@example.org")
