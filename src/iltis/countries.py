"""Country codes: places speak ISO alpha-2 (GeoNames), actors alpha-3 (the event guide)."""

from __future__ import annotations

from functools import cache

import pycountry


def _convert(code: str | None, given: str, wanted: str) -> str | None:
    if not code:
        return None
    country = pycountry.countries.get(**{given: code.upper()})
    return getattr(country, wanted) if country else None


@cache
def alpha3(alpha2: str | None) -> str | None:
    """The ISO 3166 alpha-3 code of an alpha-2 code, or None for an unknown or missing one."""
    return _convert(alpha2, "alpha_2", "alpha_3")


@cache
def alpha2(code3: str | None) -> str | None:
    """The ISO 3166 alpha-2 code of an alpha-3 code, or None for an unknown or missing one."""
    return _convert(code3, "alpha_3", "alpha_2")
