"""Older blood-group and implant never events and near misses (helper H66).

Implants: a long stem planned and a standard-length one used, a lightweight mesh specified and a
heavyweight one placed, a biological mesh "only" and a synthetic one opened: the implant's own
specification told planned and placed apart is never event 2, whatever side a history names or
reason the plan gives; the planned lens put in on a wrong measurement is neither; a handed
implant's packet told by its side ("a left one") and swapped before use is near miss 2.

Blood and organs: red cells a stem cell graft's donor antibodies would lyse (recipient A, donor
O, group A red cells), the group on the patient's compatibility label against the bag's, the
analyser's group of today's sample against an overridden earlier group: never event 12; an
ABO-incompatible kidney brought to theatre and stopped before any incision: near miss 12.
"""

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
        # dev-23182
        (
            "Revision total elbow. Long stem ulnar component was planned due to bone loss "
            "(documented in MDT outcome). Standard length component used. Not identified until "
            "post op xray. Cons to discuss further surgery with pt.",
            NEVER_EVENT_2,
        ),
        (
            "Revision THR. Long stem femoral component planned because of proximal bone loss. A "
            "standard length stem component was implanted in error. Noted on check xray.",
            NEVER_EVENT_2,
        ),
        (
            "Hip hemiarthroplasty. Plan was a long stem prosthesis, standard length prosthesis "
            "used by mistake; found at implant record check.",
            NEVER_EVENT_2,
        ),
        # dev-80079
        (
            "General surgery - investigation summary, laparoscopic inguinal hernia repair\nThe "
            "operation plan and the consent form specified a lightweight, partially absorbable "
            "mesh because the patient had previously developed chronic groin pain after a "
            "heavyweight mesh repair on the opposite side. The mesh placed was a standard "
            "heavyweight polypropylene mesh. The circulating practitioner opened the mesh from "
            'the default mesh pick list because the planned mesh had been added as a "note" on '
            "the theatre system rather than on the pick list, and the surgeon did not check the "
            "packaging before insertion. The error was discovered at the implant record audit the "
            "following week. The patient was informed and, after discussion, chose not to have "
            "further surgery; he is under follow-up.\nContributory factors: theatre IT system did "
            "not allow non-standard implants on the pick list; no product check by the operating "
            "surgeon.",
            NEVER_EVENT_2,
        ),
        (
            "Laparoscopic hernia repair. Consent specified lightweight mesh. A heavyweight mesh "
            "was opened and inserted. Identified at implant audit.",
            NEVER_EVENT_2,
        ),
        # dev-75023
        (
            "Emergency general surgery - incident report\n\nPatient: 68M, emergency laparotomy "
            "for perforated sigmoid diverticulitis with faecal peritonitis (Hinchey IV). He also "
            "had a large symptomatic parastomal-site hernia from a previous procedure, which was "
            "repaired at the same operation.\n\nAt the team brief and in the op note header the "
            "consultant stated the plan: Hartmann's procedure, and if the hernia was repaired, "
            "biological mesh only because of the contamination.\n\nDuring the repair the surgeon "
            "asked for 'the mesh' and the scrub nurse (agency, unfamiliar with this surgeon's "
            "plan and not present at the brief) opened the synthetic polypropylene mesh that is "
            "usually used for elective hernia repairs. The sticker in the notes confirms "
            "polypropylene.\n\nPost-op: day 12 he developed a deep surgical site infection with "
            "pus discharging from the wound and CT showed a collection around the mesh. He "
            "returned to theatre for mesh removal and washout, and required a prolonged admission "
            "with IV antibiotics.\n\nDuty of candour completed. Learning: mesh type to be stated "
            "and read back at the implant pause; biological mesh to be requested by name.",
            NEVER_EVENT_2,
        ),
        (
            "Incisional hernia repair in a contaminated field. Plan: biological mesh only. Scrub "
            "nurse opened a synthetic mesh which was implanted. Wound infection later.",
            NEVER_EVENT_2,
        ),
    ],
)
def test_implant_specification_planned_and_placed_apart_is_never_event_2(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revision TKR. Long stem tibial component was planned due to bone loss. Long stem "
            "component implanted as planned. Uneventful.",
            NOTHING,
        ),
        (
            "Hernia repair. Lightweight mesh planned. Surgeon decided intraoperatively to use a "
            "heavyweight mesh due to the size of the defect, documented in op note.",
            NOTHING,
        ),
        (
            "Incisional hernia repair. Plan: biological mesh only. Scrub nurse opened a synthetic "
            "mesh, noticed before it was handed to the surgeon, biological mesh opened and used.",
            NEAR_MISS_2,
        ),
        (
            "Phaco RE. Planned +21.0D lens. +12.0D lens implanted in error. Refractive surprise.",
            NEVER_EVENT_2,
        ),
    ],
)
def test_implant_specification_as_planned_changed_on_purpose_or_caught_keeps_its_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev-90085
        (
            "Phaco RE. IOL implanted was the planned +21.0D per biometry printout. Post op "
            "refraction -3.25D (target -0.25). Review: axial length was mismeasured on the "
            "IOLMaster (pt had dense PSC, poor signal, a low SNR reading accepted and the A-scan "
            "not repeated). The correct lens was implanted for the measurement taken. IOL "
            "exchange planned.",
            NOTHING,
        ),
        (
            "Phaco LE. The lens implanted was the planned +22.0D. Refractive surprise due to "
            "wrong axial length measurement at biometry.",
            NOTHING,
        ),
    ],
)
def test_planned_lens_put_in_on_a_wrong_measurement_is_no_wrong_implant(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev-31017
        (
            "during the knee operation the packet that got opened was a left one, the scrub nurse "
            "spotted the L on the box and they got a right one instead. nothing put in wrong, op "
            "carried on",
            NEAR_MISS_2,
        ),
        (
            "Right TKR. Scrub nurse spotted the L on the box of the femoral component before it "
            "was opened onto the trolley, right one obtained. Nothing implanted wrongly.",
            NEAR_MISS_2,
        ),
        (
            "during the hip op the box that was opened was a right one but the pt was having the "
            "left done, noticed before use and swapped.",
            NEAR_MISS_2,
        ),
        (
            "Knee replacement: the packet opened was a left one, nobody noticed and it was "
            "cemented in. Found on post op check of stickers, pt was having right TKR.",
            NEVER_EVENT_2,
        ),
    ],
)
def test_handed_implant_pack_told_by_its_side(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev-16038
        (
            "Post allogeneic SCT pt - recipient group A, donor group O. Transfusion requirements "
            "on LIMS said group O red cells only but flag had not been transferred to the new "
            "LIMS after migration. Issued and transfused group A red cells. Pt developed "
            "haemolysis, bilirubin up, Hb dropped 15. Haematology consultant informed.",
            NEVER_EVENT_12,
        ),
        (
            "Pt 6 months post BMT, own group B, donor group O. Special requirements: group O red "
            "cells. Group B red cells were issued in error and 1 unit transfused. Haemolysis "
            "noted.",
            NEVER_EVENT_12,
        ),
        (
            "Post stem cell transplant, recipient O donor A. Group A red cells transfused in "
            "error. Rigors, stopped.",
            NEVER_EVENT_12,
        ),
        # dev-72131
        (
            "Gastro ward. Two RNs checked the unit against the blood prescription and the "
            "compatibility label at the bedside, both said the pt group was A (reading the compat "
            "label). The compat label was for this pt and stated group O; the bag itself was A "
            "pos - the lab had labelled the wrong unit. Neither nurse compared the group on the "
            "bag with the group on the label. Full unit given. Pt asymptomatic, DAT weak pos.",
            NEVER_EVENT_12,
        ),
        # dev-81073
        (
            "Transfusion lab error: pt grouped as AB pos on a single historic record; the "
            "analyser result today was O pos but the lab BMS manually overrode the analyser flag "
            "to the historic group and issued AB pos platelets and group A red cells. 1 unit red "
            "cells transfused on haem ward; pt developed rigors and BP 74/40, stopped, resus "
            "fluids, HDU. Investigation under way with SHOT/MHRA.",
            NEVER_EVENT_12,
        ),
        (
            "Two nurses checked the unit at the bedside. The compat label was for this patient "
            "and said group B; the bag itself was group A. Nobody compared the two. Unit "
            "transfused in full, pt febrile.",
            NEVER_EVENT_12,
        ),
        (
            "Pt grouped as B pos on an old paper record. The analyser result today was O neg but "
            "the BMS overrode the analyser flag and issued group B red cells. One unit transfused "
            "on the ward; pt developed rigors and hypotension.",
            NEVER_EVENT_12,
        ),
        (
            "Pt grouped as A pos on one previous sample; analyser result on today's sample was O "
            "pos. BMS overrode it and issued group A red cells, which were transfused. Haemolysis.",
            NEVER_EVENT_12,
        ),
    ],
)
def test_red_cells_against_the_donor_label_or_analyser_group_are_never_event_12(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Post allogeneic SCT pt - recipient group A, donor group O. Group O red cells issued "
            "as per transfusion requirements and transfused uneventfully.",
            NOTHING,
        ),
        (
            "Renal transplant recipient group A, donor kidney group O. Later transfused group A "
            "red cells for anaemia, no problems.",
            NOTHING,
        ),
        (
            "Compatibility label on the unit was for our pt and stated group O, the unit label "
            "said A neg. The discrepancy was spotted by the second checker before spiking and the "
            "unit was returned to the lab.",
            NEAR_MISS_12,
        ),
        (
            "Pt grouped as A pos on a previous sample; analyser result today was A pos. Group A "
            "red cells issued and transfused uneventfully.",
            NOTHING,
        ),
    ],
)
def test_compatible_or_caught_units_keep_their_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev-75122
        (
            "Incident: deceased-donor kidney allocated and brought to theatre for a recipient "
            "whose blood group was recorded incorrectly.\n\nThe recipient (group O) was recorded "
            "locally as group A after a transcription error when his transplant work-up was "
            "updated. A kidney from a group A donor was accepted on his behalf overnight. He was "
            "admitted, dialysed and anaesthetised. At the final theatre check before the "
            "back-table preparation was finished, the transplant coordinator compared the NHSBT "
            "offer with the hospital laboratory group, which showed O. The procedure was stopped "
            "before any incision; the patient was woken and the kidney was reallocated by NHSBT "
            "to a compatible recipient at another centre.\n\nThe patient was upset at having been "
            "anaesthetised for nothing and has been seen by the consultant. Actions: the "
            "recipient's group to be printed from the LIMS for every offer and checked by two "
            "people at acceptance, not only in theatre.\n\nThe donor kidney was not used for him "
            "and no transplant took place; the recipient's group has been corrected on the local "
            "database and he remains on the list.",
            NEAR_MISS_12,
        ),
        (
            "Deceased donor liver from a group B donor accepted for a group O recipient after a "
            "transcription error. Patient anaesthetised. Caught at the final check in theatre; "
            "procedure stopped before any incision and the liver reallocated.",
            NEAR_MISS_12,
        ),
        (
            "Kidney from a group A donor transplanted into a group O recipient after a "
            "transcription error in the work-up. Found post-op when the graft failed.",
            NEVER_EVENT_12,
        ),
    ],
)
def test_incompatible_organ_stopped_before_any_incision_is_near_miss_12(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
