from iltis.ingest.boilerplate import remove_boilerplate

ARTICLE = "Titel\n\nDer Kanzler reiste nach Paris.\n\nsource-120\n\nLeave a Reply"


def test_trailing_boilerplate_lines_are_removed():
    text, _ = remove_boilerplate(ARTICLE, "de")
    assert text == "Titel\n\nDer Kanzler reiste nach Paris."


def test_removals_name_their_rule_and_original_offsets():
    _, removed = remove_boilerplate(ARTICLE, "de")
    assert [(r.text, r.rule) for r in removed] == [
        ("source-120", "xx.bp.scraper-tag"), ("Leave a Reply", "xx.bp.comment-form")]
    assert all(ARTICLE[r.start:r.end] == r.text for r in removed)


def test_german_share_and_comment_lines_are_removed():
    text, removed = remove_boilerplate("Satz eins.\nTeilen\nKommentar schreiben\nSatz zwei.", "de")
    assert text == "Satz eins.\nSatz zwei."
    assert {r.rule for r in removed} == {"de.bp.share", "de.bp.comment-form"}


def test_german_rules_are_not_applied_to_other_languages():
    _, removed = remove_boilerplate("Text.\nTeilen", "en")
    assert removed == []


def test_cookie_banner_is_removed_but_news_about_cookies_is_kept():
    banner = "Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu. Akzeptieren"
    news = "Die Regierung will den Einsatz von Cookies auf Behördenseiten begrenzen."
    text, removed = remove_boilerplate(f"{news}\n{banner}", "de")
    assert text == news and len(removed) == 1


def test_a_sentence_mentioning_a_reply_is_kept():
    line = "Leave a Reply ist der Titel eines Romans, sagte der Verleger."
    assert remove_boilerplate(line, "de") == (line, [])


def test_text_before_the_first_removal_keeps_its_offsets():
    text, _ = remove_boilerplate(ARTICLE, "de")
    assert ARTICLE.startswith(text)
