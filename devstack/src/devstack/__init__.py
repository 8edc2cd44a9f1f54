"""The embedded development stack: a Kafka-protocol broker, PostgreSQL and the services."""
