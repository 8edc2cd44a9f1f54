"""Never events 1, 3, 5 and 13 on hard negatives: a procedure told as done on the correct side in
the first place ("Block performed on the correct side after the block checklist was done") is no
redo after a wrong act, for the rules or the learned model; a wristband read at the check as
another person's ("his wristband was a different O'Brien"), with the patient not yet put to
sleep, is a wrong-patient near miss (a band "of a different colour" is no other person); an item
found lying about the ward (bed space, floor, linen) is not an item left in a patient; another
drug given IV by its own cannula beside a running epidural is no epidural medicine given IV; a
feed started in a sentence after the misplaced tube was replaced is the redo's, not a use of the
misplaced tube. Each reading also has true never events (and near misses) in which its words
appear beside the real event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NONE = (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE1: done on the correct side in the first place
        (
            "Block performed on the correct side after the block checklist was done, no issues.",
            NONE,
        ),
        (
            "Chest drain inserted on the correct side after the safety checklist was completed.",
            NONE,
        ),
        ("Injection done at the correct site, procedure uneventful.", NONE),
        ("The operation was performed on the correct knee and went well.", NONE),
        ("Time out completed and the correct side was operated on.", NONE),
        (
            "Nerve block was performed on the correct side following the stop before you block "
            "check.",
            NONE,
        ),
        # ... and a wrong act told beside such words
        (
            "Block started on the left which was the wrong side, stopped. Block then performed "
            "on the correct side, no issues.",
            ("1", None),
        ),
        (
            "Regional block given into the L leg, pt listed for R TKR. Block performed on the "
            "correct side after a repeat stop before you block.",
            ("1", None),
        ),
        ("Wrong side block given. Block performed on the correct side, no issues.", ("1", None)),
        (
            "Femoral block needle inserted on the L, consent said R. Realised after injecting. "
            "Block repeated on the correct side with no issues.",
            ("1", None),
        ),
        (
            "Incision made on the wrong finger; wound closed and correct digit released.",
            ("1", None),
        ),
        # NE1: the wristband read at the check as another person's, nothing done yet
        (
            "Porter. Theatre asked me to bring Mr O'Brien bay 4. The nurse said thats him in bed "
            "3. I took him down. In the anaesthetic room they did the checks and his wristband "
            "was a different O'Brien. He had not been put to sleep or anything. I took him back "
            "and brought the right one.",
            (None, "1"),
        ),
        (
            "Porter collected pt from bed 6 for endoscopy. At the sign in the name band showed a "
            "different Patel, pt returned to ward before any sedation and the correct pt brought "
            "down.",
            (None, "1"),
        ),
        (
            "Theatre called for Mrs Hughes. Ward sent the lady in side room 2. Checks in the "
            "anaesthetic room - her wristband said another patient's name. Nothing done, she went "
            "back to the ward.",
            (None, "1"),
        ),
        (
            "Endoscopy - sign in for colonoscopy, the nurse had prepared the consent and labels "
            "for a pt with similar name and different DOB. Picked up at the time out before "
            "sedation given, procedure not started.",
            (None, "1"),
        ),
        # ... the band's kind is no other person; a wrong patient operated on is an event
        (
            "Pt wristband was a different colour (red for allergy) checked at sign in for the "
            "knee arthroscopy, all correct.",
            NONE,
        ),
        (
            "Pt anaesthetised and knife to skin for hernia repair before the team noticed the "
            "wristband was a different Jones. Wrong patient operated on.",
            ("1", None),
        ),
        # NE3: an item found lying about the ward
        ("Domestic found a needle cap lying in the bed space and put it in the sharps bin.", NONE),
        ("Porter found a needle lying in the bed space after the pt was discharged.", NONE),
        ("Nurse found a swab lying in the bedspace when making the bed.", NONE),
        (
            "Relative found a needle cap lying in the pts bed and handed it to staff.",
            NONE,
        ),
        # ... and items left in the patient
        (
            "my mum had operation on her bottom and 3 weeks later a cotton thing came out when "
            "she went to the toilet, the GP said it was a swab from the operation.",
            ("3", None),
        ),
        (
            "Pt found a swab lying in her bed on day 4, it had come out of her abdominal wound "
            "after the laparotomy.",
            ("3", None),
        ),
        (
            "At re-laparotomy a large swab was found lying in the pelvis, left at the first "
            "operation.",
            ("3", None),
        ),
        (
            "Midwife found a vaginal swab lying in the vagina at the postnatal check 2 days after "
            "the perineal repair.",
            ("3", None),
        ),
        (
            "Scrub nurse count incorrect at closure, one swab missing. X-ray on table showed the "
            "swab in the abdomen, retrieved before closure.",
            (None, "3"),
        ),
        # NE5: another drug by its own cannula beside a running epidural
        (
            "Epidural running for post op pain. Co-amoxiclav 1.2g given via the cannula at 18:00 "
            "as prescribed.",
            NONE,
        ),
        (
            "Labour epidural infusing at 10ml/hr. Hartmann's 1L running through the venflon, "
            "syringe driver checked.",
            NONE,
        ),
        (
            "Thoracic epidural for analgesia. Tazocin 4.5g infused via the PICC as charted, no "
            "concerns.",
            NONE,
        ),
        # ... and the epidural's own medicine put into the vein
        (
            "Epidural bupivacaine bag connected to the IV cannula in error, pt became hypotensive.",
            ("5", None),
        ),
        (
            "Epidural bupivacaine infusion connected to the cannula in error. IV paracetamol 1g "
            "given via the cannula at 18:00.",
            ("5", None),
        ),
        (
            "Levobupivacaine epidural syringe was attached to the pts iv line by mistake, noticed "
            "after 20 mins. Gentamicin due at 18:00.",
            ("5", None),
        ),
        # NE13: the feed started after the misplaced tube was replaced
        (
            "CXR 14:06 NGT in bronchus. Tube removed, new NGT passed, pH 4. Feed started at 16:30.",
            (None, "13"),
        ),
        (
            "NG tube placement xray showed tip in R main bronchus. NGT pulled out and re-passed, "
            "aspirate pH 5. Feed commenced.",
            (None, "13"),
        ),
        # ... and a use of the misplaced tube before it was replaced
        (
            "NGT in R bronchus on CXR. 200ml feed had already been given through it. Tube "
            "removed, new NGT passed.",
            ("13", None),
        ),
        (
            "NG feed running 4 hrs then CXR showed the NGT in the R main bronchus. Tube removed, "
            "new tube passed, pH 4. Feed restarted.",
            ("13", None),
        ),
        (
            "NGT in bronchus on xray. Water flush given via the tube before the film was "
            "reviewed. Tube replaced, pH 4, feed started.",
            ("13", None),
        ),
        (
            "Reporting radiographer attached the NG position report to an old CXR showing a tube "
            "in the stomach. New tube was actually in the trachea. Feed started on the strength "
            "of the report.",
            ("13", None),
        ),
    ],
)
def test_hard_negatives_read_apart_from_true_events(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
