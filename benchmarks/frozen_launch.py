"""Launch of the frozen program to a usable main window: median of 5, in seconds.

Times `career-explorer --smoke-test` in the built bundle (dist/career-explorer,
from packaging/build.py) from the moment the process is spawned until it
reports its "main window offscreen" step: the database open, the
QApplication, the main window built, shown and painted, as gui_probe.py's
"launch" mode measures from source. The process then finishes its smoke test
untimed. Prints one JSON object: {"value", "unit", "target", "runs", "note"};
exits 1 when the median misses the target, 2 when there is no bundle.

    python benchmarks/frozen_launch.py [--bundle dist/career-explorer] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_S = 1.5
READY = "main window offscreen"


def executable(bundle: Path) -> Path:
    """The bundle's command-line program."""
    name = "career-explorer-cli.exe" if sys.platform == "win32" else "career-explorer"
    return bundle / name


def launch_seconds(program: Path, home: Path) -> float:
    """Seconds from spawn to the main window shown and painted."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV"))
    }
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "USERPROFILE": str(home)})
    started = time.perf_counter()
    child = subprocess.Popen(
        [str(program), "--smoke-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=home,
    )
    assert child.stdout is not None
    elapsed = None
    for line in child.stdout:
        if line.startswith("ok ") and READY in line:
            elapsed = time.perf_counter() - started
            break
        if line.startswith("FAILED"):
            break
    child.stdout.close()
    code = child.wait(timeout=120)
    if elapsed is None:
        raise SystemExit(f"frozen_launch: {program} --smoke-test failed (exit {code})")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    """Measure and print the figure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "career-explorer")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    program = executable(args.bundle)
    if not program.is_file():
        print(
            f"frozen_launch: no bundle at {args.bundle}; build it with python packaging/build.py",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory() as home:
        runs = [launch_seconds(program, Path(home)) for _ in range(args.runs)]
    value = statistics.median(runs)
    print(
        json.dumps(
            {
                "value": round(value, 3),
                "unit": "s",
                "target": TARGET_S,
                "met": value <= TARGET_S,
                "runs": [round(r, 3) for r in runs],
                "note": f"median of {args.runs}: spawn of the frozen bundle to its main window "
                "shown and painted (offscreen), empty HOME",
            }
        )
    )
    return 0 if value <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
