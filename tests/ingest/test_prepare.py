from iltis.ingest import IngestSettings, Skipped, prepare_article
from iltis.model import Article

GERMAN = "Der Bundeskanzler hat am Mittwoch in Berlin den französischen Präsidenten empfangen."


def test_german_article_is_cleaned_and_tagged_german():
    art = prepare_article(Article("a", GERMAN + "\n\nsource-12"))
    assert art.lang == "de" and art.text == GERMAN and art.removed[0].rule == "xx.bp.scraper-tag"


def test_english_article_is_skipped_as_unsupported():
    item = prepare_article(Article("e", "The chancellor received the French president in Berlin on Wednesday.",
                                   source="e.txt"))
    assert isinstance(item, Skipped) and "language 'en' is not supported" in item.reason


def test_whitespace_only_article_is_skipped():
    assert prepare_article(Article("w", " \n\t ", source="w.txt")) == Skipped("w.txt", "empty text")


def test_article_of_only_boilerplate_is_skipped():
    item = prepare_article(Article("b", "Leave a Reply\nsource-3", source="b.txt"))
    assert item.reason == "nothing left after removing web boilerplate"


def test_default_date_fills_a_missing_date_only():
    settings = IngestSettings(default_date="2023-09-17")
    assert prepare_article(Article("a", GERMAN), settings).date == "2023-09-17"
    assert prepare_article(Article("a", GERMAN, date="2020-01-01"), settings).date == "2020-01-01"


def test_timestamps_are_cut_to_the_day():
    assert prepare_article(Article("a", GERMAN, date="2023-09-17T08:00:00Z")).date == "2023-09-17"


def test_windows_line_ends_are_normalised():
    assert "\r" not in prepare_article(Article("a", "Titel\r\n\r\n" + GERMAN)).text
