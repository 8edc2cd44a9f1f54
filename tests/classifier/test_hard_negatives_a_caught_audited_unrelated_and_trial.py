"""Hard negatives for never events 1 to 3, each kind beside true events told in the same words.

- An incision told as not yet made when the wrong mark or prep was seen ("we had not made an
  incision when the ODP pointed out the mark was on the wrong side") is a wrong-site near miss,
  not a procedure done on the wrong side; an incision made, or a second one not made after the
  first went to the wrong side, is still never event 1.
- An audit or the figures of a kind presented with none found ("retained swab audit results
  presented, no incidents this quarter"), and an earlier incident named with its follow-up done
  ("retained swab incident from March, action plan reviewed, closed"), are governance papers,
  not events; an item found in a patient beside them, or an action plan still to come, leaves
  the event standing.
- An object that went in by an accident of daily life ("a sewing needle the pt had stood on at
  home") is unrelated to any procedure; a needle or swab of an operation beside such words is
  still retained.
- A trial component's size is no implant put in ("Trial 54 opened first") and no plan the
  implant went against when the stated plan is the size put in; a size put in against the
  stated plan or against the trial alone is still a wrong implant.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "We had not made an incision when the ODP pointed out the mark was on the wrong side; "
        "stopped.",
        "The surgeon had not made the incision when the ODP noticed the wrong leg had been "
        "prepped.",
        "The surgeon hadn't made the skin incision when the scrub nurse saw the arrow was on the "
        "left knee, listed for right TKR.",
        "The incision had not been made when the registrar realised the wrong side had been "
        "prepped.",
        "Consultant had not started the incision when the ODP noticed the mark on the wrong "
        "leg; stopped and re-marked.",
    ],
)
def test_incision_not_yet_made_at_the_wrong_mark_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        "Incision made when the ODP pointed out the mark was on the wrong side; stopped.",
        "Incision made on the L, wrong side; the surgeon had not checked the marking.",
        "We had not made a second incision when we realised the first was on the wrong side.",
    ],
)
def test_incision_made_on_the_wrong_side_still_counts(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Item 2: retained swab audit results presented, no incidents this quarter.",
        "Wrong site surgery audit: 100% marking compliance, no incidents in Q2.",
        "Audit of retained swabs in maternity presented - zero incidents this year.",
        "Item 3: retained swab incident from March, action plan reviewed, closed.",
        "Wrong site block NE (Feb) - actions completed and signed off by the division.",
        "Update: retained guidewire SI from last year, learning embedded, action plan closed.",
        "Item 5: wrong side chest drain incident, action plan reviewed and approved by the "
        "committee.",
    ],
)
def test_audit_with_none_found_or_past_incident_followed_up_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Retained swab audit results presented. Separately, a swab was found in the vagina "
            "of a pt 5 days after her perineal repair, removed by the community midwife.",
            "3",
        ),
        (
            "Item 4: CT today showed a retained swab in the abdomen of a pt on ward 6 after "
            "laparotomy last week; incident reported, action plan to follow.",
            "3",
        ),
        (
            "Retained swab incident: swab found on CT 2 weeks after laparotomy, returned to "
            "theatre. Action plan to be agreed.",
            "3",
        ),
        (
            "Wrong site block: L femoral block given, R knee listed. Incident reported; action "
            "plan reviewed at the next meeting.",
            "1",
        ),
    ],
)
def test_event_beside_governance_words_still_counts(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    "text",
    [
        "X-ray of the foot showed a sewing needle the pt had stood on at home; removed in ED.",
        "XR R hand: radio-opaque fragment of glass in the palm after he fell onto a broken "
        "bottle; explored and removed.",
        "Knitting needle fragment found in the thigh on x-ray, pt fell onto it at home 2 weeks "
        "ago.",
        "Pt attended ED after stepping on a pin while barefoot in the kitchen; x-ray showed the "
        "pin in the heel, removed under LA.",
        "Child trod on a drawing pin; x-ray showed it embedded in the foot, retrieved in minors.",
    ],
)
def test_object_from_an_accident_of_daily_life_is_unrelated(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "X-ray of the foot after bunion surgery showed a suture needle left in the wound; pt had "
        "stood on the foot at home when pain began.",
        "CT 3 weeks after laparotomy showed a retained swab in the abdomen. Pt had earlier "
        "stepped on a pin at home, unrelated.",
        "Pt stood on a nail at home last year. Following her caesarean, a swab was found in the "
        "vagina by the community midwife.",
        "Needle from the suture pack not found at the count; pt fell on the ward on day 2 and "
        "x-ray showed the needle in the abdomen.",
    ],
)
def test_item_of_a_procedure_beside_accident_words_still_counts(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "Size 56 cup planned and size 56 cup implanted. Trial 54 opened first, as usual.",
        "Size 52 shell planned. Trial 50 and 52 used; 52 shell cemented in.",
    ],
)
def test_trial_of_another_size_beside_the_planned_implant_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Size 56 cup planned but size 54 cup implanted. Trial 56 opened first, as usual.",
        "Trialled with size 3 but a size 4 femoral component was opened and implanted in error.",
        "Size 56 cup planned; trial 54 opened; size 52 cup implanted in error, noticed on post "
        "op xray.",
        "Size 56 cup planned and trial 56 used, but size 58 cup opened and implanted.",
        "Size 6 femur trialled. Size 7 femoral component cemented.",
    ],
)
def test_implant_against_the_plan_or_the_trial_still_counts(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
