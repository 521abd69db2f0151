"""The terminal app: library and guide screens built on Textual."""
