"""Career Explorer: every US occupation, offline, from O*NET and BLS data."""

__version__ = "0.1.0"
