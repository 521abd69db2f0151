"""The parser's yardstick: score the real articles, freeze today's output, diff against it.

    python bench/harness.py score [--out FILE]     figures of the seeds and the corpus, as JSON
    python bench/harness.py freeze                 write today's output as the regression baseline
    python bench/harness.py diff                   list every file whose output changed

Scoring runs `walker parse --json` through `../shared/eval/score.py` (the judge's own scorer).
The baseline covers every file the parser is known by: the project's golden and web fixtures,
the bundled guides, and (when `../shared` is present) the seeds and the corpus. The project's own
files are kept whole in `tests/parse/baseline.json`; articles from `../shared` are kept only as
digests there (their text belongs to their authors), with the whole output in the git-ignored
`.baseline/` folder so that a change can be shown, not just detected.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "tests" / "parse" / "baseline.json"
LOCAL_COPIES = ROOT / ".baseline"

OWN_SETS = {
    "fixtures": ROOT / "tests" / "parse" / "fixtures",
    "web-fixtures": ROOT / "tests" / "parse" / "web",
    "bundled": ROOT / "guides",
}
SHARED_SETS = {
    "seeds": (SHARED / "seeds", SHARED / "eval" / "gold"),
    "corpus": (SHARED / "corpus" / "articles", SHARED / "corpus" / "gold"),
    "corpus-web": (SHARED / "corpus" / "web" / "articles", SHARED / "corpus" / "web" / "gold"),
}
ARTICLE_SUFFIXES = (".md", ".markdown", ".html", ".htm")


def walker_command() -> str:
    """The `walker parse --json` command of this checkout's virtual environment."""
    local = ROOT / ".venv" / "bin" / "walker"
    return f"{local if local.exists() else 'walker'} parse --json"


def score_set(articles: Path, gold: Path) -> dict[str, object]:
    """The scorer's JSON figures for one folder of articles."""
    scorer = SHARED / "eval" / "score.py"
    command = [sys.executable, str(scorer), "--articles", str(articles), "--gold", str(gold)]
    command += ["--cmd", walker_command(), "--json"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    figures: dict[str, object] = json.loads(done.stdout)
    return figures


def articles_of(folder: Path) -> Iterator[Path]:
    """The article files of a folder, in name order."""
    yield from sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES)


def parse_output(path: Path) -> dict[str, object]:
    """What `walker parse --json NAME` prints for a guide file or a saved page, in-process."""
    from walker.library import is_page_file, parse_path
    from walker.parse import parse_file
    from walker.render.json_out import result_to_dict

    result = parse_path(path) if is_page_file(path) else parse_file(path, path.name)
    return result_to_dict(replace(result, source=path.name))


def current_outputs() -> tuple[dict[str, object], dict[str, object]]:
    """Today's output of every known file: (own files whole, shared files whole)."""
    own: dict[str, object] = {}
    for name, folder in OWN_SETS.items():
        for path in articles_of(folder):
            own[f"{name}/{path.name}"] = parse_output(path)
    shared: dict[str, object] = {}
    for name, (folder, _gold) in SHARED_SETS.items():
        if folder.is_dir():
            for path in articles_of(folder):
                shared[f"{name}/{path.name}"] = parse_output(path)
    return own, shared


def digest(output: object) -> str:
    """A stable digest of one file's output."""
    text = json.dumps(output, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def freeze() -> None:
    """Write today's output as the baseline (own files whole, shared files as digests)."""
    own, shared = current_outputs()
    baseline = {"own": own, "shared": {key: digest(value) for key, value in shared.items()}}
    BASELINE.write_text(json.dumps(baseline, indent=1, ensure_ascii=False) + "\n", "utf-8")
    LOCAL_COPIES.mkdir(exist_ok=True)
    (LOCAL_COPIES / "shared.json").write_text(json.dumps(shared, indent=1, ensure_ascii=False))
    print(f"froze {len(own)} own and {len(shared)} shared outputs")


def changed_files() -> list[str]:
    """Every file whose output differs from the baseline."""
    baseline = json.loads(BASELINE.read_text("utf-8"))
    own, shared = current_outputs()
    changed = [key for key, value in own.items() if baseline["own"].get(key) != value]
    changed += [key for key in baseline["own"] if key not in own]
    for key, value in shared.items():
        if baseline["shared"].get(key) != digest(value):
            changed.append(key)
    return changed


def diff() -> int:
    """Print the files whose output changed since the freeze; 1 when any did."""
    changed = changed_files()
    copies = LOCAL_COPIES / "shared.json"
    old_shared = json.loads(copies.read_text("utf-8")) if copies.exists() else {}
    baseline_own = json.loads(BASELINE.read_text("utf-8"))["own"]
    for key in changed:
        old = baseline_own.get(key, old_shared.get(key))
        print(f"changed: {key}" + ("" if old is not None else " (no local copy to compare)"))
    print(f"{len(changed)} file(s) changed")
    return 1 if changed else 0


def score(out: Path | None) -> None:
    """Score every shared set present and print (or write) the figures as JSON."""
    figures = {
        name: score_set(folder, gold)
        for name, (folder, gold) in SHARED_SETS.items()
        if folder.is_dir() and gold.is_dir()
    }
    text = json.dumps(figures, indent=1)
    if out:
        out.write_text(text + "\n", "utf-8")
    else:
        print(text)


def main() -> int:
    """Run one of the harness's commands."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    score_parser = commands.add_parser("score")
    score_parser.add_argument("--out", type=Path)
    commands.add_parser("freeze")
    commands.add_parser("diff")
    args = parser.parse_args()
    if args.command == "score":
        score(args.out)
        return 0
    if args.command == "freeze":
        freeze()
        return 0
    return diff()


if __name__ == "__main__":
    sys.exit(main())
