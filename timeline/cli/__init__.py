"""The `timeline` command: one sub-command per module in this package.

Each sub-command module defines ``add_parser(subparsers)`` (which sets
``func`` on its parser) and is imported only when the command line starts.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from timeline.errors import TimelineError

#: sub-command modules, in the order `timeline --help` lists them
COMMANDS = ("tag", "evaluate", "build", "chart")


def make_parser() -> argparse.ArgumentParser:
    from timeline import __version__

    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Reconstruct what happened, and when, from news articles.",
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"timeline.cli.{name}")
        except ModuleNotFoundError as exc:  # a command whose module is not written yet
            if exc.name != f"timeline.cli.{name}":
                raise
            continue
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `timeline` console script; returns the exit status."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except TimelineError as exc:
        print(f"timeline {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `timeline tag ... | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
