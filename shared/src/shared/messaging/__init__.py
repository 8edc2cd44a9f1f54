"""Kafka adapters: publishing events, consuming with explicit commits, topics, dead letters."""
