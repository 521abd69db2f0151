"""Widgets of the app: checklist, progress header, step detail and guide list."""
