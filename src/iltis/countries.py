"""Country codes: places speak ISO alpha-2 (GeoNames), actors alpha-3 (the event guide)."""

from __future__ import annotations

from functools import cache

import pycountry


@cache
def alpha3(alpha2: str | None) -> str | None:
    """The ISO 3166 alpha-3 code of an alpha-2 code, or None for an unknown or missing one."""
    if not alpha2:
        return None
    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.alpha_3 if country else None


@cache
def alpha2(code3: str | None) -> str | None:
    """The ISO 3166 alpha-2 code of an alpha-3 code, or None for an unknown or missing one."""
    if not code3:
        return None
    country = pycountry.countries.get(alpha_3=code3.upper())
    return country.alpha_2 if country else None
