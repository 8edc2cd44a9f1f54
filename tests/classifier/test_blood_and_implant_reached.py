"""Whether the wrong unit, organ or implant reached the patient (helper M2): an ABO-incompatible
or another patient's unit run for some minutes before it was stopped, or an organ of another
group transplanted unplanned, is never event 12; the same unit caught at the bedside before it
was spiked or connected is near miss 12. A wrong implant impacted or inserted and then removed
is never event 2; one opened and caught on the trolley is near miss 2; an implant changed on
purpose and documented, or the planned lens implanted on a wrong measurement, is neither."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOTHING = (None, None)
NEVER_EVENT_2 = ("2", None)
NEAR_MISS_2 = (None, "2")
NEVER_EVENT_12 = ("12", None)
NEAR_MISS_12 = (None, "12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an incompatible unit that ran for a while before it was stopped reached the patient
        (
            "Pt group O received approx 40ml of a group A unit meant for the pt in bed 6 before "
            "the HCA noticed the name on the bag. Transfusion stopped, reaction bloods sent.",
            NEVER_EVENT_12,
        ),
        (
            "i hung the unit and it ran about 10 mins, then pt said her back hurt. bag was for "
            "another pt group B, she is O. stopped it and bleeped the reg",
            NEVER_EVENT_12,
        ),
        (
            "Group A RBC transfused to a group O patient for 20 minutes before the error was "
            "recognised and the transfusion stopped; patient monitored on HDU.",
            NEVER_EVENT_12,
        ),
        (
            "Wrong unit connected and running (group AB, pt group B). Noticed at the 15 min obs "
            "and stopped; approx 50mls given.",
            NEVER_EVENT_12,
        ),
        # an organ of another group transplanted unplanned reached the patient
        (
            "Liver transplant: recipient is group O but was listed as group B after a "
            "transcription error; a group B liver was transplanted. Not a planned ABOi "
            "transplant, no desensitisation. Graft failed on day 2.",
            NEVER_EVENT_12,
        ),
        (
            "Live donor kidney tx went ahead from a group A donor to a group O recipient, the "
            "incompatibility was missed at the MDT, no antibody removal given, acute rejection.",
            NEVER_EVENT_12,
        ),
        # ... a planned ABO-incompatible transplant with its management is neither
        (
            "Planned ABO-incompatible live donor kidney transplant (A to O) after rituximab and "
            "plasma exchange per protocol. Titres acceptable, transplant went ahead, good "
            "function.",
            NOTHING,
        ),
        # the incompatible unit caught before it was spiked or connected did not reach
        (
            "Unit for Mr Jones (group A) brought to Mr Jonas (group O). Picked up at the bedside "
            "wristband check before spiking. Unit returned to the lab, no transfusion given.",
            NEAR_MISS_12,
        ),
        (
            "Nothing was transfused. The lab had issued 2 group B units for a group O pt after a "
            "manual grouping error; the nurse saw the pt's blood group card said O and did not "
            "start the transfusion.",
            NEAR_MISS_12,
        ),
        (
            "bag spiked and primed before 2nd checker came, she saw it was grp A and pt grp O. "
            "never connected to pt, unit discarded, pt got none of it",
            NEAR_MISS_12,
        ),
        (
            "At the bedside check the group A pos unit did not match the pt's group O pos on "
            "the wristband and prescription; not commenced, returned to blood bank.",
            NEAR_MISS_12,
        ),
        (
            "Porter collected a group AB unit from the fridge for a group O pt. Noticed by the "
            "two nurses at the pre-administration check, not spiked, unit sent back.",
            NEAR_MISS_12,
        ),
        # ... a wrong patient's unit stopped with no groups told, or compatible by chance
        (
            "Unit for another patient brought to the bedside, noticed at the ID check before "
            "spiking, returned to the lab. No groups documented.",
            NOTHING,
        ),
        (
            "Wrong patient's unit transfused in full; both patients were group A pos so ABO "
            "compatible by chance, no reaction.",
            NOTHING,
        ),
        # a wrong implant impacted or inserted, then removed, reached the patient
        (
            "The acetabular liner was impacted before the scrub nurse saw it was 28mm and the "
            "head was 32mm. Liner removed and the correct one implanted, 10 minutes delay.",
            NEVER_EVENT_2,
        ),
        (
            "Tibial component cemented in then removed within minutes when it was noticed the "
            "box said posterior stabilised but the plan was cruciate retaining; CR tray "
            "implanted, no harm.",
            NEVER_EVENT_2,
        ),
        (
            "IOL of the wrong power inserted into the R eye, noticed on the sticker check after "
            "insertion, explanted and the planned lens put in at the same sitting.",
            NEVER_EVENT_2,
        ),
        (
            "Wrong size femoral stem was implanted (size 14, plan size 12); noticed when "
            "completing the implant log, pt returned to theatre for revision.",
            NEVER_EVENT_2,
        ),
        # ... the wrong implant opened and caught before it was implanted did not reach
        (
            "Near miss - nothing implanted. Total shoulder planned but a reverse glenosphere "
            "was opened by the runner; surgeon spotted it before it reached the table.",
            NEAR_MISS_2,
        ),
        (
            "Wrong size tibial insert opened onto the scrub trolley. Scrub nurse noticed before "
            "it was implanted, correct size opened. No harm.",
            NEAR_MISS_2,
        ),
        (
            "Lens for the L eye opened for R eye cataract surgery, picked up at the lens check "
            "before insertion, correct lens obtained.",
            NEAR_MISS_2,
        ),
        (
            "cemented stem opened when uncemented was planned - spotted by the surgeon before "
            "implantation, wasted implant only",
            NEAR_MISS_2,
        ),
        # ... an implant changed on purpose and documented is neither
        (
            "R TKR - planned size 5 femur. Trials showed it was too big, surgeon went down to "
            "size 4, documented in the op note with the reasons. Flagged as a possible never "
            "event by the scrub team.",
            NOTHING,
        ),
        (
            "Planned 10mm poly insert, surgeon chose a 12mm after trialling as the knee was "
            "lax; decision and reason recorded in the op notes.",
            NOTHING,
        ),
        (
            "Templated for a size 3 stem, intraoperatively the surgeon decided on a size 4 for "
            "stability, clearly documented in the op note.",
            NOTHING,
        ),
        # ... the planned implant put in on a wrong measurement, or later recalled, is neither
        (
            "Post-op refractive surprise L eye (-3D). Biometry was repeated and the pre-op axial "
            "length had been wrong; the lens implanted was the one planned. Lens exchange "
            "booked.",
            NOTHING,
        ),
        (
            "Unexpected refraction after cataract surgery: the IOL implanted was the planned "
            "one, but the keratometry it was calculated from was wrong. Pt listed for IOL "
            "exchange.",
            NOTHING,
        ),
        (
            "Hip prosthesis implanted as planned in 2019 was found at review to be from a batch "
            "since recalled by the manufacturer. Pt recalled for review.",
            NOTHING,
        ),
        # ... the right unit or implant, nothing wrong told
        (
            "Group O pos pt transfused 2 units group O pos RBC, checks done at the bedside, no "
            "reaction.",
            NOTHING,
        ),
        (
            "Planned size 4 femoral and size 3 tibial components implanted as templated, "
            "uneventful TKR.",
            NOTHING,
        ),
        (
            "Cataract surgery R eye, the planned +21.0D IOL inserted, lens checked at time "
            "out and against the biometry, uneventful.",
            NOTHING,
        ),
        (
            "Transfusion of one unit stopped after 20 minutes because of a temperature rise; "
            "unit was correct for the pt and ABO compatible, reaction investigated.",
            NOTHING,
        ),
    ],
)
def test_wrong_unit_or_implant_reached(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
