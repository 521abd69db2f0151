"""What each parser rule is worth: switch it off, see what changes.

    python bench/ablation.py                  every rule: own files changed, step_f1 deltas
    python bench/ablation.py --json           the same, as JSON
    python bench/ablation.py loso             leave-one-source-out figures of the corpus
    python bench/ablation.py parse [--disable a,b] FILE
                                              `walker parse --json` with rules switched off,
                                              for score.py --cmd

A rule's effect is measured on the project's own files (golden and web fixtures, rule
fixtures, bundled guides) as the number whose output changes, and, where `../shared` is
present, as the change in mean step_f1 (and choice, prereq_f1) on the seeds and the corpus,
scored in-process with the judge's own scorer.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness

from walker.parse.rules import all_rules, disabled

FIGURES = ("step_f1", "choice", "prereq_f1")
RULE_FIXTURES = harness.ROOT / "tests" / "parse" / "rules"


def scorer() -> ModuleType:
    """The judge's scorer, `../shared/eval/score.py`, loaded as a module."""
    spec = importlib.util.spec_from_file_location("score", harness.SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled_articles() -> Iterator[tuple[str, Path, dict[str, object]]]:
    """(set name, article path, gold) of every labelled article present."""
    for name, (folder, gold_folder) in harness.SHARED_SETS.items():
        if not gold_folder.is_dir():
            continue
        for gold_path in sorted(gold_folder.glob("*.json")):
            article = next(
                (
                    folder / f"{gold_path.stem}{ext}"
                    for ext in harness.ARTICLE_SUFFIXES
                    if (folder / f"{gold_path.stem}{ext}").exists()
                ),
                None,
            )
            if article is not None:
                yield name, article, json.loads(gold_path.read_text("utf-8"))


def source_of(set_name: str, gold: dict[str, object]) -> str:
    """The source an article came from: its repository for the corpus, the seed otherwise."""
    if set_name == "seeds":
        return "seeds"
    return str(gold.get("source", "")).split(":", 1)[0] or set_name


def set_means(
    score: ModuleType, articles: list[tuple[str, Path, dict[str, object]]]
) -> dict[str, dict[str, float]]:
    """Mean figures per set for today's rule switches."""
    rows: dict[str, list[dict[str, float]]] = {}
    for set_name, path, gold in articles:
        rows.setdefault(set_name, []).append(score.score_article(gold, harness.parse_output(path)))
    return {
        name: {figure: sum(r[figure] for r in found) / len(found) for figure in FIGURES}
        for name, found in rows.items()
    }


def own_files() -> list[Path]:
    """The project's own parser inputs: golden, web and rule fixtures, bundled guides."""
    folders = [*harness.OWN_SETS.values(), RULE_FIXTURES]
    return [path for folder in folders if folder.is_dir() for path in harness.articles_of(folder)]


def ablate() -> list[dict[str, object]]:
    """One row per rule: own files changed when it is off, and the figures' deltas."""
    files = own_files()
    plain_outputs = {path: harness.parse_output(path) for path in files}
    articles = list(labelled_articles())
    score = scorer() if articles else None
    plain = set_means(score, articles) if score else {}
    rows: list[dict[str, object]] = []
    for rule in all_rules():
        with disabled(rule.name):
            changed = [p for p in files if harness.parse_output(p) != plain_outputs[p]]
            means = set_means(score, articles) if score else {}
        deltas = {
            f"{name}.{figure}": round(means[name][figure] - plain[name][figure], 4)
            for name in plain
            for figure in FIGURES
        }
        rows.append(
            {
                "rule": rule.name,
                "found_in": list(rule.found_in),
                "own_changed": len(changed),
                "changed": [f"{p.parent.name}/{p.name}" for p in changed],
                **deltas,
            }
        )
    return rows


def print_table(rows: list[dict[str, object]]) -> None:
    """Print the ablation rows as a table: a rule, then what switching it off changes."""
    delta_keys = [key for key in rows[0] if "." in key] if rows else []
    shown = [key for key in delta_keys if key.endswith("step_f1")]
    print(f"{'rule':32} {'own':>4} " + " ".join(f"{key:>18}" for key in shown))
    for row in rows:
        values = " ".join(f"{row[key]:>+18.3f}" for key in shown)
        print(f"{row['rule']:32} {row['own_changed']:>4} {values}")


def loso() -> dict[str, dict[str, float]]:
    """Corpus figures with each article's own-source rules off, next to the plain figures."""
    score = scorer()
    rules = all_rules()
    plain: dict[str, list[dict[str, float]]] = {}
    held_out: dict[str, list[dict[str, float]]] = {}
    for set_name, path, gold in labelled_articles():
        source = source_of(set_name, gold)
        home = {"seeds" if source == "seeds" else f"corpus:{source}"}
        own = [r.name for r in rules if _real_sources(r.found_in) <= home]
        plain.setdefault(set_name, []).append(score.score_article(gold, harness.parse_output(path)))
        with disabled(*own):
            row = score.score_article(gold, harness.parse_output(path))
        held_out.setdefault(set_name, []).append(row)
    figures = ("step_f1", "choice", "prereq_f1", "noise")
    return {
        f"{name}{suffix}": {
            figure: round(sum(r[figure] for r in rows) / len(rows), 3) for figure in figures
        }
        for name in plain
        for suffix, rows in (("", plain[name]), (" (leave-one-source-out)", held_out[name]))
    }


def _real_sources(found_in: tuple[str, ...]) -> set[str]:
    """The real articles a rule was found in; an empty set never matches one article alone.

    The project's own fixtures (and a rule's own fixture) were written after the article that
    needed the rule, so they do not count as other evidence for it.
    """
    real = {source for source in found_in if source == "seeds" or source.startswith("corpus:")}
    return real or {"(none)"}


def parse_command(disable: str, path: Path) -> None:
    """Print `walker parse --json` of a file with the named rules switched off."""
    names = [name for name in disable.split(",") if name]
    with disabled(*names):
        print(json.dumps(harness.parse_output(path), ensure_ascii=False))


def main() -> int:
    """Run the ablation, the leave-one-source-out figures, or one parse."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("loso")
    parse = commands.add_parser("parse")
    parse.add_argument("--disable", default="")
    parse.add_argument("--json", action="store_true", dest="json_output")
    parse.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.command == "parse":
        parse_command(args.disable, args.file)
    elif args.command == "loso":
        print(json.dumps(loso(), indent=1))
    else:
        rows = ablate()
        print(json.dumps(rows, indent=1)) if args.json else print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
