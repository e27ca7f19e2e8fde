"""The interest quiz's screens: a question at a time, then the results and the matches."""
