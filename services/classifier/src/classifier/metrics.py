"""The classifier's own metrics."""

from prometheus_client import Counter

from shared.events import IncidentClassified

CLASSIFICATIONS = Counter(
    "classifier_incidents_total",
    "Incidents classified, by never-event code (or none)",
    ["never_event"],
)
THEMES = Counter("classifier_themes_total", "Theme tags given, by theme", ["theme"])


def count_classification(event: IncidentClassified) -> None:
    """Count one classified incident by never event and by each of its themes."""
    never_event = event.classification.never_event
    CLASSIFICATIONS.labels(never_event=never_event.code if never_event else "none").inc()
    for theme in event.classification.themes:
        THEMES.labels(theme=theme.id.value).inc()
