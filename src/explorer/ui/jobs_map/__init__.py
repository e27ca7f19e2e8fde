"""The map of all jobs: every BLS occupation as a tile sized by its 2024 jobs, grouped by
occupation group, coloured by a figure the student picks, with a table view."""
