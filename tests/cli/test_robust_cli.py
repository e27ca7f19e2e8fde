"""The command line as a hostile tester uses it (issue 16): a damaged database, an odd
terminal, a full or closed output, Ctrl+C and SIGTERM, control characters in a path,
and each command's usage mistakes. Every failure is one line on stderr, never a
traceback, with the exit code the README's table gives."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import COMMITTED_DB

SRC = Path(__file__).resolve().parents[2] / "src"


def run(
    *args: str, env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """The command in a fresh interpreter, as a user runs it."""
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(SRC), **(env or {})},
        **streams,  # type: ignore[call-overload]
    )


def _one_line(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("career-explorer: ")
    for word in words:
        assert word in result.stderr


# -- 1. a damaged database ---------------------------------------------------------------


def _random_middle(tmp_path: Path) -> Path:
    path = tmp_path / "bad.db"
    shutil.copy(COMMITTED_DB, path)
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.seek(size // 2)
        file.write(random.Random(16).randbytes(1 << 20))
    return path


def test_random_bytes_over_the_middle_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = _random_middle(tmp_path)
    _one_line(run("--db", str(path), "search", "nurse", "--json"), 2, f"'{path}'", "damaged")


def test_occupations_deleted_under_the_search_index_is_exit_2_not_a_key_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rows.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM occupation WHERE code LIKE '29-%'")
    _one_line(run("--db", str(path), "search", "nurse", "--json"), 2, "search index")
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM occupation")
    _one_line(run("--db", str(path), "search", "nurse", "--json"), 2, "no occupations")


@pytest.mark.parametrize("table", ["task", "area", "related_occupation"])
def test_a_dropped_table_is_refused_by_every_command(tmp_path: Path, table: str) -> None:
    path = tmp_path / "dropped.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute(f"DROP TABLE {table}")
    _one_line(run("--db", str(path), "search", "nurse"), 2, f"missing tables: {table}")


# -- 4. the output ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["show", "29-2072", "--json"], ["--version"]])
def test_a_full_output_is_one_line_and_exit_1(args: list[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        result = run(*args, stdout=full)
    _one_line(result, 1, "cannot write the output", "No space left on device")


def test_a_closed_output_is_one_line_and_exit_1() -> None:
    code = "import os, subprocess, sys; os.close(1); sys.exit(subprocess.call(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "explorer", "search", "nurse"],
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    _one_line(result, 1, "standard output is closed")


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONIOENCODING": "cp437"},
        {"PYTHONIOENCODING": "latin-1"},
        {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""},
    ],
)
def test_a_terminal_that_cannot_take_unicode_gets_escapes_not_a_traceback(
    env: dict[str, str],
) -> None:
    result = run("--version", env=env)
    assert result.returncode == 0 and result.stderr == ""
    assert "2024\\u201334" in result.stdout  # the en dash of "2024–34", escaped
    found = run("search", "café", "--limit", "3", "--json", env=env)
    assert found.returncode == 0 and found.stderr == "" and "Cafe" in found.stdout
    import json

    assert json.loads(run("show", "29-2072", "--json", env=env).stdout)["code"] == "29-2072.00"


# -- 5. exit codes: usage 1, database 2 --------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-option"],
        ["frobnicate"],
        ["show"],
        ["show", "29-2072", "--bogus"],
        ["search"],
        ["search", "nurse", "--limit", "abc"],
        ["quiz", "--json"],
        ["match", "--json"],
        ["match", "--scores", "1,2", "--json"],
        ["match", "--scores", "1,2,3,4,5,6", "--job-zone", "9"],
        ["report", "29-2072"],
        ["report", "-o", "x.pdf"],
        ["report", "29-2072", "-o", "x.pdf", "--paper", "legal"],
        ["report", "29-2072", "-o", "x.pdf", "--paper", ""],
    ],
)
def test_each_commands_usage_errors_exit_1(args: list[str], tmp_path: Path) -> None:
    result = run(*args, cwd=tmp_path)
    _one_line(result, 1)
    assert not (tmp_path / "x.pdf").exists()


def test_a4_in_capitals_is_a4(tmp_path: Path) -> None:
    out = tmp_path / "a4.pdf"
    result = run("report", "29-2072", "-o", str(out), "--sections", "quick", "--paper", "A4")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0


def test_a_database_error_is_exit_2_not_the_usage_code(tmp_path: Path) -> None:
    _one_line(run("--db", str(tmp_path / "none.db"), "show", "29-2072"), 2, "not found")


# -- 6. Ctrl+C and SIGTERM -------------------------------------------------------------------


@pytest.mark.parametrize(("sent", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_and_sigterm_end_quietly(sent: signal.Signals, code: int) -> None:
    """Sent while the program loads or searches, the signal ends it with 130 or 143 and
    nothing on stderr (killed by the signal itself, -2 or -15 here, 130 or 143 in a
    shell, when it comes before Python runs the program's code)."""
    seen: dict[int | None, int] = {}
    for delay in (0.3, 0.45, 0.6, 0.75):
        process = subprocess.Popen(
            [sys.executable, "-m", "explorer", "search", "nurse", "--json"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(SRC)},
        )
        time.sleep(delay)
        process.send_signal(sent)
        _, err = process.communicate(timeout=60)
        assert err == "", err
        assert process.returncode in (code, -sent, 0)
        seen[process.returncode] = seen.get(process.returncode, 0) + 1
    assert seen.get(code) or seen.get(-sent), seen


_SIGNAL_DURING_SEARCH = """
import os, signal, sys, time
import explorer.search.engine as engine

def search(*args, **kwargs):
    os.kill(os.getpid(), signal.{name})
    time.sleep(5)  # the signal arrives here, in the middle of the command
    raise AssertionError("not interrupted")

engine.search = search
from explorer.cli import main
sys.exit(main(["search", "nurse", "--json"]))
"""


@pytest.mark.parametrize(("name", "code"), [("SIGINT", 130), ("SIGTERM", 143)])
def test_a_signal_in_the_middle_of_a_command_exits_128_plus_its_number(
    name: str, code: int
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SIGNAL_DURING_SEARCH.format(name=name)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert (result.returncode, result.stderr, result.stdout) == (code, "", "")


# -- 7. control characters -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["--db", "/tmp/x\ny.db", "show", "1"], "'/tmp/x\\ny.db'"),
        (["--db", "/tmp/\x1b[31mred.db", "show", "1"], "'/tmp/\\x1b[31mred.db'"),
        (["show", "\x1b]0;owned\x07"], "'\\x1b]0;owned\\x07'"),
        (["--db", "/tmp/\u202egpj.db", "search", "x"], "'/tmp/\\u202egpj.db'"),
        (["report", "29-2072", "-o", "x.pdf", "--paper", "\x1b[2J"], "\\x1b[2j"),
    ],
)
def test_control_characters_from_outside_are_escaped(args: list[str], shown: str) -> None:
    result = run(*args)
    assert result.returncode in (1, 2)
    assert result.stderr.count("\n") == 1 and shown in result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
