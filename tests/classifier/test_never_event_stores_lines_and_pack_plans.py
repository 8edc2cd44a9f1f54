"""Round 34, never events 1-3: an item "left in the trolley" or a product taken "from the wrong
side of the shelf" names a store, not the patient; a drug put into one line's port instead of
another is a route error, not a site operated on; a needle seen "on" the procedure's own
screening image is where it is meant to be; a pack put in with a written plan for its removal at
a later time is left on purpose. Every one of these readings can rule a finding out, so each has
true never events beside it in which its words appear and the event still reached the patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # stock left in a drawer from another patient's supply: a store, not a retained item
        "Night shift. The HCA found a 10ml ampoule of concentrated KCl left in the drug trolley "
        "drawer from a patient who had moved to another ward. Removed and returned to pharmacy.",
        # a pack put in with a written plan to come out at clinic: left on purpose
        "Anterior nasal pack placed in ED for a nosebleed, plan documented for removal in 48h "
        "at the ENT clinic. The clinic letter was never sent and he came back on day 4 with the "
        "pack still in; removed, no rebleed.",
        # the plan told without a preposition, the removal late
        "Bilateral nasal packs put in after the septal surgery, plan written: remove day 1. The "
        "ward forgot and they came out on day 3.",
        # the needle seen on the injection's own screening image
        "Facet joint injection list. The saved fluoroscopy image shows the needle on the right "
        "L4/5 facet as consented and the injection was uneventful.",
    ],
)
def test_store_or_planned_pack_or_screening_needle_is_no_retained_object(text: str) -> None:
    assert "3" not in never_event_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # an item left in the patient beside stock left in a drawer
        "Lap chole. The spare swabs had been left in the trolley drawer by the first scrub "
        "nurse. A swab was left in the abdomen and found on CT on day 5, removed at "
        "relaparotomy.",
        # a guidewire left in, its packet left on the trolley
        "CVC inserted in ED. The guidewire was left in the patient; its packet was left on the "
        "trolley and nobody checked it. CXR the next day showed the wire in the IVC.",
        # a throat pack whose plan was removal at the end of the operation: no later time
        "Throat pack placed at induction, plan documented to remove at the end of surgery. It "
        "was not removed and was found in the pharynx in recovery after extubation.",
        # a pack with its plan, and a piece of gauze found later
        "Nasal packs put in after septoplasty, plan documented: remove day 2. They were taken "
        "out on the ward. At clinic 3 weeks later a piece of gauze was found in the left "
        "nostril and removed.",
        # the pack's plan written, and a swab not on the count left in
        "Vaginal pack inserted with plan documented to remove in 12 hours. A swab that was not "
        "on the count was also left in the vagina and found by the GP a week later.",
        # a needle on a later CT, not the procedure's screening image
        "Broken needle tip retained after the facet injection: CT two weeks later shows the "
        "needle tip on the facet joint capsule. Removed under GA.",
        # a needle left on a later film, the screening images named for the procedure
        "Lumbar facet injections under screening, images saved. Two weeks later an x-ray for "
        "back pain showed a broken needle tip left on the L4 lamina; removed at surgery.",
        # the post-op film (not screening) showing the needle on the spine
        "Post-op x-ray after the nerve root block shows the needle fragment on the right L5 "
        "transverse process; the tip had snapped off. Retrieved in theatre.",
    ],
)
def test_item_left_in_beside_those_words_is_still_retained(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


def test_implant_from_wrong_side_of_shelf_is_an_implant_not_a_site() -> None:
    text = (
        "L THR. At the implant check the scrub nurse saw the acetabular cup was a size 52 not "
        "the 54 planned; the circulator had taken it from the wrong side of the shelf. Not "
        "implanted; size 54 opened and used."
    )
    codes = never_event_codes(text)
    assert "1" not in codes
    assert "2" in codes


@pytest.mark.parametrize(
    "text",
    [
        # kit from the wrong side of the trolley, then the wrong knee operated on
        "Kit was taken from the wrong side of the trolley. Arthroscopy then performed on the "
        "wrong knee: consent and mark were for the right knee, the left knee was scoped.",
        # notes on the wrong shelf, and the wrong side operated on
        "The notes were on the wrong shelf of the cupboard in the anaesthetic room. Left "
        "inguinal hernia repaired instead of the right one that was listed and consented.",
        # a store's wrong side in the same sentence as the wrong side operated on
        "With the kit from the wrong side of the rack, the surgeon incised the left groin "
        "instead of the right that was consented and marked.",
    ],
)
def test_wrong_side_operated_beside_a_store_is_still_wrong_site(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_drug_into_another_lines_port_is_no_wrong_site_surgery() -> None:
    text = (
        "Surgical ward. IV co-amoxiclav injected into the epidural filter port instead of the "
        "cannula, the two lines lying side by side on the same arm. Epidural stopped, "
        "anaesthetist informed, no deficit."
    )
    assert "1" not in never_event_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a wrong-level injection, with a port named for the sedation
        "Sedation given via the cannula port. Epidural steroid injected at L3/4 instead of the "
        "L5/S1 level that was consented, seen on the saved images afterwards.",
        # the wrong knee injected, a line named elsewhere
        "Steroid injected into the left knee instead of the right knee that was consented. The "
        "patient's IV line had been flushed earlier.",
        # a block on the wrong side, the LA through the catheter hub named
        "Femoral nerve block performed on the left leg instead of the right; LA pushed through "
        "the catheter hub rather than by needle later. Duty of candour done.",
    ],
)
def test_wrong_site_injection_beside_a_line_or_port_is_still_wrong_site(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_size_chosen_on_the_table_and_documented_is_no_wrong_implant() -> None:
    text = (
        "R TKR. Templated size 5 femur; intra-op trials showed size 4 fitted better and the "
        "consultant chose size 4, documented in the op note. The GP letter still said size 5 "
        "and the patient complained the wrong size was used."
    )
    assert "2" not in never_event_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the size chosen and written down, another opened in error and put in
        "L THR. Consultant chose size 54 cup after trialling, documented on the board. The "
        "circulator opened a size 50 cup in error and it was implanted; seen on the implant "
        "record next day.",
        # the size chosen and recorded, the wrong one handed up by mistake
        "R TKR. Surgeon selected size 3 tibial tray, recorded on the whiteboard. The wrong size "
        "was handed up by mistake (size 5) and implanted without the check.",
        # a size chosen (not documented), then a component for the other side put in
        "R TKR. The consultant chose size 4 femur. A left femoral component was implanted on "
        "the right knee; found at the post-op sticker check.",
    ],
)
def test_wrong_implant_after_a_size_was_chosen_is_still_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


def test_checklist_was_not_used_is_no_catch_of_a_retained_wire() -> None:
    text = (
        "CVC inserted by the registrar in resus. The guidewire was seen on the CXR the next day "
        "in the IVC; the insertion checklist was not used. Removed by IR."
    )
    assert never_event_codes(text)[0] == "3"


def test_implant_not_used_is_still_a_catch() -> None:
    text = (
        "Wrong lens opened for the left eye. Noticed at the implant check and the lens was not "
        "used; the correct lens implanted. The safety checklist was followed."
    )
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the mark drawn above the wrong eye, the side told as the one being done: caught
        (
            "PALS call from a son. 'Before his cataract surgery the nurse drew the arrow above "
            "Dad's left eye. It was his "
            "right eye being done. I told her and she wiped it off and drew it on the right.' "
            "The right cataract op went ahead.",
            (None, "1"),
        ),
        # the mark beside the wrong hip, caught at sign-in
        (
            "Pre-op: the HCA put the mark beside his right hip. It was his left hip to be "
            "operated on; the surgeon spotted it at sign-in, mark removed and redrawn on the "
            "left.",
            (None, "1"),
        ),
        # the mark beside the wrong knee, and that knee operated on: reached
        (
            "Day case list. The nurse drew the arrow above his left knee. It was his right knee "
            "being done. Nobody noticed and the left knee was scoped; portals made on the left.",
            ("1", None),
        ),
        # the mark beside the planned eye: nothing wrong
        (
            "Clinic. The nurse drew the arrow above her right eye. It was her right eye being "
            "done and the cataract surgery went ahead.",
            (None, None),
        ),
    ],
)
def test_mark_drawn_beside_a_side_against_the_side_being_done(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes
