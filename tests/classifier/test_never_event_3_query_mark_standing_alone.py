"""Session 27 (never event 3): a "?" standing alone before the finding raises it as a query.

"Raised as ? retained item. ... the clips are the cystic duct/artery clips, they are meant to be
there": the "?" followed by a space ends a sentence, so the finding's own sentence held no
query and the review's answer did not overturn it. A question ending a word before a real
finding ("Was the count done? A swab was found on CT") raises nothing.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_query_mark_before_a_retained_item_lets_the_review_overturn_it() -> None:
    text = (
        "Raised as ? retained item. AXR for constipation shows small metallic clips in the RUQ. "
        "Pt had a lap chole in 2019 and these are the cystic duct clips, they are meant to be "
        "there. No incident other than the concern."
    )
    assert never_event_codes(text) == (None, None)


def test_question_before_a_swab_found_on_ct_stays_never_event_3() -> None:
    text = (
        "Was the count signed? A swab was found retained in the abdomen on CT 3 days after the "
        "laparotomy, returned to theatre for removal."
    )
    assert never_event_codes(text) == ("3", None)
