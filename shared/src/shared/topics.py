"""Kafka topic names: the only coupling between the services."""

INCIDENTS_SUBMITTED = "incidents.submitted.v1"
INCIDENTS_CLASSIFIED = "incidents.classified.v1"
INCIDENTS_SUBMITTED_DLQ = "incidents.submitted.v1.dlq"
INCIDENTS_CLASSIFIED_DLQ = "incidents.classified.v1.dlq"

ALL_TOPICS = (
    INCIDENTS_SUBMITTED,
    INCIDENTS_CLASSIFIED,
    INCIDENTS_SUBMITTED_DLQ,
    INCIDENTS_CLASSIFIED_DLQ,
)
