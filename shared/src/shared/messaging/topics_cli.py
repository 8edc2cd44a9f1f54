"""`psl-topics`: create the platform's Kafka topics (run once per cluster, idempotent)."""

from __future__ import annotations

import asyncio

from shared.messaging.topics import ensure_topics
from shared.settings import KafkaSettings


def main() -> None:
    """Create missing topics on the cluster named by KAFKA_BOOTSTRAP_SERVERS."""
    settings = KafkaSettings()
    asyncio.run(
        ensure_topics(
            settings.kafka_bootstrap_servers,
            partitions=settings.kafka_topic_partitions,
            replication_factor=settings.kafka_topic_replication_factor,
        )
    )
    print(f"topics ready on {settings.kafka_bootstrap_servers}")


if __name__ == "__main__":
    main()
