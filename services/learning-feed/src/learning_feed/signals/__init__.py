"""Thematic signals: weekly counts per (theme, region) above what the recent past predicts."""
