"""What the command line writes, and how it ends, whatever the terminal or the signal.

- `prepare_streams`: stdout and stderr write what their encoding cannot take as
  backslash escapes (PYTHONIOENCODING=ascii, cp437, LC_ALL=C), never a
  UnicodeEncodeError; JSON is then written with \\u escapes, still valid JSON.
- `write_text` and `write_json`: an output that is closed (`>&-`), full
  (`> /dev/full`) or otherwise fails is one line on stderr and exit 1
  (OUTPUT_FAILED); a reader that went away (`| head`) is not an error.
- `say`: one line on stderr, "career-explorer: ...", its control characters
  escaped (safe_text), and nothing raised when stderr itself is gone.
- `quiet_signals`: SIGTERM ends the command as Ctrl+C does, through the
  callers' `finally` blocks; `main` in cli.py turns them into exit 143 and 130
  with no traceback (TERMINATED, INTERRUPTED).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import signal
import sys
from types import FrameType

from explorer.safe_text import escaped

PROG = "career-explorer"
OUTPUT_FAILED = 1
INTERRUPTED = 128 + signal.SIGINT  # 130
TERMINATED = 128 + signal.SIGTERM  # 143


class Terminated(BaseException):
    """SIGTERM arrived: unwind (closing files, removing what is half written), then exit 143."""


def prepare_streams() -> None:
    """Make stdout and stderr escape what their encoding cannot write. A stream closed
    before the program started has its descriptor taken by the null device, so no file
    the program opens gets it (and is written to by mistake); writing to it still fails."""
    for number, stream in ((1, sys.stdout), (2, sys.stderr)):
        if stream is None:
            _to_null(number)
        if isinstance(stream, io.TextIOWrapper):
            # A closed stream: writing to it is handled where it is written.
            with contextlib.suppress(OSError, ValueError):
                stream.reconfigure(errors="backslashreplace")


def quiet_signals() -> None:
    """SIGTERM raises Terminated in the main thread (Ctrl+C already raises KeyboardInterrupt)."""

    def terminate(_number: int, _frame: FrameType | None) -> None:
        raise Terminated

    signal.signal(signal.SIGTERM, terminate)


def say(message: str) -> None:
    """One line on stderr, "career-explorer: message", control characters escaped."""
    # No stderr to tell (closed, full): the exit code says it.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(f"{PROG}: {escaped(message)}", file=sys.stderr, flush=True)


def _can_encode(text: str) -> bool:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        codecs.encode(text, encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def write_text(text: str) -> int:
    """Write text and a newline to stdout: 0, or OUTPUT_FAILED after one line on stderr."""
    stream = sys.stdout
    try:
        if stream is None:
            raise OSError("standard output is closed")
        stream.write(text + "\n")
        stream.flush()
    except BrokenPipeError:  # `| head` closed the pipe: not an error for the user
        _discard_stdout()
    except (OSError, ValueError) as error:
        _discard_stdout()
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        say(f"cannot write the output: {reason}")
        return OUTPUT_FAILED
    return 0


def write_json(value: object) -> int:
    """value as indented JSON on stdout (non-ASCII as it is, or as \\u escapes where the
    output's encoding cannot take it): 0, or OUTPUT_FAILED."""
    import json  # here, not at the top: the less is imported before main sets the signals

    text = json.dumps(value, indent=2, ensure_ascii=False)
    if not _can_encode(text):
        text = json.dumps(value, indent=2, ensure_ascii=True)
    return write_text(text)


def _discard_stdout() -> None:
    """Point stdout at the null device, so the flush at exit does not fail a second time."""
    _to_null(1)


def _to_null(descriptor: int) -> None:
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        if null != descriptor:
            os.dup2(null, descriptor)
            os.close(null)
    except OSError:
        pass
