"""A small, self-contained checker of parser output against hand-made gold labels.

The gold format is the one of the shared evaluation (guides[].prerequisites[].anchor,
guides[].flow with {"step", "anchor"} and {"choice", "branches": [{"anchor", "flow"}]},
noise[] with anchor + what). The checker is stricter than a score: it lists every
disagreement so a failing fixture explains itself.

Matching rules (same normalisation idea as the evaluation scorer): a gold anchor matches a
predicted step when the normalised anchor occurs in the normalised title + body + callouts
of that step. Normalising drops HTML tags, URLs, Markdown markup characters and
"Step N" / "Method N" style labels, folds typographic quotes and dashes, lower-cases and
collapses whitespace.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

_TAG = re.compile(r"<[^>]{0,400}>")
_URL = re.compile(r"https?://\S+")
_MARKUP = re.compile(r"[*#\[\]()`\\|_>]")
_LABEL = re.compile(r"\b(?:step|method|part|option|way)\s*\d+\s*[:.\-]?", re.IGNORECASE)
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def normalise(text: str | None) -> str:
    """Return text reduced to the form in which anchors are compared."""
    out = unicodedata.normalize("NFKC", text or "").translate(_FOLD)
    for pattern in (_TAG, _URL, _MARKUP, _LABEL):
        out = pattern.sub(" ", out)
    return " ".join(out.lower().split())


# A path locates a step inside nested choices: one (choice key, branch index) per level.
Path = tuple[tuple[Any, int], ...]


@dataclass
class PredStep:
    """One predicted step, flattened in reading order."""

    text: str
    title: str
    guide: int
    path: Path


@dataclass
class GoldStep:
    """One gold step with its place in the gold choices."""

    anchor: str
    raw: str
    guide: int
    path: Path


@dataclass
class Flat:
    """Everything the checks need from one side, flattened."""

    steps: list = field(default_factory=list)
    prereqs: list[tuple[str, str]] = field(default_factory=list)  # (normalised, raw)
    guides: int = 0
    choice_names: dict = field(default_factory=dict)  # choice key -> readable name
    branch_names: dict = field(default_factory=dict)  # (choice key, index) -> readable name


# ------------------------------------------------------------------ predicted side


def flatten_predicted(result: dict) -> Flat:
    """Flatten a parser result (as produced by result_to_dict) into steps and prerequisites."""
    flat = Flat()
    guides = result.get("guides") or []
    flat.guides = len(guides)
    for gi, guide in enumerate(guides):
        for node in guide.get("flow") or []:
            _walk_predicted(node, gi, (), flat)
        for pre in guide.get("prerequisites") or []:
            raw = str(pre.get("text") or "")
            flat.prereqs.append((normalise(raw), raw))
    return flat


def _walk_predicted(node: dict, guide: int, path: Path, flat: Flat) -> None:
    kind = node.get("type")
    if kind == "step":
        parts = [str(node.get("title") or ""), str(node.get("body") or "")]
        parts += [str(c.get("text") or "") for c in node.get("callouts") or []]
        flat.steps.append(
            PredStep(normalise(" ".join(parts)), str(node.get("title") or ""), guide, path)
        )
    elif kind == "section":
        for child in node.get("flow") or []:
            _walk_predicted(child, guide, path, flat)
    elif kind == "choice":
        key = (guide, node.get("id") or id(node))
        flat.choice_names[key] = str(node.get("title") or node.get("id") or "?")
        for bi, branch in enumerate(node.get("branches") or []):
            flat.branch_names[(key, bi)] = str(branch.get("title") or branch.get("id") or bi)
            for child in branch.get("flow") or []:
                _walk_predicted(child, guide, (*path, (key, bi)), flat)


# ------------------------------------------------------------------ gold side


@dataclass
class GoldChoice:
    """A gold choice: its name and, per branch, the gold step indices it holds."""

    name: str
    branch_anchors: list[str]
    members: list[list[int]]


def flatten_gold(gold: dict) -> tuple[Flat, list[GoldChoice]]:
    """Flatten a gold file into steps, prerequisites and choices."""
    flat = Flat()
    choices: list[GoldChoice] = []
    guides = gold.get("guides") or []
    flat.guides = len(guides)
    for gi, guide in enumerate(guides):
        for node in guide.get("flow") or []:
            _walk_gold(node, gi, (), flat, choices)
        for pre in guide.get("prerequisites") or []:
            flat.prereqs.append((normalise(pre["anchor"]), pre["anchor"]))
    return flat, choices


def _walk_gold(node: dict, guide: int, path: Path, flat: Flat, choices: list) -> None:
    if "step" in node:
        flat.steps.append(GoldStep(normalise(node["anchor"]), node["anchor"], guide, path))
        return
    index = len(choices)
    branches = node.get("branches") or []
    choice = GoldChoice(
        str(node.get("choice") or "?"), [str(b.get("anchor") or "") for b in branches], []
    )
    choices.append(choice)
    for bi, branch in enumerate(branches):
        start = len(flat.steps)
        for child in branch.get("flow") or []:
            _walk_gold(child, guide, (*path, (index, bi)), flat, choices)
        choice.members.append(list(range(start, len(flat.steps))))


# ------------------------------------------------------------------ matching


def match_in_order(anchors: list[str], texts: list[str]) -> tuple[dict[int, int], list[int]]:
    """Match anchors one-to-one to texts, preferring reading order.

    Returns (gold index -> predicted index, gold indices matched only out of order).
    """
    taken: set[int] = set()
    result: dict[int, int] = {}
    late: list[int] = []
    cursor = 0
    for gi, anchor in enumerate(anchors):
        if not anchor:
            continue
        found = next(
            (pi for pi in range(cursor, len(texts)) if pi not in taken and anchor in texts[pi]),
            None,
        )
        if found is None:
            found = next(
                (pi for pi in range(cursor) if pi not in taken and anchor in texts[pi]), None
            )
            if found is not None:
                late.append(gi)
        if found is not None:
            taken.add(found)
            result[gi] = found
            cursor = max(cursor, found + 1)
    return result, late


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


# ------------------------------------------------------------------ the check


def check(gold: dict, predicted: dict) -> list[str]:
    """Return a list of readable problems; an empty list means the prediction agrees."""
    problems: list[str] = []
    g, g_choices = flatten_gold(gold)
    p = flatten_predicted(predicted)

    if g.guides != p.guides:
        titles = [str(x.get("title") or "") for x in predicted.get("guides") or []]
        problems.append(f"guides: gold has {g.guides}, parser made {p.guides}: {titles}")

    # steps: recall, order, precision
    texts = [s.text for s in p.steps]
    m, late = match_in_order([s.anchor for s in g.steps], texts)
    missed = [gs.raw for gi, gs in enumerate(g.steps) if gi not in m]
    if missed:
        problems.append(f"missed steps ({len(missed)}/{len(g.steps)}):")
        problems += [f"    - {a!r}" for a in missed]
    if late:
        problems.append("steps out of order (matched before the previous gold step):")
        problems += [f"    - {g.steps[gi].raw!r}" for gi in late]
    used = set(m.values())
    extra = [s for pi, s in enumerate(p.steps) if pi not in used]
    if extra:
        problems.append(f"extra predicted steps ({len(extra)} of {len(p.steps)}):")
        problems += [f"    + {_short(s.title or s.text)!r}" for s in extra]

    # prerequisites, both directions
    pm, _ = match_in_order([a for a, _ in g.prereqs], [t for t, _ in p.prereqs])
    missed_pre = [raw for gi, (_, raw) in enumerate(g.prereqs) if gi not in pm]
    if missed_pre:
        problems.append(f"missed prerequisites ({len(missed_pre)}/{len(g.prereqs)}):")
        problems += [f"    - {a!r}" for a in missed_pre]
    used_pre = set(pm.values())
    extra_pre = [raw for pi, (_, raw) in enumerate(p.prereqs) if pi not in used_pre]
    if extra_pre:
        problems.append(f"extra prerequisites ({len(extra_pre)}):")
        problems += [f"    + {_short(a)!r}" for a in extra_pre]

    # choices: each gold choice rebuilt as one predicted choice with the same branch split
    for ci, choice in enumerate(g_choices):
        problems += _check_choice(ci, choice, g, p, m)
    if not g_choices:
        made = sorted({key for s in p.steps for key, _ in s.path}, key=str)
        if made:
            names = [p.choice_names[k] for k in made]
            problems.append(f"choices: gold has none, parser made {len(made)}: {names}")

    # noise must not leak into steps
    for item in gold.get("noise") or []:
        anchor = normalise(item["anchor"])
        hits = [s for s in p.steps if anchor and anchor in s.text]
        if hits:
            problems.append(
                f"noise leaked ({item.get('what', '?')}): {item['anchor']!r} "
                f"inside step {_short(hits[0].title)!r}"
            )
    return problems


def _check_choice(ci: int, choice: GoldChoice, g: Flat, p: Flat, m: dict[int, int]) -> list[str]:
    depth = next(
        ([c for c, _ in g.steps[gi].path].index(ci) for ms in choice.members for gi in ms), 0
    )
    placed: list[set] = []
    where: list[list[str]] = []
    for members in choice.members:
        keys: set = set()
        spots: list[str] = []
        for gi in members:
            if gi not in m:
                spots.append("(not found)")
                keys.add(None)
                continue
            ppath = p.steps[m[gi]].path
            if len(ppath) <= depth:
                spots.append("main flow" if not ppath else "shallower choice level")
                keys.add(None)
                continue
            key = ppath[depth]
            keys.add(key)
            spots.append(f"{p.choice_names[key[0]]!r} / branch {p.branch_names[key]!r}")
        placed.append(keys)
        where.append(spots)
    picked = [next(iter(k)) for k in placed if len(k) == 1 and None not in k]
    good = (
        all(len(k) == 1 and None not in k for k in placed)
        and len({key for key, _ in picked}) <= 1
        and len(set(picked)) == len(picked)
    )
    if good:
        return []
    lines = [f"choice not rebuilt: {choice.name!r} ({len(choice.members)} branches)"]
    for anchor, spots in zip(choice.branch_anchors, where, strict=True):
        lines.append(f"    branch {anchor!r} -> {sorted(set(spots)) or ['(no steps)']}")
    return lines


def outline(predicted: dict) -> str:
    """Return a compact text outline of a parser result, for failure messages."""
    lines: list[str] = []

    def walk(node: dict, indent: str) -> None:
        kind = node.get("type")
        title = _short(str(node.get("title") or ""), 80)
        if kind == "step":
            lines.append(f"{indent}- {title}")
        elif kind == "section":
            lines.append(f"{indent}[section] {title}")
            for child in node.get("flow") or []:
                walk(child, indent + "  ")
        elif kind == "choice":
            lines.append(f"{indent}<choice> {title}")
            for branch in node.get("branches") or []:
                lines.append(f"{indent}  <branch> {_short(str(branch.get('title') or ''), 70)}")
                for child in branch.get("flow") or []:
                    walk(child, indent + "    ")

    for guide in predicted.get("guides") or []:
        lines.append(f"GUIDE {guide.get('title')!r}")
        for pre in guide.get("prerequisites") or []:
            lines.append(f"  (prereq) {_short(str(pre.get('text') or ''), 80)}")
        for node in guide.get("flow") or []:
            walk(node, "  ")
    return "\n".join(lines)
