"""E-mail domains of Uzbek users."""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from malaka.datasets.providers.internet import Provider as InternetProvider

UZ_DOMAINS: dict[str, float] = {
    "gmail.com": 0.52,
    "mail.ru": 0.18,
    "yandex.ru": 0.05,
    "umail.uz": 0.06,
    "inbox.uz": 0.03,
    "mail.uz": 0.04,
    "yahoo.com": 0.04,
    "icloud.com": 0.04,
    "inbox.ru": 0.02,
    "list.ru": 0.02,
}


class Provider(InternetProvider):
    """Mostly Gmail and Mail.ru, some local ``.uz`` services."""

    free_email_domains: ClassVar[OrderedDict[str, float]] = OrderedDict(UZ_DOMAINS)
