"""Renderers: plain text, Markdown and JSON views of guides, for the command line and exports."""
