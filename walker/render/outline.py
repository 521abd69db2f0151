"""`walker show`: a guide as a plain-text outline for pipes and screen readers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import assert_never

from walker.model import Callout, Choice, Guide, Image, Node, Section, Step
from walker.numbering import number_items
from walker.render.plain import plain_lines

INDENT = "   "


@dataclass(frozen=True)
class _Outline:
    """How one outline is written: item numbers, and whether bodies are left out."""

    numbers: dict[str, str]
    brief: bool


def render_outline(guide: Guide, *, brief: bool = False) -> str:
    """Render a whole guide: heading, prerequisites, numbered steps with their bodies, callouts,
    branches with their intros (``brief``: step titles only)."""
    outline = _Outline(number_items(guide), brief)
    lines = [guide.title, "=" * min(len(guide.title), 80)]
    if guide.description:
        lines.append(guide.description)
    lines.append(" · ".join(_facts(guide)))
    if guide.source:
        lines.append(f"File: {guide.source}")
    if guide.prerequisites:
        lines += ["", "Before you start:"]
        lines += [f"{INDENT}- {p.text}" for p in guide.prerequisites]
    if guide.callouts and not brief:
        lines.append("")
        lines += [_callout(c) for c in guide.callouts]
    lines += ["", "Steps:"]
    lines += _flow_lines(outline, guide.flow, 1)
    return "\n".join(lines)


def _facts(guide: Guide) -> list[str]:
    count = guide.step_count
    facts = [f"{count} step{'s' if count != 1 else ''}"]
    if guide.time_minutes:
        facts.append(f"about {_duration(guide.time_minutes)}")
    if guide.tags:
        facts.append("tags: " + ", ".join(guide.tags))
    facts.append(f"id: {guide.id}")
    return facts


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def _flow_lines(outline: _Outline, flow: tuple[Node, ...], depth: int) -> list[str]:
    lines: list[str] = []
    pad = INDENT * depth
    for node in flow:
        match node:
            case Section():
                lines.append(f"{pad}{node.title}")
                lines += _flow_lines(outline, node.flow, depth + 1)
            case Step():
                lines += _step(outline, node, pad)
            case Choice():
                lines += _choice(outline, node, depth)
            case _:
                assert_never(node)
    return lines


def _step(outline: _Outline, step: Step, pad: str) -> list[str]:
    number = outline.numbers[step.id]
    lines = [f"{pad}{number}. {step.title}"]
    if outline.brief:
        return lines
    inner = pad + " " * (len(number) + 2)
    lines += plain_lines(step.body, inner)
    lines += [f"{inner}{_callout(c)}" for c in step.callouts]
    lines += [f"{inner}{_image(i)}" for i in step.images]
    return lines


def _choice(outline: _Outline, choice: Choice, depth: int) -> list[str]:
    pad = INDENT * depth
    count = len(choice.branches)
    lines = [f"{pad}{outline.numbers[choice.id]}. {choice.title} (choose one of {count}):"]
    for branch in choice.branches:
        lines.append(f"{pad}{INDENT}{outline.numbers[branch.id]}) {branch.title}")
        if not outline.brief:
            lines += plain_lines(branch.intro, pad + INDENT * 2)
        lines += _flow_lines(outline, branch.flow, depth + 2)
    return lines


def _callout(callout: Callout) -> str:
    return f"{callout.kind.value.capitalize()}: {callout.text}"


def _image(image: Image) -> str:
    return f"Image: {image.alt or 'untitled'} <{image.url}>"
