"""Run walker as ``python -m walker``."""

from walker.cli import main

raise SystemExit(main())
