"""Realistic incident narratives for benchmarks: joined from the classifier's development set.

A benchmark that repeats one narrative measures caches, not the classifier: these are varied,
about NARRATIVE_CHARS long (a typical LRMS narrative), and carry the dev set's mix of never
events, near misses and ordinary incidents.
"""

from __future__ import annotations

import json
from pathlib import Path

NARRATIVE_CHARS = 600
DEV_SET = (
    Path(__file__).resolve().parent.parent / "services" / "classifier" / "evaluation" / "dev.jsonl"
)


def narratives(count: int, chars: int = NARRATIVE_CHARS) -> list[str]:
    """`count` narratives of about `chars` characters, each joined from dev-set narratives."""
    texts = [json.loads(line)["description"] for line in DEV_SET.read_text().splitlines()]
    result = []
    for i in range(count):
        parts, size, j = [], 0, i
        while size < chars:
            text = texts[j % len(texts)]
            parts.append(text)
            size += len(text) + 1
            j += 7
        result.append(" ".join(parts)[:chars])
    return result
