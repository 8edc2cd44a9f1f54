"""Subscriptions: what an organisation wants to hear about, and where to send it."""
