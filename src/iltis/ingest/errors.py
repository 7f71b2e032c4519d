"""Why an input was not coded, said in one line that names the input."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input (a file, a JSONL line, a WARC record) that iltis did not code, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        # One line, whatever the underlying error message looked like.
        return " ".join(f"{self.source}: {self.reason}".split())


class InputError(ValueError):
    """Raised by readers for an input that cannot become an article."""
