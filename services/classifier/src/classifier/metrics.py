"""The classifier's own metrics."""

from prometheus_client import Counter

CLASSIFICATIONS = Counter(
    "classifier_incidents_total",
    "Incidents classified, by never-event code (or none)",
    ["never_event"],
)
THEMES = Counter("classifier_themes_total", "Theme tags given, by theme", ["theme"])
