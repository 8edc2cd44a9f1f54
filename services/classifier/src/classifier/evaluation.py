"""Evaluate the classifier on labelled NDJSON narratives (format: evaluation/README.md).

    python -m classifier.evaluation [path.jsonl ...] [--errors]

prints per-class precision, recall and F1 for never events, near misses and themes, the
never-event confusion matrix, and macro/micro F1. `evaluate()` returns the same figures.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from classifier.engine import classify_text
from shared.classification import Classification, ThemeId

DEV_SET = Path(__file__).resolve().parents[2] / "evaluation" / "dev.jsonl"
NEVER_EVENT_CODES = tuple(str(code) for code in range(1, 16))
THEME_IDS = tuple(theme.value for theme in ThemeId)


@dataclass(frozen=True)
class Example:
    """One labelled narrative."""

    id: str
    description: str
    never_event: str | None
    near_miss: str | None
    themes: frozenset[str]
    service_type: str | None = None
    specialty: str | None = None
    location_type: str | None = None
    reporter_never_event: bool = False
    reporter_never_event_type: str | None = None


@dataclass(frozen=True)
class ClassScore:
    """Precision, recall and F1 of one class (or of a micro average)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Number of gold labels of the class."""
        return self.tp + self.fn


@dataclass
class Counts:
    """TP/FP/FN per class of a label set."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Iterable[str], predicted: Iterable[str]) -> None:
        """Count one example's gold and predicted labels."""
        gold_set, predicted_set = set(gold), set(predicted)
        for label in gold_set & predicted_set:
            self.tp[label] += 1
        for label in predicted_set - gold_set:
            self.fp[label] += 1
        for label in gold_set - predicted_set:
            self.fn[label] += 1

    def score(self, label: str) -> ClassScore:
        """The score of one class."""
        return ClassScore(self.tp[label], self.fp[label], self.fn[label])

    def micro(self) -> ClassScore:
        """Micro average over all classes."""
        return ClassScore(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def macro_f1(self, labels: Iterable[str]) -> float:
        """Mean F1 over the classes that occur in gold or predictions."""
        present = [
            label
            for label in labels
            if self.score(label).tp + self.score(label).fp + self.score(label).fn
        ]
        return sum(self.score(label).f1 for label in present) / len(present) if present else 1.0


@dataclass
class Metrics:
    """Everything the evaluation measures on a labelled set."""

    examples: int
    never_events: Counts
    near_misses: Counts
    themes: Counts
    confusion: Counter[tuple[str, str]]
    errors: list[str]

    @property
    def never_event(self) -> ClassScore:
        """Micro P/R/F1 of never-event detection (right code = true positive)."""
        return self.never_events.micro()

    @property
    def near_miss(self) -> ClassScore:
        """Micro P/R/F1 of near-miss detection."""
        return self.near_misses.micro()

    @property
    def theme_micro(self) -> ClassScore:
        """Micro P/R/F1 over all theme labels."""
        return self.themes.micro()

    @property
    def theme_macro_f1(self) -> float:
        """Macro F1 over themes."""
        return self.themes.macro_f1(THEME_IDS)

    @property
    def never_event_macro_f1(self) -> float:
        """Macro F1 over never-event codes."""
        return self.never_events.macro_f1(NEVER_EVENT_CODES)


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def parse_example(record: dict[str, object]) -> Example:
    """An Example from one decoded JSON line (raises KeyError/TypeError if malformed)."""
    themes = record["themes"]
    if not isinstance(themes, list):
        raise TypeError("themes must be a list")
    return Example(
        id=str(record["id"]),
        description=str(record["description"]),
        never_event=_optional_str(record.get("never_event")),
        near_miss=_optional_str(record.get("near_miss")),
        themes=frozenset(str(t) for t in themes),
        service_type=_optional_str(record.get("service_type")),
        specialty=_optional_str(record.get("specialty")),
        location_type=_optional_str(record.get("location_type")),
        reporter_never_event=bool(record.get("reporter_never_event", False)),
        reporter_never_event_type=_optional_str(record.get("reporter_never_event_type")),
    )


def load_examples(*paths: Path) -> list[Example]:
    """Labelled examples from NDJSON files (blank lines ignored)."""
    examples = []
    for path in paths:
        for number, line in enumerate(path.read_bytes().splitlines(), start=1):
            if line.strip():
                try:
                    examples.append(parse_example(orjson.loads(line)))
                except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
                    raise ValueError(f"{path}:{number}: {exc}") from exc
    return examples


def _predict(example: Example) -> Classification:
    return classify_text(
        example.description,
        service_type=example.service_type,
        specialty=example.specialty,
        location_type=example.location_type,
        reporter_never_event=example.reporter_never_event,
        reporter_never_event_type=example.reporter_never_event_type,
    )


def _describe_error(example: Example, result: Classification, themes: set[str]) -> str:
    ne = result.never_event.code if result.never_event else None
    nm = result.near_miss.code if result.near_miss else None
    return (
        f"{example.id}: NE gold={example.never_event} got={ne}; NM gold={example.near_miss} "
        f"got={nm}; missing themes={sorted(example.themes - themes)} "
        f"extra themes={sorted(themes - example.themes)}\n    {example.description[:300]}"
    )


def evaluate(examples: Iterable[Example]) -> Metrics:
    """Classify every example and compare with its labels."""
    metrics = Metrics(0, Counts(), Counts(), Counts(), Counter(), [])
    for example in examples:
        result = _predict(example)
        ne = result.never_event.code if result.never_event else None
        nm = result.near_miss.code if result.near_miss else None
        themes = {tag.id.value for tag in result.themes}
        metrics.examples += 1
        metrics.never_events.add(_present(example.never_event), _present(ne))
        metrics.near_misses.add(_present(example.near_miss), _present(nm))
        metrics.themes.add(example.themes, themes)
        metrics.confusion[(example.never_event or "-", ne or "-")] += 1
        if (ne, nm) != (example.never_event, example.near_miss) or themes != example.themes:
            metrics.errors.append(_describe_error(example, result, themes))
    return metrics


def _present(code: str | None) -> list[str]:
    return [code] if code else []


def _table(title: str, counts: Counts, labels: Iterable[str]) -> list[str]:
    rows = [f"\n{title}", f"{'class':<34}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'pred':>8}"]
    for label in labels:
        s = counts.score(label)
        if s.tp + s.fp + s.fn:
            rows.append(
                f"{label:<34}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                f"{s.support:>9}{s.tp + s.fp:>8}"
            )
    micro = counts.micro()
    rows.append(
        f"{'micro':<34}{micro.precision:>7.3f}{micro.recall:>7.3f}{micro.f1:>7.3f}"
        f"{micro.support:>9}{micro.tp + micro.fp:>8}"
    )
    rows.append(f"{'macro F1':<34}{'':>14}{counts.macro_f1(labels):>7.3f}")
    return rows


def _confusion(metrics: Metrics) -> list[str]:
    codes = ["-", *NEVER_EVENT_CODES]
    used = [
        c
        for c in codes
        if any(metrics.confusion[(c, p)] or metrics.confusion[(p, c)] for p in codes)
    ]
    rows = ["\nnever-event confusion (rows gold, columns predicted, '-' = none)"]
    rows.append("gold\\pred" + "".join(f"{c:>5}" for c in used))
    for gold in used:
        rows.append(f"{gold:<9}" + "".join(f"{metrics.confusion[(gold, p)]:>5}" for p in used))
    return rows


def report(metrics: Metrics) -> str:
    """The printable evaluation report."""
    lines = [f"examples: {metrics.examples}"]
    lines += _table("never events", metrics.never_events, NEVER_EVENT_CODES)
    lines += _table("near misses", metrics.near_misses, NEVER_EVENT_CODES)
    lines += _confusion(metrics)
    lines += _table("themes", metrics.themes, THEME_IDS)
    ne, nm, th = metrics.never_event, metrics.near_miss, metrics.theme_micro
    lines += [
        "\nsummary",
        f"never event  P={ne.precision:.3f} R={ne.recall:.3f} micro-F1={ne.f1:.3f} "
        f"macro-F1={metrics.never_event_macro_f1:.3f}",
        f"near miss    P={nm.precision:.3f} R={nm.recall:.3f} micro-F1={nm.f1:.3f}",
        f"themes       P={th.precision:.3f} R={th.recall:.3f} micro-F1={th.f1:.3f} "
        f"macro-F1={metrics.theme_macro_f1:.3f}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation report of the given sets (default: the development set)."""
    parser = argparse.ArgumentParser(prog="python -m classifier.evaluation")
    parser.add_argument("paths", nargs="*", type=Path, default=[DEV_SET])
    parser.add_argument("--errors", action="store_true", help="list misclassified examples")
    args = parser.parse_args(argv)
    metrics = evaluate(load_examples(*args.paths))
    print(report(metrics))
    if args.errors:
        print(f"\n{len(metrics.errors)} examples with at least one difference:")
        print("\n".join(metrics.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
