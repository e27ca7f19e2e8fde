"""The tile map for the keyboard and for screen readers: which state an arrow key
moves to, and each state as an item of the map's accessible list (item_access).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect

if TYPE_CHECKING:
    from explorer.profile.state_map import Tile
    from explorer.ui.widgets.tile_map import TileMap


class StateItems:
    """What a screen reader is told about the map's states (item_access.PaintedItems)."""

    def __init__(self, tile_map: TileMap) -> None:
        self.tile_map = tile_map

    def access_keys(self) -> list[str]:
        """Every state's abbreviation, in the map's order."""
        return list(self.tile_map.tiles)

    def access_item(self, key: str) -> tuple[str, str, str]:
        """A state's name, its figure and what its tooltip says."""
        tile = self.tile_map.tiles[key]
        return tile.name, tile.figure.text, self.tile_map.tile_text(key)

    def access_rect(self, key: str) -> QRect:
        """Where a state's tile is."""
        return self.tile_map.tile_rect(key).toAlignedRect()

    def access_selected(self, key: str) -> bool:
        """Whether the state is the one selected."""
        return key == self.tile_map.selected

    def access_current(self) -> str:
        """The keyboard's state."""
        return self.tile_map.focus_abbr

    def access_key_at(self, point: QPointF) -> str:
        """The state under a point."""
        return self.tile_map.tile_at(point)


def neighbour(tiles: dict[str, Tile], abbr: str, d_row: int, d_column: int) -> str:
    """The nearest tile in a direction: ahead first, then closest to the line."""
    if abbr not in tiles:
        return next(iter(tiles))
    here = tiles[abbr]
    best, best_score = abbr, None
    for other in tiles.values():
        ahead = (other.row - here.row) * d_row + (other.column - here.column) * d_column
        side = abs((other.row - here.row) * d_column) + abs((other.column - here.column) * d_row)
        if ahead > 0:
            score = (ahead + 3 * side, other.abbr)
            if best_score is None or score < best_score:
                best, best_score = other.abbr, score
    return best
