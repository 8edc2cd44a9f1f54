"""Deciding what a submission is: new, an identical resubmission, or an amendment."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class VersionDecision:
    """The version a submission gets, and what kind of submission it is."""

    version: int
    amendment: bool
    duplicate: bool


def decide_version(latest: tuple[int, str] | None, content_hash: str) -> VersionDecision:
    """Given the latest accepted (version, content hash), classify a new submission.

    Identical content keeps the version (nothing new is created); changed content is the
    next version, an amendment (e.g. harm re-graded after investigation).
    """
    if latest is None:
        return VersionDecision(version=1, amendment=False, duplicate=False)
    version, accepted_hash = latest
    if accepted_hash == content_hash:
        return VersionDecision(version=version, amendment=version > 1, duplicate=True)
    return VersionDecision(version=version + 1, amendment=True, duplicate=False)
