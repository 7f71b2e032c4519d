import pytest

from iltis.events.dates import find_time_expressions, nearest, parse_article_date

SUNDAY = parse_article_date("2023-09-17")


def values(text, article=SUNDAY):
    return [(x.value, x.rule) for x in find_time_expressions(text, 0, article)]


@pytest.mark.parametrize("text, value", [
    ("Am Samstag traf er", "2023-09-16"),
    ("Am Sonntag reiste er ab", "2023-09-17"),
    ("Am Samstagabend", "2023-09-16"),
    ("gestern Abend", "2023-09-16"),
    ("am 12. März", "2023-03-12"),
    ("am 3.10.2022", "2022-10-03"),
    ("vor 75 Jahren", "1948"),
    ("vor drei Tagen", "2023-09-14"),
    ("im Jahr 2006", "2006"),
    ("Anfang September", "2023-09"),
    ("am 16. und 17. Dezember 2022", "2022-12-16"),
    ("Es sei auch 2008 gelobt worden", "2008"),
    ("Ende 2019", "2019"),
    ("am vergangenen Sonntag", "2023-09-10"),
    ("am Donnerstag vergangener Woche", "2023-09-07"),
    ("am heutigen Sonntag", "2023-09-17"),
    ("letzten Oktober", "2022-10"),
    ("im vergangenen Jahr", "2022"),
    ("im März des vergangenen Jahres", "2022-03"),
    ("an Heiligabend", "2022-12-24"),
    ("am Ostermontag", "2023-04-10"),
    ("2015 kam es zu Unruhen", "2015"),
])
def test_expression_resolves_against_the_article_date(text, value):
    assert values(text)[0][0] == value


def test_month_after_the_article_month_is_last_year():
    assert values("im Dezember")[0][0] == "2022-12"


def test_coming_weekday_points_forward():
    [when] = find_time_expressions("am kommenden Freitag", 0, SUNDAY)
    assert (when.value, when.forward) == ("2023-09-22", True)


def test_capitalised_morgen_is_the_morning_not_tomorrow():
    assert values("Heute Morgen sprach er")[0][0] == "2023-09-17"


def test_relative_expressions_need_an_article_date():
    assert values("Am Samstag traf er", article=None) == []


def test_offsets_point_into_the_article():
    [when] = find_time_expressions("Er kam am Montag.", 100, SUNDAY)
    assert (when.start, when.end) == (110, 116)  # "Montag"


def test_nearest_expression_inside_the_span_wins():
    exprs = find_time_expressions("Am Montag sprach er, am Dienstag reiste er.", 0, SUNDAY)
    assert nearest(exprs, 30, 21, 43).value == "2023-09-12"


def test_adjective_forms_of_relative_days_resolve():
    assert values("mit dem gestrigen Tag")[0][0] == "2023-09-16"


def test_a_bare_number_without_a_year_cue_is_no_date():
    assert values("Rund 2000 Menschen demonstrierten") == []


def test_pluperfect_clause_is_anterior():
    from iltis.events.dates import anterior
    from iltis.model import Token

    toks = [Token("Er", 0, 2, "er", "PPER"), Token("hatte", 3, 8, "haben", "VAFIN"),
            Token("abgelehnt", 9, 18, "ablehnen", "VVPP")]
    assert anterior(toks, frozenset({"VVPP"})) == "de.date.pluperfect"
    assert anterior(toks[:2] + [Token("recht", 9, 14, "recht", "ADJD")], frozenset({"VVPP"})) is None


def test_day_without_year_takes_the_year_at_the_end_of_its_range():
    [when] = find_time_expressions("Vom 2. April bis zum 20. Juni 1943 wurden", 0, parse_article_date("2009-04-02"))
    assert when.value == "1943-04-02"


def test_the_coming_week_is_a_date_ahead_at_month_precision():
    [when] = find_time_expressions("Sie wollen sich in der kommenden Woche treffen", 0, parse_article_date("2009-12-28"))
    assert (when.value, when.forward) == ("2010-01", True)


def test_an_approximate_count_of_years_ago_is_still_a_date():
    [when] = find_time_expressions("Vor über zehn Jahren hatte die Behörde gebeten", 0, parse_article_date("2011-11-30"))
    assert when.value == "2001"


@pytest.mark.parametrize("text", ["vor Weihnachten", "bis Ostern", "2000 Menschen kamen"])
def test_deadline_holiday_and_a_count_are_no_dates(text):
    assert values(text) == []
