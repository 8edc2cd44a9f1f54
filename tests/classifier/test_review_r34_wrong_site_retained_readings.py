"""Review R34: probes just outside mech s3's wrong-site, retained-item and identity readings
(96fc36c9), compared with the base before them (c0f128ab).

s3 read: a part that came off, came away or detached from an instrument as an item gone astray;
the scope taken out as the end of an endoscopy; a snare's, basket's or brush's tip, head or cup
as a retained object; temporary pacing wires cut flush at the skin as left on purpose; a record
"not ... documented" only within two words; a removal forgotten or omitted as one not done;
another trust's never event "shared / reported by" it as a past event; "in theatre" straight
after a paper as where the paper was; a side only set up and stopped as near miss 1.

Two regressions are mended: a fragment left in whose leaving was "not at any point documented"
or "not formally or clearly documented" (three words between the "not" and the record) read no
never event once the denied record had to sit within two words; the taxonomy now also reads the
record denied three words in, adverbs between, while the "not" of "could not be removed
(standard practice, documented)" stays four words off (dev-180369).

Two regressions are strict xfails, each right in base only by a side road: a basket's tip left
"after discussion with the consultant" and documented (the same words with a retractor read
never event 3 in base too; an "after discussion ... left" pattern also excused a swab found
left after a discussion, so not mended), and another patient's label on a consent that also
names the wrong side for this patient (base read near miss 1 only through "in theatre" as a
presence; the missing reading is site_act's, outside s3's modules). Two more strict xfails are
probes main and base both read wrong (a "snare tip" found on the next day's film; a cup left
at an earlier OGD found at a repeat one, removed before that scope was withdrawn). The rest
are guards main reads right, three of them gains over the base (a cup retrieved prior to
removal of the scope, a throat pack omitted and caught before extubation, another trust's
never event circulated as learning)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: a part come off, came away or detached: found later is retained, found outside or intact is
#: nothing, retrieved before the scope came out is near miss 3
CAME_OFF = [
    pytest.param(
        "Colonoscopy with polypectomy. The plastic tip of the snare came off during the "
        "2nd polyp, not noticed at the time. Pt discharged home. AXR the next day for "
        "pain showed the snare tip in the transverse colon, repeat colonoscopy to remove.",
        ("3", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "main and base both wrong: a snare's tip that came off, not noticed, pt sent home, "
                "and the next day's AXR 'showed the snare tip' reads no never event: the film's "
                "finding is read only with the object's words right after it ('AXR the next day "
                "showed the tip of the snare' reads never event 3), and 'came off' with 'not "
                "noticed at the time' and the discharge tells no retention on its own"
            ),
        ),
        id="snare-tip-xray",
    ),
    pytest.param(
        "CVC inserted R IJ in ICU. Part of the guidewire came away inside the vessel when"
        " it was being withdrawn but this was not noticed, line sutured and dressed and "
        "procedure completed. CXR an hour later showed a 10cm length of wire in the SVC, "
        "IR retrieval.",
        ("3", None),
        id="guidewire-came-away-after",
    ),
    pytest.param(
        "OGD and biopsies. The cup of the biopsy forceps came off in the duodenum and "
        "nobody noticed. Scope withdrawn and pt went home. CT abdomen 3 weeks later for "
        "pain showed a small metallic FB in the duodenum.",
        ("3", None),
        id="cup-came-off-found-on-ct",
    ),
    pytest.param(
        "Bronchoscopy, cytology brush head detached in the RLL bronchus. Not noticed "
        "until after the scope was withdrawn and pt in recovery; CXR showed the brush "
        "head, pt returned for repeat bronchoscopy to retrieve it.",
        ("3", None),
        id="brush-head-detached-after-scope-out",
    ),
    pytest.param(
        "ERCP 3 months ago: a wire of the Dormia basket fractured and part of the basket "
        "was left in the CBD. Not documented in the report and pt not told. Seen on CT "
        "this admission.",
        ("3", None),
        id="basket-wire-detached-undocumented",
    ),
    pytest.param(
        "Removed the PICC line on discharge as planned. The line came away easily, tip "
        "intact and length checked against the insertion record. No issues.",
        (None, None),
        id="catheter-came-away-intact",
    ),
    pytest.param(
        "Pt turned in bed and the wound drain came away, drain tip seen intact. Site "
        "dressed, surgical team aware, no further action.",
        (None, None),
        id="drain-came-away-intact",
    ),
    pytest.param(
        "Lap appendicectomy, counts correct at the end. On the ward that evening the "
        "wound dressing came off and the port site was oozing, redressed.",
        (None, None),
        id="dressing-came-off-counts-correct",
    ),
    pytest.param(
        "Pt on telemetry, an ECG lead came off overnight and the leads-off alarm was "
        "silenced. Leads reconnected at 06:00. No instrument or swab involved.",
        (None, None),
        id="ecg-lead-came-off",
    ),
    pytest.param(
        "Colonoscopy: snare tip came off. Found on the trolley after the procedure, pt "
        "had nothing left in. Snare sent back to the supplier.",
        (None, None),
        id="snare-tip-found-on-trolley",
    ),
    pytest.param(
        "OGD: the cup of the biopsy forceps came off in the antrum, seen on screen and "
        "retrieved with a net prior to removal of the scope. No harm.",
        (None, "3"),
        id="cup-retrieved-before-scope-out-guard",
    ),
    pytest.param(
        "Polypectomy 2 months ago; CT today showed a retained wire of the snare in the "
        "rectum. Not noticed at the time of the procedure.",
        ("3", None),
        id="snare-wire-of-snare-retained-ct",
    ),
]

#: the scope taken out ends the endoscopy that left the item, not a later one
SCOPE_OUT = [
    pytest.param(
        "Lap chole 6 months ago. At OGD today a metal fragment of a surgical instrument "
        "from the previous operation was found embedded in the duodenal wall, not "
        "recorded at the time; removed with forceps before the scope was withdrawn.",
        ("3", None),
        id="later-scope-found-old-clip",
    ),
    pytest.param(
        "OGD with biopsies 2 weeks ago, the biopsy forceps cup came off unnoticed. Repeat"
        " OGD today found the metal cup in the antrum, removed with a net before the "
        "scope was withdrawn.",
        ("3", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "main and base both wrong: a forceps cup left at an earlier OGD and found at a "
                "repeat OGD, 'removed ... before the scope was withdrawn', reads near miss 3 (the "
                "retrieval at the second procedure read as a catch before the end; the first "
                "procedure, which left the cup, had ended 2 weeks before)"
            ),
        ),
        id="repeat-ogd-found-cup-removed-before-scope-out",
    ),
    pytest.param(
        "Hysteroscopy 6 weeks after an LSCS for PV discharge found a piece of retained "
        "swab in the uterine cavity from the caesarean. Removed before the hysteroscope "
        "was withdrawn. Swab count at the caesarean had been recorded correct.",
        ("3", None),
        id="hysteroscopy-found-swab-later",
    ),
    pytest.param(
        "ERCP, basket used for stone extraction. After the scope was withdrawn the tip of"
        " the basket was noticed to be missing. AXR in recovery showed it in the CBD, pt "
        "returned for repeat ERCP.",
        ("3", None),
        id="scope-out-then-missing",
    ),
    pytest.param(
        "Rigid cystoscopy: the tip of the grasping forceps came off in the bladder, "
        "retrieved before the cystoscope was removed. Count correct.",
        (None, "3"),
        id="cystoscopy-stent-tip-before-scope-out-guard",
    ),
]

#: a snare's, basket's or polyp's parts
ENDOSCOPY_PARTS = [
    pytest.param(
        "Cold snare polypectomy in the sigmoid. The head of the polyp was lost after "
        "resection and could not be retrieved for histology. Pt informed, repeat "
        "surveillance planned.",
        (None, None),
        id="polyp-head-lost",
    ),
    pytest.param(
        "ERCP: impacted basket with a large stone. After discussion with the consultant "
        "the tip of the basket was left in the CBD with a stent, documented in the "
        "report, plan for repeat ERCP and lithotripsy in 6 weeks.",
        (None, None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "regression of s3 (base right only because a basket's tip was no object): the tip"
                " of a basket left 'after discussion with the consultant', documented in the "
                "report, is no intended retention the engine reads; the same words with a "
                "retractor read never event 3 in base and main, and a pattern of 'after "
                "discussion ... left' also read 'following discussion ... a swab had been left "
                "in' as intended, so not mended"
            ),
        ),
        id="basket-tip-left-on-purpose",
    ),
]

#: pacing wires cut at the skin, and a drain cut flush by mistake
PACING_WIRES = [
    pytest.param(
        "Post CABG, the temporary pacing wires were meant to be removed on day 4 but were"
        " missed and the pt was discharged with the wires still in. Not documented "
        "anywhere. GP found wires protruding from the chest wall.",
        (None, None),
        id="pacing-wires-forgotten-undocumented",
    ),
    pytest.param(
        "Chest drain stitch was cut and part of the drain was cut flush at the skin by "
        "mistake; the tubing retracted into the chest. CT showed a 6cm piece of drain "
        "retained in the pleural space, VATS to retrieve.",
        ("3", None),
        id="drain-cut-flush-retained",
    ),
    pytest.param(
        "CXR at clinic: metallic wires anterior mediastinum. Op note says epicardial "
        "pacing wires were cut short at skin level as they could not be pulled out, "
        "standard practice, documented.",
        (None, None),
        id="pacing-wires-cut-flush-guard",
    ),
]

#: an item left with its record denied, or a record kept
UNDOCUMENTED = [
    pytest.param(
        "ORIF ankle. The tip of the drill bit broke off in the tibia and was left in. "
        "This was not at any point documented in the op note or discussed with the pt; "
        "seen on the x-ray at fracture clinic.",
        ("3", None),
        id="drill-bit-not-at-any-point-documented",
    ),
    pytest.param(
        "Broken needle fragment left in the wound after the repair; the decision to leave"
        " it was not formally or clearly documented. Found on x-ray 2 months later when "
        "the pt complained of pain.",
        ("3", None),
        id="needle-fragment-not-formally-documented",
    ),
    pytest.param(
        "The tip of a k-wire broke during removal and could not be retrieved; the "
        "consultant decided to leave it in situ as removal would cause more damage. This "
        "was documented in the op note and explained to the pt.",
        (None, None),
        id="fragment-left-documented-guard",
    ),
    pytest.param(
        "Following discussion with the surgeon it became clear a swab had been left in "
        "the abdomen at the laparotomy. CT confirmed it, return to theatre for removal.",
        ("3", None),
        id="discussion-then-swab-found-guard",
    ),
    pytest.param(
        "After discussing with the scrub team the registrar realised a needle had been "
        "left in the wound after closure; x-ray confirmed, wound reopened on the ward the"
        " next day.",
        ("3", None),
        id="discussion-then-needle-found-guard",
    ),
]

#: a removal forgotten or omitted: caught before the end, found later, or no retained item at all
FORGOTTEN_REMOVAL = [
    pytest.param(
        "Vaginal hysterectomy. At the count before closure the scrub nurse noticed the "
        "surgeon had forgot to remove the vaginal pack; it was removed before the vault "
        "was closed.",
        (None, "3"),
        id="forgot-pack-caught-at-count",
    ),
    pytest.param(
        "Scrub nurse noticed at the final count that the surgeon had forgotten to remove "
        "a swab from the pelvis; found and removed before the skin was closed. Count then"
        " correct.",
        (None, "3"),
        id="forgotten-swab-caught-before-closure",
    ),
    pytest.param(
        "The anaesthetist omitted to remove the throat pack; the ODP noticed the pack in "
        "situ before extubation and it was removed.",
        (None, "3"),
        id="omitted-throat-pack-caught",
    ),
    pytest.param(
        "Perineal repair after delivery. Midwife forgot to remove the tampon used during "
        "suturing. Woman saw GP 5 days later with offensive discharge and the tampon was "
        "removed.",
        ("3", None),
        id="forgot-tampon-found-by-gp",
    ),
    pytest.param(
        "Post op TWOC planned for day 2 but the nurse forgot to remove the urinary "
        "catheter, it was removed on day 4 instead. Pt developed a UTI.",
        (None, None),
        id="forgot-catheter-removal",
    ),
    pytest.param(
        "Pt discharged from AMU and staff forgot to remove the cannula; pt came back the "
        "next day with the cannula still in his arm, removed, no harm.",
        (None, None),
        id="forgot-cannula-before-discharge",
    ),
    pytest.param(
        "Cannula inserted in ED and forgotten about on the ward, not on the VIP chart. "
        "Found 5 days later with phlebitis, removed, abx started.",
        (None, None),
        id="cannula-inserted-and-forgotten",
    ),
    pytest.param(
        "Practice nurse forgot to remove the sutures at the wound clinic appointment; pt "
        "returned a week later and they were removed.",
        (None, None),
        id="forgot-sutures-clinic",
    ),
]

#: this trust's own never event shared onward, and another trust's
PAST_NEVER_EVENT = [
    pytest.param(
        "L femoral nerve block given in anaesthetic room 3 to a pt listed for a R TKR. "
        "Stop before you block not done. Declared as a wrong side block never event and "
        "shared with the regional network as learning.",
        ("1", None),
        id="own-ne-shared-with-region",
    ),
    pytest.param(
        "Following the wrong site block never event reported by a neighbouring trust last"
        " month, we audited our practice. Today in theatre 2 a pt consented for a R ankle"
        " ORIF had a L popliteal block given before anyone noticed.",
        ("1", None),
        id="own-ne-plus-other-trust-ref",
    ),
    pytest.param(
        "Retained swab found on CT 2 weeks after laparotomy, back to theatre to remove "
        "it. The retained swab never event was reported by our hospital to the ICB.",
        ("3", None),
        id="own-retained-reported-to-ccg",
    ),
    pytest.param(
        "Learning from a wrong site surgery never event circulated by another trust was "
        "discussed at the theatre safety meeting. Our WHO checklist compliance was "
        "reviewed.",
        (None, None),
        id="other-trust-ne-only-guard",
    ),
]

#: a paper or a person in theatre
PAPER_IN_THEATRE = [
    pytest.param(
        "Consent form in theatre had another patient's label on it and said LEFT hernia "
        "repair; this pt was listed and marked for a RIGHT repair. Picked up at sign in, "
        "new consent taken, correct side operated.",
        (None, "1"),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "regression of s3 (base right only by reading 'in theatre' as the patient "
                "present): another patient's label on a consent that also names the wrong side "
                "for this patient is read as only another patient's paper "
                "(site_act._side_set_against_a_plan reads no consent side against the side listed"
                " and marked); base reads it null too without 'in theatre'; the mend belongs in "
                "site_act, outside s3's modules"
            ),
        ),
        id="consent-other-label-and-wrong-side",
    ),
    pytest.param(
        "Wrong patient brought in theatre for a L knee arthroscopy - two pts called Smith"
        " on the list. Picked up at sign in before anaesthetic, correct pt brought.",
        (None, "1"),
        id="wrong-patient-in-theatre-caught",
    ),
    pytest.param(
        "Notes in theatre belonged to another patient. The wrong patient was "
        "anaesthetised and the skin incised for a hernia repair before the error was "
        "noticed; wound closed.",
        ("1", None),
        id="notes-in-theatre-wrong-pt-operated",
    ),
    pytest.param(
        "Consent form in theatre had another patient's addressograph label on the back "
        "page. Procedure and side correct for this pt. Label removed and consent re-"
        "signed.",
        (None, None),
        id="consent-in-theatre-label-only-guard",
    ),
]

#: a wrong side set up, with or without an act before the stop
WRONG_SIDE_SET_UP = [
    pytest.param(
        "Pt listed for R TKR. L leg prepped and the anaesthetist gave a L femoral block "
        "under US. Noticed at time out, stopped, R leg then done.",
        ("1", None),
        id="block-given-after-prep-stopped",
    ),
    pytest.param(
        "Consent for R knee arthroscopy. L knee prepped and draped and the skin incised "
        "for the first portal before the scrub nurse noticed. Stopped, wound closed, R "
        "knee then done.",
        ("1", None),
        id="knee-prepped-incised-stopped",
    ),
    pytest.param(
        "L hand prepped for carpal tunnel release, local anaesthetic infiltrated to L "
        "wrist, then noticed consent was for R. Procedure stopped.",
        ("1", None),
        id="hand-prepped-local-stopped",
    ),
    pytest.param(
        "L chest prepped for a chest drain, pt's effusion is on the R. Local given and "
        "needle inserted on the L before the error was noticed and stopped.",
        ("1", None),
        id="wrong-side-drain-needle-stopped",
    ),
    pytest.param(
        "Pt listed for L inguinal hernia repair; R groin prepped and draped. Picked up at"
        " time out and stopped, re-prepped, L side done.",
        (None, "1"),
        id="prepped-stopped-guard",
    ),
    pytest.param(
        "R eye marked for cataract, consent says L. Noticed at sign in, paused, surgeon "
        "re-marked L eye, L cataract done.",
        (None, "1"),
        id="eye-marked-paused-guard",
    ),
    pytest.param(
        "Pt listed for R knee injection. L knee prepped and the steroid injected into the"
        " L knee. Pt then said it was the wrong knee. Stopped, R knee injected as well.",
        ("1", None),
        id="prepped-then-injected-stopped-after",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAME_OFF)
def test_part_come_off_reads_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), SCOPE_OUT)
def test_scope_taken_out_reads_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), ENDOSCOPY_PARTS)
def test_endoscopy_accessory_part_reads_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), PACING_WIRES)
def test_wires_or_drain_cut_at_the_skin_reads_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNDOCUMENTED)
def test_item_left_with_record_denied_or_kept_reads_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), FORGOTTEN_REMOVAL)
def test_removal_forgotten_or_omitted_reads_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), PAST_NEVER_EVENT)
def test_own_or_another_trusts_never_event_reads_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), PAPER_IN_THEATRE)
def test_paper_or_person_in_theatre_reads_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), WRONG_SIDE_SET_UP)
def test_wrong_side_set_up_then_stopped_reads_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
