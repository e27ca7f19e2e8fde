"""Search: what students type, turned into ranked occupations."""
