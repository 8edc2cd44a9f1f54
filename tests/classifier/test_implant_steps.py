"""How far the wrong implant got (`engine.implant_steps`): an implanting step (implanted,
inserted, impacted, "went in", "put in") told done before any catch is never event 2; an implant
only opened, loaded, crimped or handed, with a catch told before the implanting step ("noticed
before insertion", "read the box before loading it", "Before it was handed up ... saw"), the step
denied ("not implanted", "49 not used") or the right one told opened after it ("correct lens got",
"New Mirena used"), is near miss 2 however the difference is worded, and not near miss 1 beside
it; a wrong trial or sizer with the definitive implant right is no event. Look-alikes (an
intentional documented change, a programmable setting, a damaged or dropped implant replaced, a
wrong site or level with an implant) keep their reading.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        None,
        None,
        "TKR: templated size 5 femur but at trialling a size 4 fitted the bone cuts "
        "better, so the consultant changed to size 4 and documented the reason in the op "
        "note.",
    ),
    (
        None,
        None,
        "Planned cemented cup; bone stock poor at reaming so the consultant decided on an"
        " uncemented revision shell instead, rationale recorded in the op note.",
    ),
    (
        None,
        None,
        "IOL model on the plan was out of stock, the surgeon chose an equivalent lens, "
        "recalculated the power and wrote the change on the biometry sheet before the "
        "list started.",
    ),
    (
        None,
        None,
        "trial liner of the wrong size put in during the trial reduction, swapped for the"
        " correct trial. Definitive liner correct.",
    ),
    (
        None,
        None,
        "Programmable VP shunt valve found on setting 2.0 instead of 1.5 after the pt's "
        "MRI scan, reprogrammed by the neurosurgical nurse.",
    ),
    (
        None,
        None,
        "Wrong size sizer used at trialling of the humeral head, corrected, the final "
        "implant was the right one.",
    ),
    (
        None,
        None,
        "Planned 14mm poly insert, surgeon went up to 16mm because the knee was unstable "
        "in extension, decision agreed with the consultant and documented.",
    ),
    (
        None,
        "2",
        "Cemented stem opened instead of the planned uncemented one; the reg spotted it "
        "on the back table before it was implanted. Correct stem opened.",
    ),
    (
        None,
        "2",
        "ODP handed up a 24.0D IOL but the plan was 22.0D - surgeon read the box before "
        "loading it into the injector. Swapped, no harm.",
    ),
    (
        None,
        "2",
        "Size 3 tibial tray opened when the templated size was 4; scrub noticed the label"
        " before cementing and size 4 was used.",
    ),
    (
        None,
        "2",
        "Uncoated mesh opened for the lap ventral hernia when a coated one was requested,"
        " spotted by the consultant before it went in. Correct mesh got.",
    ),
    (
        None,
        "2",
        "Left femoral component opened for a R TKR, noticed by the scrub nurse prior to "
        "implantation, right one fetched.",
    ),
    (
        None,
        "2",
        "Copper IUD loaded into the inserter although the woman had chosen the hormonal "
        "coil; the nurse spotted it before fitting, correct one used.",
    ),
    (
        None,
        "2",
        "Non MRI-conditional pacing lead opened for a pt needing MRI scans, cardiologist "
        "checked the label before inserting it and got the conditional one.",
    ),
    (
        None,
        "2",
        "lens for the other eye opened on the trolley, HCA noticed the box said L when we"
        " were doing the R, not put in, right lens fetched",
    ),
    (
        None,
        "2",
        "Stent opened was 10mm not the 8mm requested; radiologist read it back before "
        "deployment and a new one was opened.",
    ),
    (
        "2",
        None,
        "The lens implanted in the L eye was the power calculated for the R eye; found at"
        " the post op refraction check, lens exchange booked.",
    ),
    (
        "2",
        None,
        "A 32mm head was impacted onto the 28mm liner; picked up on the post op x-ray. "
        "Revision planned.",
    ),
    (
        "2",
        None,
        "Standard length stem inserted although a long stem had been planned for the bone"
        " loss; noticed on the post op x-ray.",
    ),
    (
        "2",
        None,
        "Right-sided volar plate fixed to the left distal radius, found at the check "
        "x-ray the next day.",
    ),
    (
        "2",
        None,
        "Round 300cc implant inserted into the L breast although the plan was anatomical "
        "300cc; found when the stickers were reconciled.",
    ),
    (
        "1",
        None,
        "Grommet inserted into the R ear; the L ear was listed and consented. Found at "
        "the follow up clinic.",
    ),
    (
        "1",
        None,
        "Pedicle screws placed at L3-4 when the plan was L4-5, level not checked with II."
        " Return to theatre.",
    ),
    (
        "2",
        None,
        "Wrong implant: uncemented stem was implanted for the cemented hemi that was "
        "planned, found at closure.",
    ),
    (None, "2", "Wrong lens opened for pt 3, spotted before insertion, correct lens used."),
    (
        "1",
        None,
        "Knee arthroscopy done on the left knee, the right was consented. Noticed at the "
        "end of the procedure.",
    ),
    (
        None,
        None,
        "Implant rep brought the wrong loan kit, sizes checked against the plan the day "
        "before the list and the correct kit ordered. No pt involved.",
    ),
    (
        None,
        "2",
        "Hip hemi: ODP opened a 47 head, the trial that sat well was a 45. Reg read the "
        "box before impaction and a 45 was opened, 47 wasted.",
    ),
    (
        None,
        "2",
        "pt booked for Jaydess, nurse had a Mirena loaded in the inserter. HCA queried it"
        " before the nurse fitted it - Jaydess got from the cupboard.",
    ),
    (
        None,
        "2",
        "TAVI: 29mm valve crimped onto the delivery system, CT plan said 26mm. "
        "Cardiologist asked for the size read-back before deployment. new 26 valve "
        "crimped, delay 25 min.",
    ),
    (
        None,
        "2",
        "Lens box in the pts tray was for the L eye and we were doing his R. scrub nurse "
        "spotted it before loading the injector. Correct lens obtained from the store.",
    ),
    (
        None,
        "2",
        "cup was 50 not the 52 the consultant asked for, spotted at the implant pause "
        "before it was passed up. 52 opened and impacted. no harm.",
    ),
    (
        None,
        "2",
        "During the ERCP a covered metal stent was loaded but the pt was listed for an "
        "uncovered one; endoscopist checked the name before deploying it. swapped.",
    ),
    (
        None,
        "2",
        "Grommet opened was a T-tube, surgeon noticed before insertion, correct grommet inserted.",
    ),
    (
        None,
        "2",
        "Knee replacement: the tibial insert on the back table was 12mm, the trial was "
        "10mm. Registrar compared the two before it went in. 10mm opened.",
    ),
    (
        None,
        "2",
        "Breast implant in the surgeon's hand read 'high profile', the plan said "
        "moderate. Reg stopped him prior to insertion and the right one was opened.",
    ),
    (
        None,
        "2",
        "Femoral head 28 opened but liner in situ was 32; scrub nurse said it wouldnt fit"
        " before it was impacted, 32 head opened and used",
    ),
    (
        None,
        "2",
        "The IOL handed to the surgeon was the one for the next pt on the list. Nurse "
        "read the name out before it went in the eye; correct lens got from the next "
        "tray.",
    ),
    (None, "2", "Wrong size mesh opened and passed up; not introduced, a new one was opened."),
    (
        "2",
        None,
        "Cemented stem opened when uncemented was planned, not noticed and it was "
        "impacted. Found at the stickers reconciliation.",
    ),
    (
        "2",
        None,
        "Lens for the fellow eye was loaded and inserted; refraction at 1 week -3D. "
        "exchange booked.",
    ),
    (
        "2",
        None,
        "The 14mm insert went in although a 12 was templated and trialled; noticed on the"
        " implant record after closure.",
    ),
    (
        None,
        None,
        "Lens opened onto the trolley, packaging found to be damaged before insertion, "
        "new lens opened. No harm.",
    ),
    (None, None, "Stent dropped on the floor before deployment, new one opened."),
]


@pytest.mark.parametrize(("never_event", "near_miss", "text"), CASES)
def test_how_far_the_wrong_implant_got(
    never_event: str | None, near_miss: str | None, text: str
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)
