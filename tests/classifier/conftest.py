"""Fixtures shared by the classifier tests."""

from __future__ import annotations

import pytest

from classifier.evaluation import DEV_SET, Example, load_examples


@pytest.fixture(scope="session")
def development_set() -> list[Example]:
    """The labelled development set, read once for every test that needs it."""
    return load_examples(DEV_SET)
