"""The profile pane and its tabs, filled from the section registry."""
