"""Dead-letter queues: a record that can never be processed is parked, with the reason."""

from __future__ import annotations

from aiokafka.structs import ConsumerRecord

from shared.events import KafkaMessage

MAX_ERROR_HEADER_BYTES = 4096


def dead_letter_message(record: ConsumerRecord, error: str) -> KafkaMessage:
    """The original key, value and headers plus where it came from and why it failed."""
    headers = list(record.headers or ())
    headers += [
        ("dlq-error", error.encode("utf-8", errors="replace")[:MAX_ERROR_HEADER_BYTES]),
        ("dlq-source-topic", record.topic.encode()),
        ("dlq-source-partition", str(record.partition).encode()),
        ("dlq-source-offset", str(record.offset).encode()),
    ]
    return KafkaMessage(key=record.key or b"", value=record.value or b"", headers=headers)


class PoisonBurstGuard:
    """Trips when `limit` records in a row were dead-lettered with no success between.

    A burst like that means the service (or a contract) is broken, not the records:
    stopping is better than emptying the topic into the dead-letter queue.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.consecutive = 0

    def record_success(self) -> None:
        """A record was processed normally."""
        self.consecutive = 0

    def record_poison(self) -> bool:
        """A record was dead-lettered; returns True when the burst limit is reached."""
        self.consecutive += 1
        return self.consecutive >= self.limit
