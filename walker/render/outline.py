"""`walker show`: a guide as a plain-text outline for pipes and screen readers."""

from __future__ import annotations

from typing import assert_never

from walker.model import Callout, Choice, Guide, Image, Node, Section, Step
from walker.numbering import number_items

INDENT = "   "


def render_outline(guide: Guide) -> str:
    """Render a guide: heading, prerequisites, numbered steps, branches, callouts."""
    numbers = number_items(guide)
    lines = [guide.title, "=" * min(len(guide.title), 80)]
    if guide.description:
        lines.append(guide.description)
    lines.append(" · ".join(_facts(guide)))
    if guide.source:
        lines.append(f"File: {guide.source}")
    if guide.prerequisites:
        lines += ["", "Before you start:"]
        lines += [f"{INDENT}- {p.text}" for p in guide.prerequisites]
    if guide.callouts:
        lines.append("")
        lines += [_callout(c) for c in guide.callouts]
    lines += ["", "Steps:"]
    lines += _flow(guide.flow, numbers, 1)
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


def _flow(flow: tuple[Node, ...], numbers: dict[str, str], depth: int) -> list[str]:
    lines: list[str] = []
    pad = INDENT * depth
    for node in flow:
        match node:
            case Section():
                lines.append(f"{pad}{node.title}")
                lines += _flow(node.flow, numbers, depth + 1)
            case Step():
                lines += _step(node, numbers[node.id], pad)
            case Choice():
                lines += _choice(node, numbers, depth)
            case _:
                assert_never(node)
    return lines


def _step(step: Step, number: str, pad: str) -> list[str]:
    lines = [f"{pad}{number}. {step.title}"]
    inner = pad + " " * (len(number) + 2)
    lines += [f"{inner}{_callout(c)}" for c in step.callouts]
    lines += [f"{inner}{_image(i)}" for i in step.images]
    return lines


def _choice(choice: Choice, numbers: dict[str, str], depth: int) -> list[str]:
    pad = INDENT * depth
    lines = [f"{pad}{numbers[choice.id]}. {choice.title} (choose one of {len(choice.branches)}):"]
    for branch in choice.branches:
        lines.append(f"{pad}{INDENT}{numbers[branch.id]}) {branch.title}")
        lines += _flow(branch.flow, numbers, depth + 2)
    return lines


def _callout(callout: Callout) -> str:
    return f"{callout.kind.value.capitalize()}: {callout.text}"


def _image(image: Image) -> str:
    return f"Image: {image.alt or 'untitled'} <{image.url}>"
