from iltis.countries import alpha2, alpha3


def test_alpha3_of_a_current_state():
    assert alpha3("rs") == "SRB"


def test_kosovo_is_xkx_as_the_event_guide_says():
    assert (alpha3("XK"), alpha2("XKX")) == ("XKX", "XK")


def test_former_state_has_its_code_of_the_time():
    assert (alpha3("SU"), alpha3("YU")) == ("SUN", "YUG")


def test_former_state_is_no_state_of_today_when_asked_so():
    assert alpha3("YU", historic=False) is None


def test_unknown_code_is_none():
    assert (alpha3("QQ"), alpha3(None), alpha2("QQQ")) == (None, None, None)
