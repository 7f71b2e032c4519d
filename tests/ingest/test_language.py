from iltis.ingest.language import detect_language


def test_german_news_is_german():
    assert detect_language("Die Bundesregierung hat am Mittwoch neue Hilfen für die Ukraine beschlossen.") == "de"


def test_english_news_is_english():
    assert detect_language("The government approved new aid for Ukraine on Wednesday, officials said.") == "en"


def test_text_too_short_to_tell_gets_the_default():
    assert detect_language("Ja.", default="de") == "de"
