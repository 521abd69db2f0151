"""The one error type walker raises for bad input: always a one-line message."""


class WalkerError(Exception):
    """A problem with user input (a file, an id, a setting), described in one line."""
