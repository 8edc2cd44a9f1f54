"""Session 26 (never event 7): the scheduled weekly dose "already given" is not the error reaching.

"methotrexate 15mg prescribed as 'daily' ... pharmacist picked it up - the weekly dose had already
been given Monday and the next daily dose wasn't due until tomorrow ... no extra doses given": the
dose given was the one meant, the daily error was caught before a second one, so a near miss.
A daily dose given after the weekly one stays never event 7.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_weekly_dose_given_before_the_daily_error_was_caught_is_a_near_miss() -> None:
    text = (
        "methotrexate 15mg prescribed as 'daily' on the drug chart for a pt with Crohn's. Ward "
        "pharmacist picked it up on her round - the weekly dose had already been given Monday "
        "and the next daily dose wasn't due until tomorrow. Chart rewritten as weekly, no extra "
        "doses given."
    )
    assert never_event_codes(text) == (None, "7")


def test_daily_doses_given_after_the_weekly_one_stay_never_event_7() -> None:
    text = (
        "methotrexate 15mg prescribed as daily for a pt with RA. The weekly dose had already "
        "been given Monday and she was then given it daily Tue, Wed and Thu before the "
        "pharmacist picked it up."
    )
    assert never_event_codes(text) == ("7", None)
