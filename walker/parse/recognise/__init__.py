"""Recognisers: each finds one kind of structure (steps, choices, prerequisites, callouts).

The flow rules of `aside_sections`, `task_headings` and `variants` register themselves in
the flow-children table of `flow`, and the step rules of `prose_steps` in the step-blocks
table of `steps`, at their place in its order, when the package is imported.
"""

from walker.parse.recognise import aside_sections, prose_steps, task_headings, variants

__all__ = ["aside_sections", "prose_steps", "task_headings", "variants"]
