"""``iltis quotes FILE``: the quotations of articles, one readable line each."""

from __future__ import annotations

import click

from iltis.model import Quote

# Quotes longer than this are shortened in the listing; the JSON of `iltis code` has them whole.
SHOW_CHARS = 160


def format_quote(q: Quote) -> str:
    """One line: type, speaker (and whom a pronoun stands for), cue, addressee, the words."""
    speaker = q.speaker.text if q.speaker else "?"
    if q.speaker and q.resolved_speaker and q.resolved_speaker != q.speaker.text:
        speaker += f" (= {q.resolved_speaker})"
    parts = [f"[{q.type}]", speaker]
    if q.cue:
        parts.append(f"<{q.cue.text}>")
    if q.addressee:
        parts.append(f"to {q.addressee.text}")
    words = q.quote.text if len(q.quote.text) <= SHOW_CHARS else q.quote.text[:SHOW_CHARS - 1] + "…"
    return " ".join(parts) + f": {words}"


@click.command("quotes")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for articles whose input gives none.")
def quotes_command(paths: tuple[str, ...], date: str | None) -> None:
    """Print who said what in the articles at PATHS (same inputs as `iltis code`).

    \b
    Example:
      iltis quotes examples/
    """
    from iltis.ingest import Skipped
    from iltis.pipeline import docs_of

    for doc in docs_of(paths, ["analyse", "quotes"], date):
        if isinstance(doc, Skipped):
            click.echo(f"iltis: skipped {doc}", err=True)
            continue
        click.echo(f"# {doc.article.title or doc.article.id} ({len(doc.quotes)} quotes)")
        for q in doc.quotes:
            click.echo("  " + format_quote(q))
