"""``iltis run``, ``iltis export`` and ``iltis stats``: the store from the command line."""

from __future__ import annotations

import sys

import click

from iltis.ingest import IngestSettings, ReadSettings, Skipped
from iltis.ingest.readers import DEFAULT_MAX_BYTES
from iltis.store.database import EventStore
from iltis.store.dedup import rebuild_merged_events
from iltis.store.export import FLAT_TABLES, FORMATS, export, stats
from iltis.store.run import DEFAULT_BATCH, run_corpus


def _table(rows: list[tuple[str, object]], title: str) -> str:
    width = max(len(str(k)) for k, _ in rows)
    lines = [title, "-" * (width + 10)]
    lines += [f"{k!s:<{width}}  {v:>8}" for k, v in rows]
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", required=True, metavar="FILE.duckdb", help="The event store (created if missing).")
@click.option("-j", "--workers", type=int, default=0, help="Worker processes (default: all cores).")
@click.option("--batch-size", type=int, default=DEFAULT_BATCH, show_default=True,
              help="Articles written per transaction.")
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for articles whose input gives none.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs (files, or single articles of JSONL/WARC) larger than this.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def run(paths: tuple[str, ...], db_path: str, workers: int, batch_size: int, date: str | None,
        max_bytes: int, quiet: bool) -> None:
    """Code articles into an embedded DuckDB event store, on all cores.

    Articles already stored (same content, same iltis version) are skipped, so a run that
    was interrupted, even killed, finishes where it stopped when started again.

    \b
    Examples:
      iltis run examples/ --db iltis.duckdb
      iltis run 'archive/**/*.jsonl' --db news.duckdb -j 2
    """
    from tqdm import tqdm

    from iltis.cli import validate_date

    if date is not None:
        validate_date(date)
    settings = IngestSettings(read=ReadSettings(max_bytes=max_bytes), default_date=date)
    bar = tqdm(unit=" articles", file=sys.stderr, disable=quiet or None, leave=False)

    def on_result(result: object) -> None:
        bar.update(1)
        if isinstance(result, Skipped):
            bar.write(f"iltis: skipped {result}", file=sys.stderr)

    with EventStore(db_path) as store:
        summary = run_corpus(paths, store, settings, workers=workers or None, batch_size=batch_size,
                             on_result=on_result)
        bar.close()
        merged = rebuild_merged_events(store)
    rows = [("articles coded", summary.coded), ("already stored", summary.already_stored),
            ("inputs skipped", len(summary.skipped)), ("events", sum(summary.events_by_type.values())),
            ("merged events (whole store)", merged)]
    rows += [(f"  {t}", n) for t, n in summary.events_by_type.most_common()]
    click.echo(_table(rows, f"iltis run -> {db_path}"), err=True)
    if summary.skipped:
        click.echo(_table([(s.source, s.reason) for s in summary.skipped], "skipped inputs"), err=True)
        sys.exit(1)


@click.command("export")
@click.option("--db", "db_path", required=True, metavar="FILE.duckdb", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--table", type=click.Choice(FLAT_TABLES), default="events", show_default=True,
              help="For csv, tsv and parquet: which table (jsonl always writes whole records).")
@click.option("-o", "--output", metavar="FILE", help="Write here instead of stdout.")
def export_command(db_path: str, fmt: str, table: str, output: str | None) -> None:
    """Export the store: JSONL records in the event-guide format, or a flat table.

    \b
    Examples:
      iltis export --db iltis.duckdb > events.jsonl
      iltis export --db iltis.duckdb --format csv -o events.csv
      iltis export --db iltis.duckdb --format parquet --table merged_events -o merged.parquet
    """
    with EventStore(db_path, read_only=True) as store:
        export(store, fmt, path=output, table=table)


@click.command("stats")
@click.option("--db", "db_path", required=True, metavar="FILE.duckdb", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of tables.")
def stats_command(db_path: str, as_json: bool) -> None:
    """Counts of what the store holds: articles, events by type, skipped inputs."""
    import json

    with EventStore(db_path, read_only=True) as store:
        data = stats(store)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    counts = [(k, v) for k, v in data.items() if isinstance(v, int)]
    click.echo(_table(counts, f"iltis store {db_path}"))
    for key in ("events_by_type", "skipped_by_reason", "versions"):
        if data[key]:
            click.echo("\n" + _table(list(data[key].items()), key.replace("_", " ")))
