"""Back and forward through the profiles a student opened, like a web browser."""

from __future__ import annotations


class History:
    """A list of visited codes and a position in it."""

    def __init__(self) -> None:
        self._codes: list[str] = []
        self._position = -1

    def visit(self, code: str) -> None:
        """Record a new visit; forward history is dropped, as in a browser."""
        if self._position >= 0 and self._codes[self._position] == code:
            return
        del self._codes[self._position + 1 :]
        self._codes.append(code)
        self._position = len(self._codes) - 1

    def back(self) -> str | None:
        """Step back; the code to show, or None at the start."""
        if not self.can_go_back():
            return None
        self._position -= 1
        return self._codes[self._position]

    def forward(self) -> str | None:
        """Step forward; the code to show, or None at the end."""
        if not self.can_go_forward():
            return None
        self._position += 1
        return self._codes[self._position]

    def can_go_back(self) -> bool:
        """Whether there is an earlier profile."""
        return self._position > 0

    def can_go_forward(self) -> bool:
        """Whether there is a later profile."""
        return 0 <= self._position < len(self._codes) - 1
