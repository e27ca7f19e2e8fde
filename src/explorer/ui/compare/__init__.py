"""The comparison window: two to four careers side by side (explorer.profile.compare)."""
