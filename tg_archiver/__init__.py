"""tg-archiver: the application shell (command line) over `archive` and `bot`."""

__version__ = "0.1.0"
