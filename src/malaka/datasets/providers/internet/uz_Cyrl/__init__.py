"""E-mail domains of Uzbek users (same as Latin; older users lean to Mail.ru)."""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from malaka.datasets.providers.internet import Provider as InternetProvider
from malaka.datasets.providers.internet.uz_Latn import UZ_DOMAINS


class Provider(InternetProvider):
    """Same domains as Uzbek Latin, with Mail.ru more common."""

    free_email_domains: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {**UZ_DOMAINS, "mail.ru": 0.26, "gmail.com": 0.44}
    )
