"""The `somattran` command line: the window by default, and the stable commands.

One module per group of commands, each with `register(subparsers)`:
`registers` (demo, list, backup, restore), `report`, `printing`, `sync`. The entry point and the
shared plumbing (parser, error handler, opening the store) are in `entry`.
"""

from desktop_app.cli.entry import main, window_options

__all__ = ["main", "window_options"]
