"""A regular (non-editable) install finds the bundled guides: build a wheel and run from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_wheel_ships_the_bundled_guides(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("walker-*.whl"))
    bundled = sorted(Path(guide).name for guide in ROOT.glob("guides/*.md"))
    with zipfile.ZipFile(wheel) as archive:
        shipped = sorted(
            Path(name).name
            for name in archive.namelist()
            if name.startswith("walker/_bundled_guides/")
        )
        archive.extractall(tmp_path / "site")
    assert shipped == bundled
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    result = subprocess.run(
        [sys.executable, "-m", "walker", "list"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert str(tmp_path / "site" / "walker" / "_bundled_guides") in result.stdout
    assert result.stdout.count("_bundled_guides") == len(bundled)
