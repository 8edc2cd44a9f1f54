"""Where a retained foreign object (never event 3) ends: an item left in after the procedure
ended and found later is never event 3; one found and removed before the procedure ended or the
wound was closed is near miss 3; counts that were wrong then reconciled, items found outside the
patient, packs left by plan, clips, mesh or stents left in as treatment, objects the patient put
in, retained placenta, a film that showed nothing and an item missing from a pack never opened
stay null; a wrong-site act that mentions a count is the wrong site's (never event 1)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

RETAINED = [
    "Lap chole 3/52 ago, re-presented to ED with RUQ pain + fever. CT: radio-opaque swab marker "
    "in the gallbladder bed. Taken back to theatre for removal.",
    "pt seen in gynae OPD 2 wks after her vaginal hysterectomy with offensive discharge, a "
    "retained swab was removed from the vault on examination",
    "Routine CXR on the ward the day after the CVC: length of guidewire seen in the IVC. "
    "Interventional radiology retrieved it.",
    "Following her perineal repair the woman went home. GP found a tampon in the vagina at "
    "day 8, it had not been removed after the repair",
    "post op day 4 xray for ileus shows a surgical needle in the left iliac fossa. counts had "
    "been signed as correct. consultant informed, duty of candour done",
    "Dental extraction last week, pt returned with swelling, OPG showed a fragment of gauze "
    "left in the socket, removed",
    "Pt readmitted 6 weeks after a laparotomy with an abscess; a large swab was found inside "
    "the abdomen at the relook",
    "the throat pack was not removed at the end of the op and was found by the recovery nurse "
    "when the pt coughed it up on the ward",
]

CAUGHT = [
    "Count at closure of the fascia 1 small swab short. Surgeon explored and found it under "
    "the liver edge; removed, count then correct and abdomen closed.",
    "Before skin closure the scrub nurse noted a needle missing. found in the wound and taken "
    "out, recount correct, no harm",
    "CVC in ICU: after suturing the line the nurse asked where the guidewire was - still in the "
    "line, removed before the dressing went on.",
    "lscs - swab count incorrect before the sheath was closed, swab located in the pelvis by "
    "the reg and removed. recount ok",
]

LOOK_ALIKES = [
    "Swab count discrepancy at the end of the case, swab later found on the floor under the "
    "drapes. Count reconciled.",
    "Needle count one short at closure. Needle found in the bin in the anaesthetic room. Count "
    "correct, pt closed.",
    "Nasal packs left in on purpose after septoplasty, documented in the op note with removal "
    "planned at 24h on the ward.",
    "Retained placenta after vaginal delivery, taken to theatre for manual removal. EBL 900ml.",
    "Pt with learning disability swallowed a battery on the ward, XR confirmed it in the "
    "stomach, referred to the surgeons.",
    "Count discrepancy - 1 swab missing. Searched, not found. X-ray in theatre showed no "
    "retained item. Pt informed.",
    "Lap chole last year, CT for something else reports surgical clips in the GB fossa. Pt "
    "worried something was left in her. Clips are meant to stay.",
    "Pt complains of pain from the mesh put in during her hernia repair and says a foreign "
    "object was left inside her. Referred to the mesh clinic.",
    "Ureteric stent inserted at ureteroscopy 2019, pt lost to follow up and stent never "
    "removed, found encrusted on KUB.",
    "Instrument tray short of 1 clip on checking but the tray was never opened. Sterile "
    "services informed.",
    "count 1 swab short at the end of the washout. the reg had sent the swab to micro in a "
    "pot. lab confirmed they had it",
    "CT comment ?retained surgical item. Formal report: the density is an ECG clip on the "
    "skin, no retained item.",
    "Pt told by 111 that a swab was left in her after surgery at another trust; callback "
    "delayed 3 hours.",
    "Endoscopic clips placed to close the polypectomy defect; MRI later delayed as the report "
    "did not give the clip make.",
    "Recovery - pt arrived with a THROAT PACK IN sticker. Anaesthetist confirmed it was taken "
    "out before extubation and was on the count.",
    "Prisoner inserted a biro into his forearm wound, xray shows a plastic fragment in soft "
    "tissue.",
]

WRONG_SITE = [
    "K wires removed from the left hand in clinic, the wires were in the right. Count of wires "
    "correct.",
    "Block needle inserted on the L for a R TKR before the error was noticed, no LA given. "
    "needle count correct at the end.",
]

#: Wordings the engine still gets wrong, with why: a pack sticker with the pack accounted for,
#: and a wrong-site removal the wrong-site readings do not find (another provider's retention
#: told as background is read since H60: retained_item_elsewhere).
NOT_YET = {
    LOOK_ALIKES[14]: "a 'pack in' sticker with the pack on the count is read as a catch",
    WRONG_SITE[0]: "wires removed from the wrong hand: no wrong-site act found",
}

CASES = [
    pytest.param(
        text,
        expected,
        marks=[pytest.mark.xfail(strict=True, reason=NOT_YET[text])] if text in NOT_YET else [],
    )
    for text, expected in (
        [(text, ("3", None)) for text in RETAINED]
        + [(text, (None, "3")) for text in CAUGHT]
        + [(text, (None, None)) for text in LOOK_ALIKES]
        + [(text, ("1", None)) for text in WRONG_SITE]
    )
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_retained_object_boundary(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
