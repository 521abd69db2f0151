"""walker's speed and memory, each figure a ratio against a baseline measured in the same run.

    python bench/run.py [--runs N] [--json]

Every figure alternates the baseline and walker run for run, so both see the same machine
load; the headline is the median of the paired ratios. The libraries and guides measured are
generated here (nothing from outside the project), in a temporary data folder. Timings are
never asserted by tests; this is where they are looked at.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from frames import on_frame  # the frame hook, from the script beside this one
from textual import events
from textual.app import App

from walker.library import load_library
from walker.store import Store
from walker.tui.app import WalkerApp
from walker.tui.screens.guide import GuideScreen
from walker.tui.screens.library import LibraryScreen
from walker.tui.widgets.progress_header import ProgressHeader

BENCH = Path(__file__).resolve().parent
PYTHON = sys.executable
WALKER = [PYTHON, "-m", "walker"]
IMPORT_BASELINE = [PYTHON, "-c", "import markdown_it, frontmatter"]
CHILD = [PYTHON, str(BENCH / "tui_child.py")]
GIVE_UP_SECONDS = 30


@dataclass(frozen=True)
class Figure:
    """One row of the table: what was measured, against what, and the target."""

    name: str
    baseline: str
    value: float
    unit: str
    target: str
    met: bool


@dataclass(frozen=True)
class Run:
    """One child process: its wall time and peak memory."""

    seconds: float
    peak_kib: int


def run_process(command: Sequence[str], env: dict[str, str]) -> Run:
    """Run a command to the end; its wall time and peak resident memory (from wait4)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        error = child.stderr.read().decode(errors="replace") if child.stderr else ""
        raise SystemExit(f"bench: {' '.join(command)} failed: {error.strip()[-300:]}")
    return Run(seconds, usage.ru_maxrss)


def paired(
    runs: int, baseline: Callable[[], Run], subject: Callable[[], Run]
) -> tuple[float, float]:
    """Median ratios (time, peak memory) of subject to baseline, measured alternately after
    one unmeasured run of each (which fills the bytecode and parse caches, as any start does)."""
    baseline(), subject()
    times: list[float] = []
    memory: list[float] = []
    for _ in range(runs):
        base, mine = baseline(), subject()
        times.append(mine.seconds / base.seconds)
        memory.append(mine.peak_kib / base.peak_kib)
    return statistics.median(times), statistics.median(memory)


