"""E-mail domains of Russian-speaking users in Uzbekistan."""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from malaka.datasets.providers.internet import Provider as InternetProvider


class Provider(InternetProvider):
    """Mail.ru group and Yandex more common than among Uzbek speakers."""

    free_email_domains: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {
            "gmail.com": 0.4,
            "mail.ru": 0.28,
            "yandex.ru": 0.1,
            "inbox.ru": 0.04,
            "list.ru": 0.04,
            "bk.ru": 0.03,
            "umail.uz": 0.03,
            "icloud.com": 0.05,
            "yahoo.com": 0.03,
        }
    )
