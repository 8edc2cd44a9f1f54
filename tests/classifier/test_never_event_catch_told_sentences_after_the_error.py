"""Round 28 (never events 1 and 3): a catch told several sentences after the error, as long
and formal reports tell it.

- A count short at closure, the search, the imaging and then the item "removed before
  closure" several sentences on: the closure-order reasoning judges the find by word order
  wherever it is told, so the item found before the procedure ended is a near miss, unless an
  item was found after it ended.
- The report's own setting or operation named first ("Home birth", "GP minor ops",
  "Theatres report - emergency laparotomy") is no care after the procedure; a find told
  "before finishing" after the tear was sutured came before the procedure ended; "the count
  was then correct" is the count made good.
- "No local anaesthetic had been given and no incision made" said outright after a wrong side
  was prepped (an SBAR report: the summary first, the catch at time out further on) is a
  wrong site caught; a block or local anaesthetic told as done still makes it reached.

Each suppressing reading is paired with narratives where its words appear in an innocent role
and the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # the operation named in the header, the find told three sentences after the count
        "Theatres report - emergency laparotomy for small bowel obstruction, theatre 2. Closing "
        "count before the rectus sheath was closed: one large swab short. Floor, bins and "
        "linen searched, nothing. Surgeon felt around the bowel loops, nothing palpable. "
        "Intra-op x-ray showed the swab marker in the pelvis. Swab retrieved and the count was "
        "then correct. Sheath and skin then closed.",
        "Count at closure of the fascia: 1 small swab missing. Search of drapes and bins "
        "negative. Surgeon explored the abdomen again, nothing felt. Scrub nurse recounted, "
        "still short. Image intensifier showed the swab under the liver, removed before "
        "closure. Final count correct.",
        # the setting named first, the tear sutured, then the find before finishing
        "Home birth, second degree tear repaired and sutured. At the count after suturing only "
        "4 of 5 swabs were back. Before finishing I examined again and found the swab high in "
        "the vagina and took it out. Count then correct, checked with the second midwife.",
        "GP minor ops - excision of a sebaceous cyst from the neck. Before skin closure the "
        "HCA count found a needle not accounted for. Needle found in the wound bed and "
        "removed. Closure completed, count correct.",
    ],
)
def test_item_found_before_the_end_told_far_from_the_count_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        # innocent: "home" names where the retained swab was found, days after the repair
        "Home visit by the community midwife on day 5: woman complaining of an offensive "
        "discharge. A swab was found in the vagina and removed, left after her perineal "
        "repair in hospital.",
        # innocent: "GP" names the practice where the swab was found, days after the repair
        "GP practice nurse: woman came in with an offensive discharge 10 days after her "
        "perineal repair in hospital. A swab was found in the vagina and removed.",
        # innocent: the report's own laparotomy named first, the swab found after closure
        "Emergency laparotomy for a perforated ulcer on 3 May. Count documented as correct and "
        "the abdomen closed. On day 6 CT showed a retained swab in the pelvis, removed at "
        "relaparotomy.",
        # innocent: a "before ... left" clause after the closure, with recovery in it
        "Tonsillectomy, procedure completed and the patient extubated. Before she left "
        "recovery the nurse noticed a gauze swab at the back of her throat and removed it.",
        # innocent: an item found before closure and another found after it
        "Count at closure: one needle missing, found in the wound and removed before closure. "
        "Wound closed. Three weeks later CT showed a retained swab in the pelvis, removed at "
        "relaparotomy.",
        # innocent: a count short, closed anyway, the swab found later
        "Closing count one swab short, search found nothing and the surgeon closed. Day 3 "
        "x-ray showed the swab in the abdomen, removed in theatre the next day.",
    ],
)
def test_item_found_after_the_end_stays_a_retained_object(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


@pytest.mark.parametrize(
    "text",
    [
        "S - Wrong leg prepped for knee arthroscopy.\nB - Listed for L knee arthroscopy, pt "
        "positioned with the right leg in the leg holder and prepped by the reg.\nA - At the "
        "time out the ODP read the consent aloud and saw that the prepped leg was the right. "
        "No incision had been made and no local given. Leg re-prepped.\nR - site mark to be "
        "checked before prep.",
        "Summary: wrong hand prepped and draped for trigger finger release. Pt on the LA list "
        "for a L ring finger release, R hand put out on the arm table. The scrub nurse "
        "compared the list with the draped hand during the pause. No local anaesthetic had "
        "been given. Redraped, L hand done.",
    ],
)
def test_nothing_invasive_done_said_after_a_wrong_side_set_up_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # innocent: the block told as done, then "no incision" for the surgery
        (
            "Listed for L TKR. The femoral block was performed on the right by the "
            "anaesthetist. Noticed when the surgeon checked the marking. No incision had been "
            "made for the knee. Left block then done and the TKR went ahead.",
            "1",
        ),
        # innocent: local anaesthetic injected into the wrong toe, no incision made
        (
            "Podiatry nail surgery. Local anaesthetic injected into the R 2nd toe instead of "
            "the R 3rd toe. Noticed by the pt. No incision made on the 2nd toe, procedure "
            "done on the 3rd.",
            "1",
        ),
        # innocent: the incision made on the wrong side, "no further incision" after it
        (
            "Skin incision made on the left groin for a right inguinal hernia repair. Stopped "
            "at once and the wound closed. No further incision was made on the left and the "
            "right side was then repaired.",
            "1",
        ),
    ],
)
def test_wrong_site_reached_stays_a_never_event_beside_no_incision(
    text: str, expected: str
) -> None:
    assert never_event_codes(text)[0] == expected
