"""E-mail addresses built from a person's transliterated name.

``rustam.karimov85@gmail.com``, ``dilnoza_yusupova@mail.ru``: local parts are ASCII (Uzbek
apostrophes dropped, Cyrillic romanised), domains a mix of global and local mail services.
Domain weights are our estimate (unconfirmed).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from faker.providers import BaseProvider

from malaka.datasets.translit import ascii_slug

localized = True

#: Local-part patterns: g = given name, s = surname, i = initial, y = birth year (2 or 4 digits),
#: n = two random digits. Plain ``str.format`` fields, not Faker tokens.
LOCAL_PART_PATTERNS: dict[str, float] = {
    "{g}.{s}": 0.18,
    "{g}.{s}{y2}": 0.14,
    "{g}{s}": 0.08,
    "{g}_{s}": 0.06,
    "{s}.{g}": 0.07,
    "{g}{y4}": 0.1,
    "{g}{y2}": 0.1,
    "{i}.{s}": 0.07,
    "{i}{s}{n}": 0.08,
    "{g}.{s}{n}": 0.12,
}


class Provider(BaseProvider):
    """Methods shared by every locale; locales set the domain weights."""

    # Faker weights OrderedDict data only for providers it loads itself; ours are added later.
    __use_weighting__ = True

    free_email_domains: ClassVar[OrderedDict[str, float]] = OrderedDict()
    local_part_patterns: ClassVar[OrderedDict[str, float]] = OrderedDict(LOCAL_PART_PATTERNS)

    def free_email_domain(self) -> str:
        """A mail service domain, weighted."""
        return self.random_element(self.free_email_domains)

    def email_for(self, given: str, surname: str, birth_year: int | None = None) -> str:
        """An address for a named person (any script)."""
        g, s = ascii_slug(given) or "user", ascii_slug(surname) or "mail"
        year = birth_year if birth_year is not None else self.random_int(1950, 2008)
        local = self.random_element(self.local_part_patterns).format(
            g=g, s=s, i=g[0], y2=f"{year % 100:02d}", y4=str(year), n=self.numerify("##")
        )
        return f"{local}@{self.free_email_domain()}"

    def free_email(self) -> str:
        """An address for a random person of this locale."""
        return self.email_for(self.generator.first_name(), self.generator.last_name())

    def email(self, safe: bool = False) -> str:
        """Faker's ``email``: with ``safe=True`` the domain is ``example.org``."""
        addr = self.free_email()
        return addr.rsplit("@", 1)[0] + "@example.org" if safe else addr
