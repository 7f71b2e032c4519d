"""Country codes: places speak ISO alpha-2 (GeoNames), actors alpha-3 (the event guide)."""

from __future__ import annotations

from functools import cache

import pycountry

from iltis.lang import load_table


def _user_assigned() -> dict[str, str]:
    return {a2.upper(): a3.upper() for a2, a3 in load_table("xx", "countries").get("user_assigned", {}).items()}


def _convert(code: str | None, given: str, wanted: str, extra: dict[str, str]) -> str | None:
    if not code:
        return None
    country = pycountry.countries.get(**{given: code.upper()})
    return getattr(country, wanted) if country is not None else extra.get(code.upper())


@cache
def alpha3(alpha2: str | None, historic: bool = True) -> str | None:
    """The ISO 3166 alpha-3 code of an alpha-2 code, or None for an unknown or missing one.
    Kosovo (XK) is XKX, as the event guide says; a former state (YU, SU) has its code of the
    time (YUG, SUN) unless ``historic`` is false, for callers that want a state of today."""
    found = _convert(alpha2, "alpha_2", "alpha_3", _user_assigned())
    if found or not historic or not alpha2:
        return found
    former = pycountry.historic_countries.get(alpha_2=alpha2.upper())
    return former.alpha_3 if former is not None else None


@cache
def alpha2(code3: str | None) -> str | None:
    """The ISO 3166 alpha-2 code of an alpha-3 code, or None for an unknown or missing one."""
    return _convert(code3, "alpha_3", "alpha_2", {a3: a2 for a2, a3 in _user_assigned().items()})
