"""``iltis actors FILE``: the actor mentions of articles as a table."""

from __future__ import annotations

import click

from iltis.model import ActorMention

COLUMNS = ("span", "text", "name", "country", "sector", "kb_id")


def table_rows(mentions: list[ActorMention]) -> list[tuple[str, ...]]:
    return [(f"{m.start}-{m.end}", m.text, m.name or "-", m.country or "-", m.sector or "-", m.kb_id or "-")
            for m in mentions]


def format_table(mentions: list[ActorMention]) -> str:
    """Columns padded to their widest cell, so the table reads in a terminal."""
    rows = [COLUMNS, *table_rows(mentions)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows)


@click.command("actors")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", metavar="YYYY-MM-DD",
              help="Publication date for articles whose input gives none (picks office holders).")
def actors_command(paths: tuple[str, ...], date: str | None) -> None:
    """Print the actors named in the articles at PATHS (same inputs as `iltis code`).

    \b
    Example:
      iltis actors examples/2024-03-12-warschau-berlin.txt
    """
    from iltis.ingest import Skipped
    from iltis.pipeline import docs_of

    for doc in docs_of(paths, ["analyse", "actors"], date):
        if isinstance(doc, Skipped):
            click.echo(f"iltis: skipped {doc}", err=True)
            continue
        click.echo(f"# {doc.article.title or doc.article.id} ({len(doc.actors)} actor mentions)")
        click.echo(format_table(doc.actors))
