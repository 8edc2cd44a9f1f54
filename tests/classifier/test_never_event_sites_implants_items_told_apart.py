"""Round 35, never events 1-3: the shoulder blade is the body, not a scalpel blade; an audit
that found none of the never events it lists, a needle left lying in the bed linen, a
checklist box's words ("'throat pack removed' box ticked"), a check not made after an item was
taken out, and an op note's plan for a pack's removal in the community are no retained item;
an identity check showing a different name/DOB before any needle is a wrong-patient near
miss; an imaging report or referral that had the side wrong is the framework's exclusion, but
anatomy visible on the pre-op imaging is not unexpected; the portal made on the wrong knee and
a block given after its check was not repeated are wrong site surgery even when the planned
side is then done. Each denial or exclusion also has true never events in which its words
appear in an innocent role."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shoulder blade: anatomy, not an item
        (
            "Pt complained the wrong lump was removed: the cyst over her left shoulder blade is "
            "still there and a skin tag on the right flank was excised instead. The consented "
            "cyst was photographed in clinic but the site was not marked.",
            ("1", None),
        ),
        # ... a blade left in beside the same words stays a retained item
        (
            "Excision of lipoma over the right shoulder blade. X-ray next day for pain showed a "
            "scalpel blade tip retained in the wound. Returned to theatre for removal.",
            ("3", None),
        ),
        (
            "Pt had a sebaceous cyst removed from her shoulder blade. At the wound check a "
            "broken blade fragment was found still in the wound under the sutures.",
            ("3", None),
        ),
        (
            "Lipoma excision between the shoulder blades. Post op x-ray: a retained swab in the "
            "wound. Count had been recorded as correct.",
            ("3", None),
        ),
        # audit finding none of the listed never events
        (
            "Monthly audit of the surgical safety checklist, day surgery: 30/30 cases had a "
            "sign out. No wrong site, implant or retained swab identified. Report to governance.",
            (None, None),
        ),
        # ... the words beside a real retained item
        (
            "Count at closure recorded as correct and no retained item identified on the count "
            "board, but the pt's CT 3 weeks later showed a swab retained in the pelvis.",
            ("3", None),
        ),
        (
            "No count was done in the colposcopy room. The pt returned 5 days later with "
            "discharge and a retained swab was found in the vagina.",
            ("3", None),
        ),
        (
            "No wrong site identified at the time out. At the end of the case a guidewire was "
            "retained in the femoral vein, seen on the post procedure CXR.",
            ("3", None),
        ),
        # needle left in the bed linen: a sharps injury, not a retained item
        (
            "HCA had a needlestick injury from a used subcut needle left in the bed linen after "
            "the morning injections. Reported to occupational health.",
            (None, None),
        ),
        # ... a needle left in the patient, with the bed named beside it
        (
            "After the lumbar puncture the needle tip had broken off and was left in the back; "
            "seen on x-ray. The used swabs were left on the bed.",
            ("3", None),
        ),
        (
            "A suture needle was left in the wound after the laceration repair in ED, found on "
            "x-ray 2 days later. The sharps had been left on the bed linen.",
            ("3", None),
        ),
        (
            "Pt back on the ward after the knee washout; a swab was found in the wound at the "
            "first dressing change, left in at closure. Dressing packs were left on the chair.",
            ("3", None),
        ),
        # checklist box words: not the pack found; the pack found before extubation is caught
        (
            "ENT theatre, tonsillectomy. The 'throat pack removed' box was ticked at sign out. "
            "Pt extubated and taken to recovery, where the throat pack was found in the pharynx "
            "when she desaturated.",
            ("3", None),
        ),
        (
            "Dental GA. The 'throat pack removed' box was ticked on the checklist by the ODP "
            "but the pack was not removed: pt extubated, and the pack was found in her mouth on "
            "the ward 2 hours later.",
            ("3", None),
        ),
        (
            "Septoplasty. Swab count correct box ticked at closure. On day 1 a swab was found "
            "still in the nose when the splints came out; it had not been on the count.",
            ("3", None),
        ),
        # a check not made after the item came out: not an item left in
        (
            "Post-op MRI shows L3/4 decompressed, symptomatic level L4/5: the wrong level. Level "
            "x-ray was not repeated after the marker needle was removed. Pt needs further surgery.",
            ("1", None),
        ),
        # ... a drain not removed stays left in, whatever follows it
        (
            "Chest drain tip was not removed with the drain; CXR not repeated after it came out. "
            "CT a week later showed 4cm of the drain retained in the pleura.",
            ("3", None),
        ),
        (
            "Guidewire was not removed after the central line was sited; CXR shows the whole "
            "wire in the IVC.",
            ("3", None),
        ),
        (
            "The swab was never removed from the wound. A check x-ray was not taken after the "
            "drains were withdrawn. Pt re-presented with a sinus and the swab was retrieved.",
            ("3", None),
        ),
        # the op note's plan for a pack to come out in the community: left on purpose
        (
            "Abscess drained and packed with ribbon gauze; op note says 'pack to be removed by "
            "DN day 2'. DN referral never sent. Pack found still in at the GP on day 7.",
            (None, None),
        ),
        # ... with another item left in, or no plan at all
        (
            "Abscess drained; op note says 'pack to be removed by DN day 2'. DN removed the pack "
            "on day 2 and found a second piece of gauze deep in the cavity which had not been "
            "recorded anywhere.",
            ("3", None),
        ),
        (
            "Nasal surgery; op note says 'packs to be removed on day 1'. Packs removed day 1 but "
            "a swab was found in the nose at clinic on day 10. Swab was not on the count.",
            ("3", None),
        ),
        # the imaging report or referral had the side wrong: excluded
        (
            "US guided biopsy taken from the right breast as per the imaging report. At MDT the "
            "radiologist found the report had the side wrong: the lesion is in the left breast. "
            "Recalled for a left biopsy.",
            (None, None),
        ),
        (
            "Excision of a BCC on the left cheek as per GP referral. Pt said the lesion was on "
            "the right; the GP confirmed the referral letter had the side typed incorrectly.",
            (None, None),
        ),
        # ... the team's own clinic letter is no outside source
        (
            "Consent said right L4/5 microdiscectomy; the registrar marked the left from the "
            "clinic letter. The clinic letter had the side wrong. Left marked and caught at time "
            "out before any incision: mark removed and right side done.",
            (None, "1"),
        ),
        (
            "Pt listed for R inguinal hernia repair; the surgeon operated on the left groin. The "
            "MRI report had the side correct and the referral letter was correct.",
            ("1", None),
        ),
        # anatomy seen on the pre-op imaging: not unexpected
        (
            "Discectomy done at L3/4 instead of L4/5, the wrong level. Level counted from the "
            "sacrum on one image; a transitional lumbosacral vertebra that was visible on the "
            "pre-op MRI had not been taken into account.",
            ("1", None),
        ),
        (
            "Discectomy done at L3/4 instead of L4/5, the wrong level. A transitional lumbosacral "
            "vertebra not seen on any pre-op imaging made the count unreliable.",
            (None, None),
        ),
        # the portal made on the wrong knee, the planned knee then done: wrong site
        (
            "pt listed for L knee arthroscopy. R leg prepped by mistake. surgeon made the "
            "anteromedial portal on the R knee and had the scope in before the error was seen. "
            "R portal closed, then L knee done as planned.",
            ("1", None),
        ),
        # ... only the leg prepped: a near miss
        (
            "pt listed for L knee arthroscopy. R leg prepped and draped by mistake; at time out "
            "the reg saw the arrow on the L thigh. Drapes off, then L knee done as planned.",
            (None, "1"),
        ),
        # a block given after its check was not repeated: reached
        (
            "Pt for L TKR, adductor canal block planned. The block was given to the RIGHT thigh: "
            "the registrar did not repeat the Stop Before You Block check before inserting the "
            "needle. 20ml levobupivacaine given.",
            ("1", None),
        ),
        # ... the check not repeated, then a catch before the needle went in: a near miss
        (
            "Pt listed for L TKR, adductor canal block planned. R thigh prepped for the block by "
            "mistake. The registrar did not repeat the Stop Before You Block check, but the ODP "
            "stopped him before the needle went in. Block then done on the L.",
            (None, "1"),
        ),
        # the lens box read as for the wrong eye and power, or checked against the printout
        # instead of the consented eye: the lens is wrong, not the eye operated on
        (
            "Cataract list. The lens for another patient's L eye was opened for this R eye case: "
            "the scrub nurse read the box and found wrong eye and wrong power. Not inserted; "
            "correct lens fetched.",
            (None, "2"),
        ),
        (
            "Phaco R eye. The IOL chosen from the L eye biometry printout was implanted; the box "
            "had been compared with the printout rather than with the consented eye. Refractive "
            "surprise at day 1, IOL exchange.",
            ("2", None),
        ),
        # ... beside an operation on the wrong eye, which stays wrong site surgery
        (
            "Pt listed for R phaco. Time out compared the lens box with the printout rather than "
            "with the consented eye, and nobody looked at the arrow: the surgeon operated on the "
            "left eye. Pt informed, DoC.",
            ("1", None),
        ),
        (
            "Intravitreal injection given into the wrong eye: the L eye was listed and the R eye "
            "was injected. The lens box check at the earlier cataract op had been compared with "
            "the printout rather than with the consented eye.",
            ("1", None),
        ),
        (
            "YAG capsulotomy done on the wrong eye, R instead of L. The notes also hold a lens "
            "box label from last year's cataract op, annotated wrong eye and wrong power.",
            ("1", None),
        ),
        # the identity check showing a different name and DOB before any needle: a near miss
        (
            "Ward 4 - pleural aspiration planned for the pt in bed 3. The registrar marked the pt "
            "in bed 13 instead, who has a similar surname. At the safety pause the nurse read the "
            "wristband against the request and saw the different name/DOB. Stopped before any LA.",
            (None, "1"),
        ),
        # ... the same words after the wrong patient had the procedure: still a never event
        (
            "Endoscopy: the wrong pt was taken into the room and had a gastroscopy meant for the "
            "pt in bay 2. In recovery the nurse saw the different name/DOB on the wristband and "
            "the request.",
            ("1", None),
        ),
        (
            "Skin lesion excised from the wrong patient: Mrs A Jones had the excision planned for "
            "Mrs A Joyce. Only afterwards did the HCA notice the different name/DOB on the "
            "consent form.",
            ("1", None),
        ),
        # ... and with no procedure at all: nothing
        (
            "Blood results filed in the wrong notes: the clerk noticed the different name/DOB on "
            "the lab report.",
            (None, None),
        ),
    ],
)
def test_sites_implants_items_told_apart(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
