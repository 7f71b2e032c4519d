"""The pipeline: named components run in order over a :class:`~iltis.model.Doc`.

As in spaCy, a component is a small function that reads the Doc and enriches it; it is
registered under a name, and a pipeline is a list of names. Later stages (places, actors,
quotes, events) register themselves here and join :data:`DEFAULT_PIPELINE`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator

from iltis.analysis import get_analyzer
from iltis.ingest import Item, Skipped
from iltis.model import Article, Doc

Component = Callable[[Doc], None]
_COMPONENTS: dict[str, Component] = {}

# Stage packages register their components when imported; the order here is the order they
# run in (places before actors, both before quotes, everything before events).
STAGE_MODULES: tuple[str, ...] = ("iltis.places", "iltis.actors", "iltis.quotes", "iltis.events")
DEFAULT_PIPELINE: tuple[str, ...] = ("analyse", "places", "actors", "quotes", "events")


def component(name: str) -> Callable[[Component], Component]:
    def deco(func: Component) -> Component:
        _COMPONENTS[name] = func
        return func
    return deco


def component_names() -> list[str]:
    load_stages()
    return sorted(_COMPONENTS)


@component("analyse")
def analyse(doc: Doc) -> None:
    doc.sentences = get_analyzer(doc.article.lang or "de").analyse(doc.text)


def load_stages() -> None:
    for module in STAGE_MODULES:
        importlib.import_module(module)


class Pipeline:
    def __init__(self, names: Iterable[str] = DEFAULT_PIPELINE) -> None:
        load_stages()
        self.names = tuple(names)
        unknown = [n for n in self.names if n not in _COMPONENTS]
        if unknown:
            raise LookupError(f"unknown pipeline component(s): {', '.join(unknown)}")
        self._steps = [_COMPONENTS[n] for n in self.names]

    def __call__(self, article: Article) -> Doc:
        doc = Doc(article)
        for step in self._steps:
            step(doc)
        return doc

    def pipe(self, items: Iterable[Item]) -> Iterator[Doc | Skipped]:
        for item in items:
            yield item if isinstance(item, Skipped) else self(item)


def docs_of(paths: Iterable[str], components: Iterable[str], date: str | None = None) -> Iterator[Doc | Skipped]:
    """The documents of everything under ``paths``, run through ``components``: what the
    stage commands (``iltis actors``, ``iltis quotes``, ``iltis explain``) print from."""
    from iltis.ingest import IngestSettings, ingest

    yield from Pipeline(components).pipe(ingest(paths, IngestSettings(default_date=date)))
