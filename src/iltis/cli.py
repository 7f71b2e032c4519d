"""The ``iltis`` command: a thin layer over the library (see README for examples)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TextIO

import click

from iltis import __version__
from iltis.actors.cli import actors_command
from iltis.events.cli import explain_command
from iltis.ingest import IngestSettings, ReadSettings, Skipped, ingest
from iltis.ingest.readers import DEFAULT_MAX_BYTES
from iltis.parallel import code_tasks
from iltis.pipeline import DEFAULT_PIPELINE, Pipeline
from iltis.places.cli import gazetteer_command, places_command
from iltis.quotes.cli import quotes_command
from iltis.store import cli as store_cli

# Below this many articles a progress bar is clutter.
PROGRESS_AFTER = 5


class Progress:
    """A progress bar on stderr that appears only once a run is more than a few articles."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.count = 0
        self._bar = None

    def step(self) -> None:
        self.count += 1
        if self._bar is None and self.enabled and self.count > PROGRESS_AFTER:
            from tqdm import tqdm

            self._bar = tqdm(initial=self.count - 1, unit=" articles", file=sys.stderr, leave=False)
        if self._bar is not None:
            self._bar.update(1)

    def warn(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        else:
            click.echo(message, err=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO | IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8") as fh:
        yield fh


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="iltis")
def main() -> None:
    """iltis: political event data from German news.

    Reads news articles (text, HTML, JSONL, WARC, RSS/Atom; files, directories, globs or
    - for stdin) and writes one JSON object per article: its cleaned text and the events,
    places, quotes and actors found in it (see docs/output.md).
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", metavar="OUT.jsonl", help="Write here instead of stdout.")
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for articles whose input gives none.")
@click.option("--analysis", is_flag=True, help="Add sentences and tokens (offsets, POS, lemma) to each record.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs (files, or single articles of JSONL/WARC) larger than this.")
@click.option("--lang", "default_lang", default="de", show_default=True,
              help="Language assumed for texts too short to identify.")
@click.option("--pipeline", "components", metavar="NAME,NAME,...", default=",".join(DEFAULT_PIPELINE),
              show_default=True, help="Components to run, in order (benchmarks compare subsets).")
@click.option("--cameo", is_flag=True, help="Add the closest CAMEO code to each event (field 'cameo').")
@click.option("-j", "--workers", type=int, default=1, show_default=True,
              help="Worker processes (0: all cores); output keeps the input order.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def code(paths: tuple[str, ...], output: str | None, date: str | None, analysis: bool,
         max_bytes: int, default_lang: str, components: str, cameo: bool, workers: int, quiet: bool) -> None:
    """Code articles into JSON Lines records.

    Skipped inputs (empty, binary, too large, malformed, unsupported language) are named on
    stderr with the reason; the run goes on, and the exit status is 1 if any were skipped.

    \b
    Examples:
      iltis code article.txt --date 2023-09-17
      iltis code corpus.jsonl -o coded.jsonl
      cat page.html | iltis code -
    """
    if date is not None:
        validate_date(date)
    settings = IngestSettings(read=ReadSettings(max_bytes=max_bytes), default_date=date,
                              default_lang=default_lang)
    names = [c.strip() for c in components.split(",") if c.strip()] + (["cameo"] if cameo else [])
    try:
        Pipeline(names)  # fail on unknown components before any worker starts
    except LookupError as exc:
        raise click.BadParameter(str(exc), param_hint="--pipeline") from None
    progress = Progress(enabled=not quiet)
    skipped = 0
    tasks = (item if isinstance(item, Skipped) else (item.id, item) for item in ingest(paths, settings))
    with open_output(output) as out:
        for result in code_tasks(tasks, names, workers or os.cpu_count() or 1, analysis):
            progress.step()
            if isinstance(result, Skipped):
                skipped += 1
                progress.warn(f"iltis: skipped {result}")
                continue
            out.write(json.dumps(result.record, ensure_ascii=False))
            out.write("\n")
    progress.close()
    if skipped:
        click.echo(f"iltis: {skipped} input(s) skipped", err=True)
        sys.exit(1)


def validate_date(value: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD", param_hint="--date") from None


# Stage commands (iltis places, iltis quotes, iltis actors, iltis explain, ...) are added
# below, each from its stage package's cli module.
main.add_command(store_cli.run)
main.add_command(store_cli.export_command)
main.add_command(store_cli.stats_command)
main.add_command(quotes_command)
main.add_command(actors_command)
main.add_command(places_command)
main.add_command(gazetteer_command)
main.add_command(explain_command)


@main.command()
def schema() -> None:
    """Print the JSON Schema of an output record."""
    from iltis.schema import record_schema_json

    click.echo(record_schema_json(), nl=False)


if __name__ == "__main__":
    main()
