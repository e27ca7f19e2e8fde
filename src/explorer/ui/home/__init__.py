"""Home: what the right pane shows at launch and on Home (search examples, the interest
quiz, the career clusters, lists to browse and the map of all jobs)."""
