"""A learned wrong site (never event 1) needs a discrepancy told: an error word, two sides,
levels, digits, numbered places or patients of one name, several lesions, the real one, or a
plan set against the act. A routine report of a procedure done where it was meant to be, with
something else gone wrong or nothing (a faint, a wait, a bleed, pain, a broken machine), tells
none of them, whatever side, level and procedure words the model weighs. A learned wrong route
(never event 5) needs a product of one: a vinca, an oral or enteral product, an epidural
medicine."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import learned_finding_ruled_out, never_event_codes

NO_WRONG_SITE = "no wrong site told"

ROUTINE_PROCEDURES = [
    # spinal and pain injections
    "R L3/4 facet joint injection planned. Injected at L3/4 under xray by the consultant, "
    "no complications.",
    "pain list: L L4/5 and L5/S1 medial branch blocks done, pt unhappy about a 3 hour wait",
    "RF denervation L4/5 L5/S1 bilateral done today. pt had a vasovagal on the couch",
    "Medial branch blocks L L2/3 L3/4 L4/5 under fluoro, 70% relief, booked for RF. "
    "Procedure note scanned late.",
    "Caudal epidural with steroid done, pt tripped leaving the room, no injury",
    # joint injections and blocks
    "pt attended for L knee steroid injection in the msk clinic. injection given, pt said "
    "it hurt a lot and wants to complain about the clinician's manner",
    "Steroid injection into R carpal tunnel done in clinic, skin thinning at the site at 8 weeks",
    "Interscalene block L for L shoulder arthroscopy, stop before you block done. Hoarse "
    "voice post op, resolved.",
    "Fascia iliaca block R side for R NOF in ED. block done, pt still in pain, oramorph given",
    "pt booked for L knee steroid injection, given in clinic, pt fainted afterwards",
    "Listed for L TKR, adductor canal block L done, surgery done, pt had PONV",
    # lines, drains, biopsies, IR
    "Chest drain inserted R side for R pleural effusion under US. drain blocked overnight, flushed",
    "renal biopsy R native kidney done under US. Frank haematuria after, bed rest, Hb stable",
    "Lumbar puncture L4/5 done on the ward, CSF sent, headache after, analgesia given",
]


@pytest.mark.parametrize("text", ROUTINE_PROCEDURES)
def test_a_routine_procedure_report_is_no_learned_wrong_site(text: str) -> None:
    assert learned_finding_ruled_out(text, "1") == NO_WRONG_SITE
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # an error word
        "Epidural steroid injection given at the wrong level, pt informed",
        "colonoscopy performed instead of the flexi sig on the request",
        # two sides, in words or by a lobe or lid
        "steroid injected into the L shoulder, clinic letter says R shoulder",
        "chalazion I+C listed RUL, the LUL was incised and curetted",
        # two levels, two digits (a bare ordinal beside a numbered one)
        "Facet injections done at L3/4, MRI and referral were for L5/S1",
        "trigger finger injection went into the ring finger, the triggering one is the middle one",
        "toe fusion - 2nd toe fused, consent and mark were for the 3rd",
        # two numbered places, two patients of one name
        "ascitic drain put in the pt in bed 12, requested for the pt in bed 14",
        "Mrs A had Mrs B's liver biopsy, same surname, called by surname only",
        # several lesions, the real one
        "3 moles close together on his back, the one excised was benign, the melanoma sat "
        "beside it",
        "OGD done, picked up when the real Mr D arrived asking why he had not been called",
        # a plan set against the act
        "Listed and consented for hysteroscopy + polypectomy, op note says endometrial ablation "
        "performed. Pt wants another baby.",
        "consented for frenuloplasty, circumcision performed, pt very distressed",
        "biopsy planned for the BCC on the R temple, lesion taken from the R cheek, pt will need "
        "another procedure",
        "Pt attending for a review only had an intravitreal injection, the patient due to be "
        "injected was the next on the list",
    ],
)
def test_a_discrepancy_told_lets_a_learned_wrong_site_stand(text: str) -> None:
    assert learned_finding_ruled_out(text, "1") != NO_WRONG_SITE


@pytest.mark.parametrize(
    "text",
    [
        # a plan done as planned, or sent on, or a cause
        "R hip injection under xray as planned, pt had leg numbness for 4 hours",
        "US guided R breast core biopsy as per MDT plan, small haematoma",
        "dental: UR6 root canal, pt referred to the endodontist, not sure of the anatomy",
        # "left" as a verb, a volume, an initial and a review are no second side
        "R carpal tunnel release under LA, tourniquet left inflated 20 mins longer than needed",
        "Pleural aspiration R side, 1L straw fluid drained, R/V by reg, no pneumothorax",
        # one level or digit named, told in the plan and the act alike
        "L4/5 microdiscectomy planned, L4/5 decompressed, dural tear not repaired, pt flat",
        "R ring finger trigger release listed, ring finger released, pt not happy with the wait",
        # lesions named one at a time, polyps at a scope
        "colonoscopy: 3 polyps removed, pt had pain after, observed and discharged",
    ],
)
def test_look_alikes_of_a_discrepancy_tell_no_wrong_site(text: str) -> None:
    assert learned_finding_ruled_out(text, "1") == NO_WRONG_SITE


@pytest.mark.parametrize(
    "text",
    [
        "Intrathecal methotrexate given by the haematology reg in the day unit, headache after",
        "IT methotrexate and IT cytarabine given at LP as per protocol, pt vomited after",
    ],
)
def test_intrathecal_chemotherapy_alone_is_no_learned_wrong_route(text: str) -> None:
    assert learned_finding_ruled_out(text, "5") == "no product of a wrong route named"
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "vin christine given intrathecally in the day unit",
        "liquid paracetamol suspension given through the cannula",
        "epidural bupivacaine bag connected to the cannula and run",
        "nimodipine contents drawn into a luer syringe and given via the 3 way tap",
    ],
)
def test_a_product_of_a_wrong_route_lets_a_learned_wrong_route_stand(text: str) -> None:
    assert learned_finding_ruled_out(text, "5") != "no product of a wrong route named"
