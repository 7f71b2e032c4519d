import gzip
import io
import json

from iltis.ingest.errors import Skipped
from iltis.ingest.readers import ReadSettings, read_file, read_inputs, text_article
from iltis.model import Article


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def skipped(items):
    return [i for i in items if isinstance(i, Skipped)]


def test_first_line_is_the_title_when_a_blank_line_follows():
    art = text_article("Kopfzeile\n\nDer Text.", "a", "a.txt")
    assert art.title == "Kopfzeile" and art.text.startswith("Kopfzeile")


def test_no_title_without_blank_line():
    assert text_article("Erste Zeile\nzweite Zeile", "a", "a.txt").title is None


def test_text_file_becomes_one_article_named_after_the_file(tmp_path):
    path = tmp_path / "bericht.txt"
    path.write_text("Titel\n\nDer Minister sprach.", encoding="utf-8")
    [art] = list(read_file(path))
    assert (art.id, art.title, art.source) == ("bericht", "Titel", str(path))


def test_date_in_file_name_is_the_article_date(tmp_path):
    path = tmp_path / "2024-03-12-gipfel.txt"
    path.write_text("Der Minister sprach.", encoding="utf-8")
    assert next(read_file(path)).date == "2024-03-12"


def test_jsonl_lines_become_articles_with_metadata(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": "Text.", "title": "T", "date": "2020-01-02",
                                "url": "https://example.org/x1"}) + "\n", encoding="utf-8")
    [art] = list(read_file(path))
    assert (art.id, art.title, art.date, art.url) == ("x1", "T", "2020-01-02", "https://example.org/x1")


def test_malformed_jsonl_lines_are_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "ok1", "text": "Eins."}\n{not json\n[1, 2]\n{"id": "no-text"}\n'
                    '{"id": "ok2", "text": "Zwei."}\n', encoding="utf-8")
    items = list(read_file(path))
    assert [a.id for a in articles(items)] == ["ok1", "ok2"]
    assert [s.source for s in skipped(items)] == [f"{path}:2", f"{path}:3", f"{path}:4"]


def test_jsonl_line_without_id_gets_file_and_line(tmp_path):
    path = tmp_path / "noid.jsonl"
    path.write_text('{"text": "Eins."}\n', encoding="utf-8")
    assert next(read_file(path)).id == "noid:1"


def test_html_page_is_reduced_to_its_article(tmp_path):
    path = tmp_path / "seite.html"
    body = " ".join(["Die Regierung beschloss am Montag ein neues Gesetz über die Polizei."] * 3)
    path.write_text(f"<html><head><title>Gesetz</title></head><body><nav>Startseite Politik</nav>"
                    f"<article><h1>Gesetz beschlossen</h1><p>{body}</p></article></body></html>",
                    encoding="utf-8")
    [art] = list(read_file(path))
    assert "Die Regierung beschloss" in art.text and "Startseite" not in art.text


def test_html_without_text_is_skipped(tmp_path):
    path = tmp_path / "leer.html"
    path.write_text("<html><body><div></div></body></html>", encoding="utf-8")
    [item] = list(read_file(path))
    assert isinstance(item, Skipped) and "no article text" in item.reason


def test_empty_file_is_skipped(tmp_path):
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    assert list(read_file(path)) == [Skipped(str(path), "empty input")]


def test_binary_file_is_skipped(tmp_path):
    path = tmp_path / "bild.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [item] = list(read_file(path))
    assert item.reason == "binary data, not text"


def test_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "riesig.txt"
    path.write_text("Wort " * 100, encoding="utf-8")
    [item] = list(read_file(path, ReadSettings(max_bytes=100)))
    assert isinstance(item, Skipped) and item.reason.startswith("too large")


def test_missing_path_is_reported_not_raised(tmp_path):
    [item] = list(read_inputs([str(tmp_path / "fehlt.txt")]))
    assert item.reason == "no such file or directory"


def test_directories_are_walked_for_known_formats(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Eins.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b", "text": "Zwei."}\n', encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    assert sorted(a.id for a in articles(read_inputs([str(tmp_path)]))) == ["a", "b"]


def test_globs_are_expanded(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text("Satz.", encoding="utf-8")
    assert sorted(a.id for a in articles(read_inputs([str(tmp_path / "x*.txt")]))) == ["x1", "x2"]


def test_glob_without_matches_is_reported(tmp_path):
    [item] = list(read_inputs([str(tmp_path / "*.txt")]))
    assert item.reason == "no file matches this pattern"


def test_rss_feed_entries_become_articles(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>'
        "<item><title>Gipfel</title><link>https://example.org/1</link>"
        "<pubDate>Tue, 12 Mar 2024 10:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;Die Kanzlerin traf den Präsidenten.&lt;/p&gt;</description></item>"
        "</channel></rss>", encoding="utf-8")
    [art] = list(read_file(path))
    assert (art.title, art.date, art.text) == ("Gipfel", "2024-03-12", "Die Kanzlerin traf den Präsidenten.")


def test_warc_html_responses_become_articles(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = ("<html><body><article><p>" + "Der Außenminister besuchte am Montag Kiew und sprach "
            "mit der Regierung über neue Hilfen. " * 3 + "</p></article></body></html>").encode()
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/kiew", "response",
                                                  payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buf.getvalue())
    [art] = list(read_file(path))
    assert art.url == "https://example.org/kiew" and "Außenminister" in art.text


def test_garbage_warc_is_reported(tmp_path):
    path = tmp_path / "kaputt.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\nnonsense\r\n\r\n"))
    items = list(read_file(path))
    assert items and all(isinstance(i, Skipped) for i in items)
