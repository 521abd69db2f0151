"""What recognisers collect beside the flow: prerequisites, guide callouts, diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field

from walker.model import Callout, Diagnostic, Level, Prerequisite
from walker.parse.recognise.prerequisites import Passage, inline_requirements, is_duration
from walker.parse.text import one_line, pinned_id


@dataclass
class Found:
    """A mutable collector, owned by one article's recognition run."""

    prerequisites: list[Prerequisite] = field(default_factory=list)
    callouts: list[Callout] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    seen_prerequisites: set[str] = field(default_factory=set)
    walkthrough: bool = False  # the article walks through commands (see passages.walks_through)

    def trial(self) -> Found:
        """A collector of its own for a trial recognition, knowing what this one knows."""
        return Found(walkthrough=self.walkthrough)

    def add_prerequisite(self, text: str, line: int | None, pinned: str = "") -> None:
        """Add a prerequisite unless the same text is already there."""
        title, own_pin = pinned_id(text)
        pinned = pinned or own_pin
        flat = " ".join(title.split())
        if flat and not is_duration(flat) and flat.casefold() not in self.seen_prerequisites:
            self.seen_prerequisites.add(flat.casefold())
            self.prerequisites.append(Prerequisite(pinned, flat, line))

    def scan_requirements(
        self, text: str, line: int | None, passage: Passage = Passage.STEP
    ) -> None:
        """Add the sentences of a passage that state requirements ("You must first ...")."""
        for sentence in inline_requirements(text, passage):
            self.add_prerequisite(one_line(sentence, 300)[0], line)

    def absorb(self, other: Found) -> None:
        """Take what a trial recognition found, once its result is kept."""
        for prerequisite in other.prerequisites:
            self.add_prerequisite(prerequisite.text, prerequisite.line, prerequisite.id)
        self.callouts += other.callouts
        self.diagnostics += other.diagnostics

    def note(self, message: str, line: int | None = None, level: Level = Level.INFO) -> None:
        """Record what the recognisers decided."""
        self.diagnostics.append(Diagnostic(level, message, line))
