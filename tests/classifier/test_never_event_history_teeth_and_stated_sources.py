"""Round 26: what is not this procedure's never event, and what does not undo one.

- A never event from the patient's own past, dated or "years ago", at another hospital, told
  with the date and the hospital first ("says in 2019 at another hospital a swab was left
  inside her") is background, not the report's event.
- A side written before an organ part ("left duplex system", "left ureter") is a side, not an
  item left in; a tooth kept in the arch ("retained deciduous tooth", "UL4 will be retained")
  is a tooth, not an item retained; a patient who self-harms by insertion put the object in.
- A transitional lumbosacral vertebra is unexpected anatomy unless reported beforehand; a
  report typed with left and right transposed is an incorrect report.
- A potassium storage hazard told as "no error has happened" is a risk, unless the product
  was given.
- Methotrexate's folinic acid rescue is also the antidote of an overdose, not a cancer word;
  a policy restricting high-strength midazolam to ICU and theatres names where it belongs, not
  where it was used; a vinca alkaloid's IV prescription is the route it should have gone by;
  a general-use syringe is a non-insulin syringe.

Each suppressing cue is paired with narratives where its words appear in an innocent role and
the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient's past never event, told date and hospital first
        (
            "Pt anxious pre op, says in 2019 at another hospital a swab was left inside her "
            "after a c-section. Reassured, counts explained.",
            (None, None),
        ),
        (
            "Mr B worried since his operation at another hospital six years ago, when they "
            "operated on the wrong hip. Listed for L TKR, procedure uneventful.",
            (None, None),
        ),
        # innocent: another hospital and a date, then today's never event
        (
            "In 2023 at another hospital she had her gallbladder out. Today on our list a swab "
            "was left inside the abdomen after her laparotomy, found on CT day 3 and removed.",
            ("3", None),
        ),
        (
            "Pt had an operation at another hospital 2 years ago. Wrong knee operated today: "
            "consent and marking L, R knee arthroscopy done.",
            ("1", None),
        ),
        (
            "Transferred in 2024 from another hospital. A guidewire was left in the IVC after "
            "her central line here, seen on CXR next day.",
            ("3", None),
        ),
    ],
)
def test_past_never_event_at_another_hospital(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side before an organ part, a tooth kept, self-harm by insertion
        (
            "Planned L ureteric stent. At cystoscopy the guidewire and stent were passed into "
            "the left duplex system while the stone was in the lower moiety ureter. Unexpected "
            "anatomy discussed at M&M.",
            (None, None),
        ),
        (
            "Orthodontic extractions of 4 premolars under LA. Trainee counted from a retained "
            "deciduous tooth and took UL5 instead of UL4 with the forceps. The remaining UL4 "
            "will be retained.",
            (None, None),
        ),
        (
            "Pt (known to self-harm by insertion) pushed a paperclip into her forearm wound on "
            "the ward. X-ray confirmed foreign body, removed in ED.",
            (None, None),
        ),
        # innocent: the same words and a real retained item
        (
            "Guidewire left in the left ureter after ureteroscopy, found on KUB x-ray 3 weeks "
            "later and removed.",
            ("3", None),
        ),
        (
            "Ureteric stent insertion, left duplex system noted. Post op x-ray showed a "
            "fragment of guidewire retained in the renal pelvis, returned to theatre.",
            ("3", None),
        ),
        (
            "Dental hospital - extraction of a retained deciduous tooth in theatre under GA. A "
            "throat pack was left in after the procedure and found in recovery when pt "
            "coughed, removed.",
            ("3", None),
        ),
        (
            "Pt with a history of self-harm by insertion had an elective laparotomy. The count "
            "was recorded as correct. A swab was found retained in the abdomen on CT at day 5, "
            "returned to theatre.",
            ("3", None),
        ),
    ],
)
def test_side_tooth_and_self_inserted_object(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microdiscectomy planned at L4/5. Post-op MRI showed a transitional lumbosacral "
            "vertebra not apparent on the limited pre-op MRI; the discectomy had been done at "
            "the level above.",
            (None, None),
        ),
        (
            "Planned L carpal tunnel release, symptoms in the R hand. The nerve conduction "
            "report was typed with left and right transposed; surgery done on the L per report.",
            (None, None),
        ),
        # innocent: the anomaly known beforehand, sides swapped by the team itself
        (
            "L4/5 discectomy planned; post op MRI showed discectomy done at L3/4 with the L4/5 "
            "prolapse untouched. Pt has a transitional lumbosacral vertebra which had been "
            "reported on the pre op MRI but not noted in the plan.",
            ("1", None),
        ),
        (
            "Wrong side: R knee arthroscopy done, consent and list said L. The surgeon said the "
            "theatre list had left and right transposed.",
            ("1", None),
        ),
        (
            "Wrong site: R inguinal hernia repaired, consent and marking L. The registrar's "
            "handwritten op plan was written with left and right transposed.",
            ("1", None),
        ),
    ],
)
def test_anatomy_and_incorrect_report(text: str, expected: tuple[str | None, str | None]) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Concern: KCl 15% ampoules stored next to water for injection in the same bin. "
            "Risk of selection error. No error has happened. Raised with pharmacy.",
            (None, None),
        ),
        # innocent: the words, and the product given
        (
            "Nurse drew up potassium chloride concentrate instead of water for injection as the "
            "diluent and gave the antibiotic. Ward manager confirmed no error has happened with "
            "any other pt.",
            ("4", None),
        ),
        (
            "KCl 15% ampoule picked up instead of the saline flush from the same bin and "
            "injected via the cannula. No error has happened before with this stock per the "
            "ward manager.",
            ("4", None),
        ),
        (
            "KCl 15% ampoule selected instead of sodium chloride flush and given IV. Staff first "
            "thought no error had happened until K+ came back 7.1.",
            ("4", None),
        ),
    ],
)
def test_potassium_hazard_with_no_error_yet(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt with RA on weekly methotrexate, transcribed as daily, 4 doses given before "
            "noticed. Neutropenic, folinic acid rescue started on the advice of haematology.",
            ("7", None),
        ),
        (
            "High dose methotrexate for osteosarcoma: folinic acid rescue given late, levels high.",
            (None, None),
        ),
        (
            "Endoscopy: midazolam 10mg/2ml given instead of 1mg/ml for conscious sedation for "
            "OGD, pt oversedated, flumazenil. High strength stock is meant to be restricted to "
            "ICU and theatres.",
            ("8", None),
        ),
        (
            "Midazolam 10mg/2ml infusion made up for a ventilated pt on ICU as per unit protocol.",
            (None, None),
        ),
        (
            "Vincristine prescribed for IV use was given intrathecally in error during the LP "
            "for intrathecal methotrexate.",
            ("5", None),
        ),
        (
            "Insulin syringes ran out so the RN drew up 8 units of Novorapid in a 1ml "
            "general-use syringe; checker noticed before it was given, discarded.",
            (None, "6"),
        ),
    ],
)
def test_products_routes_and_areas(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a history of self-harm by insertion beside an item left at an operation
        (
            "Pt with a known history of self-harm by insertion of objects underwent a laparotomy "
            "for an unrelated bowel obstruction. A large swab was left in the abdomen and found "
            "on CT 10 days later; returned to theatre.",
            ("3", None),
        ),
        # the transitional vertebra known before the operation: no unexpected anatomy
        (
            "Transitional lumbosacral vertebra was reported on the pre-op MRI; despite this the "
            "level was counted from the wrong end and L3/4 was operated on instead of L4/5.",
            ("1", None),
        ),
    ],
)
def test_exclusions_do_not_reach_what_the_report_knew_or_the_operation_left(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
