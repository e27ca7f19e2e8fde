"""My list in the window: stars wherever an occupation is listed, the panel, the file menu."""
