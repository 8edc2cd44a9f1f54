"""Alerts: never events and thematic signals, matched to subscriptions."""
