"""Deliveries: the outbox of alerts per subscription, the webhook dispatcher and the feed."""
