"""Contracts every service imports: incident schema, events, topics, taxonomy, auth, settings."""
