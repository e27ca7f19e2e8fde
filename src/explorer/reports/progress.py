"""How far a report has got, and the one way to stop it: each phase reports a Step.

Making a report has four phases: gathering each occupation's content
(build_reports), laying each out on pages (ReportDocument), painting each page
(render) and saving the file (write_pdf). Each calls `progress(step)` before
every unit of work, none longer than a fraction of a second, and stops with
ReportCancelled when it returns False. The window shows the steps in its
progress dialog and returns False once Cancel is pressed; the command line
returns False once Ctrl+C or SIGTERM arrived.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.data.repository import CareerData

PREPARING, LAYING_OUT, WRITING, PRINTING, DRAWING, SAVING = (
    "Preparing",
    "Laying out",
    "Writing",
    "Printing",
    "Drawing",  # the pages of Print Preview
    "Saving",
)
#: Each phase's share of the whole, for one progress bar across all of them.
WEIGHTS = {
    PREPARING: 0.2,
    LAYING_OUT: 0.35,
    WRITING: 0.4,
    PRINTING: 0.4,
    DRAWING: 0.45,
    SAVING: 0.05,
}
ORDER = (PREPARING, LAYING_OUT, WRITING, SAVING)


class ReportCancelled(Exception):
    """The person waiting asked to stop (Cancel, Ctrl+C or SIGTERM)."""


@dataclass(frozen=True)
class Step:
    """A unit of work about to start: `done` of `total` in `phase`."""

    phase: str
    done: int
    total: int

    def text(self) -> str:
        """The line a progress dialog shows."""
        if self.phase == SAVING:
            return "Saving the file…"
        unit = "page" if self.phase in (WRITING, PRINTING, DRAWING) else "occupation"
        return f"{self.phase} {unit} {min(self.done + 1, self.total)} of {self.total}…"

    def fraction(self) -> float:
        """How much of the whole report is done, from 0 to 1, counting every phase."""
        painting = self.phase in (PRINTING, DRAWING)
        order = (PREPARING, LAYING_OUT, self.phase) if painting else ORDER
        before = sum(WEIGHTS[p] for p in order[: order.index(self.phase)])
        within = self.done / self.total if self.total else 0.0
        return min(1.0, before + WEIGHTS[self.phase] * within)


Progress = Callable[[Step], bool]


def report_step(progress: Progress | None, phase: str, done: int, total: int) -> None:
    """Tell progress that a unit of work starts; ReportCancelled if it says stop."""
    if progress is not None and not progress(Step(phase, done, total)):
        raise ReportCancelled


def resolved_codes(
    data: CareerData, codes: Sequence[str], progress: Progress | None
) -> Iterator[str]:
    """Each code as the database names it ("29-2072" is 29-2072.00), a PREPARING step
    before each; ReportError for a code it does not know. Reports and handouts alike."""
    from explorer.profile.registry import ReportError

    for done, text in enumerate(codes):
        report_step(progress, PREPARING, done, len(codes))
        code = data.resolve_code(text)
        if code is None:
            raise ReportError(f"unknown occupation code: {text!r}")
        yield code
