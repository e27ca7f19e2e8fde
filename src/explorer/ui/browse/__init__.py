"""Finding occupations: search, filters, the results table and history."""
