"""No network access at all: the smoke test, `show` and `search` open no socket.

Two witnesses, each shown to be able to fail by a process that does open a
socket: Python's audit hook (every socket made through Python: socket.__new__,
connect, getaddrinfo, ...) and, where strace is installed, the kernel's view of
the whole process tree (any socket(2), connect(2) or sendto(2) call, made by
Python, Qt or any library). The bundle is checked the same way by
test_packaging.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Runs in a fresh interpreter: install the audit hook first, then run the commands.
DRIVER = r"""
import json, os, sys
events = []
def hook(event, args):
    if event.startswith("socket."):
        events.append([event, repr(args)[:200]])
sys.addaudithook(hook)
exec(sys.argv[1])
with open(os.environ["SOCKET_LOG"], "w") as log:
    json.dump(events, log)
"""

PROGRAM = """
from explorer.cli import main
for argv in (["--smoke-test"], ["show", "29-2072", "--json"], ["search", "nurse", "--json"],
             ["--version"]):
    code = main(argv)
    assert code == 0, (argv, code)
"""

OPENS_A_SOCKET = """
import socket
socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
"""

SYSCALLS = re.compile(r"\b(socket|connect|sendto|sendmsg|bind)\(")


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "CAREER_EXPLORER_SETTINGS_DIR": str(tmp_path / "settings"),
        "SOCKET_LOG": str(tmp_path / "sockets.json"),
    }


def audited_sockets(code: str, tmp_path: Path) -> list[list[str]]:
    """Socket audit events raised while a fresh interpreter runs code."""
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, code],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return json.loads((tmp_path / "sockets.json").read_text())


def traced_socket_calls(
    command: list[str], tmp_path: Path, env: dict[str, str] | None = None
) -> list[str]:
    """The socket-related system calls of command and every process it starts."""
    trace = tmp_path / "strace.txt"
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect,sendto,sendmsg,bind",
            "-e",
            "signal=none",
            "-o",
            str(trace),
            *command,
        ],
        env=env or _env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return [line for line in trace.read_text().splitlines() if SYSCALLS.search(line)]


def test_python_opens_no_socket(tmp_path: Path) -> None:
    assert audited_sockets(PROGRAM, tmp_path) == []


def test_the_audit_witness_sees_a_socket(tmp_path: Path) -> None:
    events = audited_sockets(OPENS_A_SOCKET, tmp_path)
    assert [event for event, _args in events] == ["socket.__new__"]


needs_strace = pytest.mark.skipif(
    shutil.which("strace") is None or sys.platform != "linux",
    reason="strace is not installed (Linux: apt-get install strace)",
)


@needs_strace
def test_no_process_makes_a_socket_system_call(tmp_path: Path) -> None:
    calls = traced_socket_calls([sys.executable, "-c", DRIVER, PROGRAM], tmp_path)
    assert calls == []


@needs_strace
def test_the_system_call_witness_sees_a_socket(tmp_path: Path) -> None:
    calls = traced_socket_calls([sys.executable, "-c", DRIVER, OPENS_A_SOCKET], tmp_path)
    assert any(call.split(maxsplit=1)[-1].startswith("socket(AF_INET") for call in calls), calls
