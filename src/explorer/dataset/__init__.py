"""The build step: turns the public sources into data/careers.db (never imports Qt)."""
