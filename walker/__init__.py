"""walker: turn how-to guides into interactive terminal checklists."""

__version__ = "0.1.0"