def article(steps: int, title: str = "A long guide") -> str:
    """A messy article: methods with numbered steps, ads, tips."""
    parts = [f"# {title}\n\nSome words about what this guide does.\n"]
    methods = 3
    for method in range(1, methods + 1):
        parts.append(f"## Method {method}: Way number {method}\n")
        for step in range(1, steps // methods + 1):
            parts.append(f"{step}. Open panel {method}-{step} and press the button.\n")
        parts.append('<ins class="adsbygoogle"></ins>\n\nTip: take a break.\n')
    return "\n".join(parts)


def library_folder(root: Path, guides: int, steps: int) -> Path:
    """A folder of generated guides."""
    folder = root / f"library-{guides}"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(guides):
        body = "\n".join(
            f"{n}. Step {n} of guide {number}: press key {n}." for n in range(1, steps)
        )
        front = f"---\ntags: [bench, set{number % 7}]\n---\n"
        text = f"{front}# Guide {number} about topic {number % 13}\n\n{body}\n"
        (folder / f"guide-{number:04}.md").write_text(text, "utf-8")
    return folder


def choice_guide(root: Path, choices: int, steps_per_branch: int) -> Path:
    """One guide of `choices` two-way choices, each branch with its own steps."""
    parts = ["---\nid: big\n---\n# A big guide\n"]
    for choice in range(1, choices + 1):
        parts.append(f"## Part {choice}\n\nPick the way that suits you:\n")
        for branch in ("A", "B"):
            parts.append(f"### Option {branch}: way {branch} of part {choice}\n")
            parts += [f"{n}. Do {branch}{choice}.{n} now." for n in range(1, steps_per_branch + 1)]
            parts.append("")
    path = root / "big.md"
    path.write_text("\n".join(parts), "utf-8")
    return path


def process_figures(runs: int, env: dict[str, str], root: Path) -> list[Figure]:
    """Start-up figures: `walker list`, `walker parse --json`, the TUI's first paint, memory."""
    seed_like = root / "seed-like.md"
    seed_like.write_text(article(30, "A seed-sized guide"), "utf-8")
    big_library = library_folder(root, 1000, 50)
    baseline = lambda: run_process(IMPORT_BASELINE, env)  # noqa: E731
    figures: list[Figure] = []
    ratio, _ = paired(runs, baseline, lambda: run_process([*WALKER, "list"], env))
    figures.append(
        Figure(
            "walker list, process time",
            "import markdown_it, frontmatter",
            ratio,
            "x",
            "<= 1.3x",
            ratio <= 1.3,
        )
    )
    parse = [*WALKER, "parse", "--json", str(seed_like)]
    ratio, _ = paired(runs, baseline, lambda: run_process(parse, env))
    figures.append(
        Figure(
            "walker parse --json of a seed-sized article",
            "same",
            ratio,
            "x",
            "<= 1.3x",
            ratio <= 1.3,
        )
    )
    fresh = itertools.count()

    def parse_fresh() -> Run:
        """Parse a copy never seen before: a parse-cache miss, so the parser loads and runs."""
        copy = root / f"fresh-{next(fresh)}.md"
        copy.write_text(seed_like.read_text("utf-8"), "utf-8")
        return run_process([*WALKER, "parse", "--json", str(copy)], env)

    ratio, _ = paired(runs, baseline, parse_fresh)
    figures.append(
        Figure(
            "  the same, a file never parsed before (cold)",
            "same",
            ratio,
            "x",
            "-",
            True,
        )
    )
    bare = lambda: run_process([*CHILD, "bare"], env)  # noqa: E731
    run_process([*WALKER, "list"], env)  # the bundled guides into the parse cache, as at any start
    ratio, _ = paired(runs, bare, lambda: run_process([*CHILD, "walker"], env))
    figures.append(
        Figure("TUI ready, bundled guides", "bare Textual app", ratio, "x", "<= 1.3x", ratio <= 1.3)
    )
    run_process([*WALKER, "list", str(big_library)], env)  # warm the parse cache: a whole load
    ratio, memory = paired(
        runs, bare, lambda: run_process([*CHILD, "walker", str(big_library)], env)
    )
    figures.append(
        Figure(
            "TUI ready, 1,000 guides x 50 steps, warm cache",
            "bare Textual app",
            ratio,
            "x",
            "<= 1.6x",
            ratio <= 1.6,
        )
    )
    figures.append(
        Figure(
            "peak RSS, 1,000-guide library open",
            "bare Textual app",
            memory,
            "x",
            "<= 2x",
            memory <= 2.0,
        )
    )
    return figures


def throughput_figure(runs: int) -> Figure:
    """Parse throughput of a generated 5 MB guide against markdown-it + frontmatter alone."""
    import frontmatter
    from markdown_it import MarkdownIt

    from walker.parse import parse_text

    text = "---\ntitle: Big\n---\n" + article(1, "Big")
    while len(text) < 5_000_000:
        text += article(300, "More")
    tokeniser = MarkdownIt("commonmark")

    def baseline() -> Run:
        started = time.perf_counter()
        tokeniser.parse(frontmatter.loads(text).content)
        return Run(time.perf_counter() - started, 1)

    def subject() -> Run:
        started = time.perf_counter()
        parse_text(text)
        return Run(time.perf_counter() - started, 1)

    ratio, _ = paired(max(1, runs // 3), baseline, subject)
    throughput = 1 / ratio
    return Figure(
        "parse throughput, generated 5 MB guide",
        "markdown-it + frontmatter",
        throughput,
        "x",
        ">= 0.6x",
        throughput >= 0.6,
    )


class Frames:
    """When a headless app first drew a frame showing what is awaited (see frames.py)."""

    def __init__(self, app: App[object]) -> None:
        """Watch the app's frames."""
        self.shown_at: float | None = None
        self.awaited: Callable[[], bool] = lambda: False
        on_frame(app, self._drawn)

    def _drawn(self) -> None:
        if self.shown_at is None and self.awaited():
            self.shown_at = time.perf_counter()

    async def latency(self, app: App[object], key: str, awaited: Callable[[], bool]) -> float:
        """Seconds from a key event to the first frame drawn where ``awaited()`` holds."""
        self.shown_at, self.awaited = None, awaited
        character = " " if key == "space" else key if len(key) == 1 else None
        started = time.perf_counter()
        app.post_message(events.Key(key, character))
        while self.shown_at is None:
            if time.perf_counter() - started > GIVE_UP_SECONDS:
                raise SystemExit(f"bench: {key!r} showed nothing in {GIVE_UP_SECONDS} s")
            await asyncio.sleep(0)
        return self.shown_at - started


def percentiles(samples: list[float]) -> tuple[float, float]:
    """Return the median and the 99th percentile of some seconds, in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return statistics.median(ordered) * 1000, p99 * 1000


def latency_figures(what: str, samples: list[float], *, p99_target: int | None) -> list[Figure]:
    """Two rows for some key-to-frame latencies: the median (target 16 ms, one frame) and p99."""
    median, p99 = percentiles(samples)
    p99_met = p99_target is None or p99 < p99_target
    return [
        Figure(f"{what}, median", "-", median, "ms", "< 16 ms", median < 16),
        Figure(
            f"{what}, p99", "-", p99, "ms", f"< {p99_target} ms" if p99_target else "-", p99_met
        ),
    ]


async def tick_figures(root: Path, store: Store) -> list[Figure]:
    """Open a 2,000-step guide of 20 choices, then tick 200 steps: key to header updated."""
    app = WalkerApp(load_library([choice_guide(root, 20, 50)]), store)
    async with app.run_test(size=(120, 36)) as pilot:
        frames = Frames(app)
        opened = await frames.latency(app, "enter", lambda: isinstance(app.screen, GuideScreen))
        await pilot.pause()
        assert isinstance(app.screen, GuideScreen)
        header = app.screen.query_one(ProgressHeader)
        ticks: list[float] = []
        checklist = app.screen.checklist
        for _ in range(200):
            while checklist.current is None or not checklist.current.tickable:
                await pilot.press("j")
            before = header.counts
            ticks.append(
                await frames.latency(app, "space", lambda before=before: header.counts != before)
            )
            await pilot.press("j")
            await pilot.pause()
    return [
        *latency_figures("tick -> header updated, 2,000-step guide", ticks, p99_target=50),
        Figure("opening the 2,000-step guide", "-", opened, "s", "< 0.5 s", opened < 0.5),
    ]


async def filter_figures(root: Path, store: Store) -> list[Figure]:
    """Type a filter into a 1,000-guide library: key to the list showing its matches."""
    app = WalkerApp(load_library([library_folder(root, 1000, 50)]), store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        frames = Frames(app)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        strokes: list[float] = []
        for text in ("topic 1", "guide 12"):
            for key in text:
                typed = screen.filter_input.value + key
                strokes.append(
                    await frames.latency(
                        app,
                        "space" if key == " " else key,
                        lambda typed=typed: screen.shown_query == typed,
                    )
                )
                await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
    return latency_figures("library filter keystroke, 1,000 guides", strokes, p99_target=None)


async def interaction_figures(root: Path) -> list[Figure]:
    """Key-to-frame latencies in a headless app: ticks on a big guide, filter keystrokes."""
    with Store(root / "interaction.sqlite3") as store:
        return [*await tick_figures(root, store), *await filter_figures(root, store)]


def child_environment(root: Path) -> dict[str, str]:
    """The environment of every child process: a data folder of the run's own, and bytecode
    cached (in the run's folder) as Python does on any machine after a module's first import,
    even where PYTHONDONTWRITEBYTECODE is set (as in some CI images): otherwise every start would
    compile walker's modules afresh while the baselines' installed packages come compiled."""
    env = dict(os.environ, WALKER_DATA_DIR=str(root / "data"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(root / "bytecode")
    return env


def machine() -> str:
    """One line describing where the figures were taken."""
    cores = os.cpu_count() or 0
    python = platform.python_version()
    return f"{platform.machine()}, {cores} cores, Python {python}, {platform.system()}"


def main() -> int:
    """Measure every figure and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="paired runs per figure (default 7)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="walker-bench-") as temporary:
        root = Path(temporary)
        env = child_environment(root)
        os.environ["WALKER_DATA_DIR"] = env["WALKER_DATA_DIR"]
        figures = process_figures(args.runs, env, root)
        figures.append(throughput_figure(args.runs))
        figures += asyncio.run(interaction_figures(root))
    if args.json:
        print(json.dumps({"machine": machine(), "figures": [asdict(f) for f in figures]}, indent=1))
        return 0
    print(f"machine: {machine()}; medians of {args.runs} paired runs, bytecode cached")
    print(f"| {'figure':52} | {'baseline in the same run':32} | {'now':>9} | {'target':>10} |")
    print(f"|{'-' * 54}|{'-' * 34}|{'-' * 11}|{'-' * 12}|")
    for figure in figures:
        value = f"{figure.value:.2f}{figure.unit}" + ("" if figure.met else " !")
        print(f"| {figure.name:52} | {figure.baseline:32} | {value:>9} | {figure.target:>10} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
