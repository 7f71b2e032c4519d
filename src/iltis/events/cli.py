"""``iltis explain``: each event with its evidence and the rules that coded it."""

from __future__ import annotations

import sys

import click

from iltis.model import ActorRef, Candidate, Doc, Event, Span


def _actors(refs: list[ActorRef]) -> str:
    if not refs:
        return "-"
    return "; ".join(f"{r.text or '(implied)'} [{r.name or '?'} {r.country or '?'} {r.sector or '?'}]" for r in refs)


def _evidence(evidence: Span, trigger: Span, color: bool) -> str:
    text, s, t = evidence.text, trigger.start - evidence.start, trigger.end - evidence.start
    if not 0 <= s < t <= len(text):
        return text
    trig = text[s:t]
    mark = click.style(trig, bold=True, underline=True) if color else f"»{trig}«"
    return text[:s] + mark + text[t:]


def format_event(doc: Doc, n: int, ev: Event, color: bool = False) -> str:
    head = f"[{n}] {ev.type}" + (f"/{ev.mode}" if ev.mode else "") + f"  {ev.modality}  date={ev.date or '-'}" \
        + f"  confidence={ev.confidence:.2f}" + (f"  cameo={ev.cameo}" if ev.cameo else "")
    loc = ev.location
    where = f"{loc.text} ({loc.name or '?'}, {loc.geonameid or '-'}, {loc.country_code or '?'})" if loc else "-"
    lines = [
        click.style(head, bold=True) if color else head,
        f"    actor:     {_actors(ev.actor)}",
        f"    recipient: {_actors(ev.recipient)}",
        f"    where:     {where}",
        f"    source:    {ev.reported_by.text if ev.reported_by else '(the article itself)'}",
        f"    evidence:  {_evidence(ev.evidence, ev.trigger, color)}",
        f"    why:       {' · '.join(ev.explanation)}",
    ]
    return "\n".join(lines)


def format_dropped(c: Candidate, color: bool = False) -> str:
    return f"    - {c.type} {c.predicate}  {c.reason}\n        {_evidence(c.evidence, c.trigger, color)}"


@click.command("explain")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for articles whose input gives none.")
@click.option("--cameo", is_flag=True, help="Show the closest CAMEO code too.")
@click.option("--dropped", is_flag=True, help="Also list the predicates matched but not coded, and the rule why.")
def explain_command(paths: tuple[str, ...], date: str | None, cameo: bool, dropped: bool) -> None:
    """Print each event found in the articles with its evidence (trigger marked) and the
    rules and lexicon entries that coded it; with --dropped, also what was matched but not
    coded and why (a missing event is traced there, or to an article judged non-political).

    \b
    Example:
      iltis explain examples/2024-05-02-tiflis-protest.txt
      iltis explain --dropped examples/2024-05-02-tiflis-protest.txt
    """
    from iltis.cli import validate_date
    from iltis.events.coder import off_topic
    from iltis.ingest import Skipped
    from iltis.pipeline import DEFAULT_PIPELINE, docs_of

    if date is not None:
        validate_date(date)
    color = sys.stdout.isatty()
    skipped = 0
    for doc in docs_of(paths, list(DEFAULT_PIPELINE) + (["cameo"] if cameo else []), date):
        if isinstance(doc, Skipped):
            skipped += 1
            click.echo(f"iltis: skipped {doc}", err=True)
            continue
        item = doc.article
        title = f"== {item.id}  ({item.date or 'no date'})  {len(doc.events)} event(s)"
        click.echo(click.style(title, bold=True) if color else title)
        for n, ev in enumerate(doc.events, 1):
            click.echo(format_event(doc, n, ev, color))
        if dropped:
            topic = off_topic(doc)
            click.echo(f"  not coded: the article is about {topic}, not politics" if topic
                       else f"  not coded: {len(doc.dropped)} matched predicate(s)")
            for c in doc.dropped:
                click.echo(format_dropped(c, color))
        click.echo()
    if skipped:
        sys.exit(1)
