"""A guide written back in the authored format (`walker import`): parsing it gives it back."""

from __future__ import annotations

import re
from typing import assert_never

import yaml

from walker.model import Branch, Callout, Choice, Guide, Image, Node, Section, Step
from walker.parse.text import MAX_HEADING_LEVEL

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|{}])")


def escape_markdown(text: str) -> str:
    """Escape the characters that would make plain text read as Markdown markup."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped)


def guide_to_markdown(guide: Guide) -> str:
    """Render a guide as an authored walker guide with every id pinned."""
    meta: dict[str, object] = {"title": guide.title, "id": guide.id}
    if guide.description:
        meta["description"] = guide.description
    if guide.tags:
        meta["tags"] = list(guide.tags)
    if guide.time_minutes:
        meta["time"] = f"{guide.time_minutes} min"
    if guide.source_url:
        meta["source"] = guide.source_url
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    parts = [f"---\n{front}---", f"# {escape_markdown(guide.title)}"]
    parts += [_callout(callout) for callout in guide.callouts]
    if guide.prerequisites:
        parts.append("## Prerequisites")
        parts.append(
            "\n".join(f"- {escape_markdown(p.text)} {{#{p.id}}}" for p in guide.prerequisites)
        )
    parts += _flow(guide.flow, 2)
    return "\n\n".join(parts) + "\n"


def _flow(flow: tuple[Node, ...], level: int) -> list[str]:
    parts: list[str] = []
    number = 0
    for node in flow:
        match node:
            case Step():
                number += 1
                parts += _step(node, number, level)
            case Section():
                parts.append(_heading(level, escape_markdown(node.title), node.id))
                parts += _flow(node.flow, level + 1)
            case Choice():
                parts += _choice(node, level)
            case _:
                assert_never(node)
    return parts


def _choice(choice: Choice, level: int) -> list[str]:
    parts = [_heading(level, escape_markdown(choice.title), choice.id)]
    for index, branch in enumerate(choice.branches, start=1):
        parts += _branch(branch, index, level + 1)
    return parts


def _branch(branch: Branch, index: int, level: int) -> list[str]:
    parts = [_heading(level, f"Option {index}: {escape_markdown(branch.title)}", branch.id)]
    if branch.intro:
        parts.append(branch.intro)
    parts += _flow(branch.flow, level + 1)
    return parts


def _step(step: Step, number: int, level: int) -> list[str]:
    parts = [_heading(level, f"Step {number}: {escape_markdown(step.title)}", step.id)]
    if step.body:
        parts.append(step.body)
    parts += [_callout(callout) for callout in step.callouts]
    parts += [_image(image) for image in step.images if f"]({image.url}" not in step.body]
    return parts


def _heading(level: int, text: str, item_id: str) -> str:
    return f"{'#' * min(level, MAX_HEADING_LEVEL)} {text} {{#{item_id}}}"


def _callout(callout: Callout) -> str:
    return f"{callout.kind.value.capitalize()}: {escape_markdown(callout.text)}"


def _image(image: Image) -> str:
    return f"![{escape_markdown(image.alt)}]({image.url})"
