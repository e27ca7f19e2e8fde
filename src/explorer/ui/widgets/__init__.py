"""Reusable widgets: charts, table panels, the tile map, quick facts."""
