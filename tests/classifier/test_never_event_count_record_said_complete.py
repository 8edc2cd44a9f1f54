"""Session 26 (never event 3): a count record saying all swabs were there is the failed count.

"found the corner of a raytec swab in the wound, pulled out a whole swab from under the skin edge
... Theatre count record says all swabs accounted for": the record's words tell the count that
missed the swab, not a swab found outside the patient, so never event 3. A swab missing at the
count and then found in the bin stays excluded.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_swab_pulled_from_the_wound_despite_a_complete_count_record_is_never_event_3() -> None:
    text = (
        "Practice nurse removing sutures 10 days after a hernia repair saw gauze at the wound "
        "edge and pulled out a whole swab from under the skin. The theatre count sheet states "
        "all swabs were accounted for."
    )
    assert never_event_codes(text) == ("3", None)


def test_swab_missing_at_the_count_and_found_in_the_bin_stays_excluded() -> None:
    text = (
        "Count discrepancy at closure, one swab missing. Xray on table clear. Swab found in the "
        "kick bucket under a drape; all swabs then accounted for, count corrected."
    )
    assert never_event_codes(text)[0] is None
