"""Command line of the build step: python -m explorer.dataset build --sources DIR --out FILE."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explorer.dataset.build import build
from explorer.dataset.readers import SourceError


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the build; a missing or malformed source exits 2."""
    parser = argparse.ArgumentParser(prog="python -m explorer.dataset")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="build careers.db from the public sources")
    build_cmd.add_argument(
        "--sources",
        type=Path,
        default=Path("../shared/data"),
        help="folder holding the sources (default: ../shared/data)",
    )
    build_cmd.add_argument(
        "--out",
        type=Path,
        default=Path("data/careers.db"),
        help="database to write (default: data/careers.db)",
    )
    args = parser.parse_args(argv)
    try:
        build(args.sources, args.out)
    except SourceError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
