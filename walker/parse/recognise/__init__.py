"""Recognisers: each finds one kind of structure (steps, choices, prerequisites, callouts)."""
