"""Never event 1 and its near miss read in round 42's forms: skin prep or drapes told as "done"
on a side, a part lined up at the laser, a level marked one too high and the wrong patient sent
are catches, not acts; bowel prep the wrong patient took is no procedure begun; a wrong site
taken from the referral (its writer owning the slip, or the referral's side the only side done)
is excluded; an operation done as per consent and mark, a complaint the kit's marks explain and
a further procedure the consent named are no wrong site; needles told on the saved images and a
lens for the other eye are the injection's and the implant's, not a retained item or a site."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # skin prep or drapes told as done on the wrong side, caught before anything invasive
        "Listed for R knee arthroscopy. In theatre the skin prep was done on the L and drapes "
        "applied before the time out. At time out the consent was read, R knee. Stopped, "
        "nothing else done, re-prepped R.",
        "Right shoulder arthroscopy planned. Draping was completed over the left shoulder. "
        "Anaesthetist noticed at the time out, no incision made.",
        # a part lined up at the laser on the wrong side, the laser's contact lens on it
        "Asked to do the SLT laser on the L eye. R eye lined up at the laser with the gonio lens "
        "on when the pt said it was the other eye. Stopped, no laser fired.",
        # the level marked one out, found on the marker film before the incision
        "Lumbar discectomy planned at L4/5. Marker xray showed the skin mark was 1 level too low "
        "at L5/S1. Mark moved before incision.",
        # the wrong patient sent, stopped at the check
        "Ward sent the wrong man for the cystoscopy list; identified at the safety pause, nothing "
        "done, correct pt fetched.",
        # ... who had taken the bowel prep for the procedure
        "Endoscopy: wrong pt brought into the room for flexi sig, had already had his enema. "
        "Picked up at the safety pause before sedation, no scope passed.",
    ],
)
def test_side_set_up_or_wrong_patient_caught_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        # prep told as done, then the incision on that side
        "Listed for R knee arthroscopy. Skin prep was done on the L and the surgeon made the "
        "portal incisions on the L knee before noticing.",
        "L hernia repair planned. Prep done on the right and the incision made in the right "
        "groin. Error recognised when the surgeon felt no hernia.",
        # the level out by one after the operation
        "ACDF planned at C5/6. Post op xray shows the cage placed 1 level too high at C4/5. Pt "
        "to return to theatre.",
        # done as per a consent written wrongly by the team
        "L hernia on the list. Surgery done on the R as per consent and mark. Pt says the hernia "
        "was always on the left, consent was written wrongly in clinic.",
        # the referral right, the other side done
        "GP referral said 'cyst L forearm' and consent said L. Surgeon excised a cyst from the R "
        "forearm. Referral was right.",
        "Referral said L knee for injection. Injection given into the R knee. Noticed later, L "
        "knee then injected too.",
        "Knee injection given into the R knee, referral said L. The GP confirmed the referral was "
        "correct. Pt upset.",
        # the referral's side done, but another digit than it named
        "Minor ops: GP referral said R index finger trigger. Release done on the R middle finger, "
        "pt still triggering the index at review.",
        # the team's own slip owned
        "Pt listed for excision of a mole on the L cheek. The surgeon excised a mole from the R "
        "cheek instead. The surgeon admitted he had written the wrong side on the consent.",
        # the images telling the wrong level the needles went to
        "pt consented for L5/S1 facet injection. Review of the images confirms the needles were "
        "positioned and the injection given at L4/5.",
        # a complaint borne out
        "Pt rang PALS saying they operated on the wrong knee. Op note confirms portals were made "
        "in the L knee instead of the R. Bruising from the leg holder noted too.",
        # asked to treat one eye, the other treated
        "Asked to do the YAG on the L eye. R eye treated with 30 shots before the pt said it was "
        "the other eye.",
    ],
)
def test_wrong_site_that_reached_the_patient_is_never_event_1(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        # the writer of the referral or report owning the side typed wrongly
        "Referral from GP said lipoma R shoulder, excised from R shoulder in minor ops. Pt later "
        "said it was the L one; the GP confirmed she had typed the side wrongly.",
        "Biopsy result reported as L breast. Re-excision done on the L breast. Lab admitted they "
        "had recorded the side incorrectly; the specimen was from the R.",
        # the referral's side the only side done
        "GP referral said 'cyst L forearm'. Cyst excised from the L forearm in minor ops. At "
        "follow up pt said the cyst he meant was on the R forearm, which still has it.",
        # done as per consent and mark; only the list was wrong
        "Consent and mark for L hip. Theatre list said R. Operation done on the L as per consent "
        "and mark; list corrected afterwards.",
        # a complaint the positioning kit's marks explain
        "Daughter complained to PALS that the wrong leg was operated on. The marks on the L leg "
        "were from the tourniquet, no incision. R knee arthroscopy done as planned.",
        "Pt rang PALS saying they had done the wrong hip, because of bruising on both hips. On "
        "review, the bruises on the L hip were from the positioning support; R THR done as "
        "consented.",
        # a further procedure the consent named
        "Pt had L knee arthroscopy; the surgeon also performed a meniscal repair which was "
        "consented for on the form. Family queried it as an unconsented operation; consent form "
        "reviewed and it was documented.",
        # a paper of the wrong patient, the right patient present
        "The ward had sent the wrong patient's notes with him to theatre. Noticed at sign in, "
        "correct notes brought, op went ahead on the right pt.",
        "Ward sent the wrong patient's drug chart to theatre with the pt. Pharmacy informed.",
        "Training day: we discussed what to do if the ward sent the wrong patient to theatre.",
        # prep, a laser's contact lens and bowel prep with nothing wrong
        "Skin prep was done on the R as per consent for the R TKR. Operation uneventful.",
        "YAG capsulotomy L eye, contact lens applied, 25 shots, good opening. No issues.",
        "Pt had taken all her bowel prep but the colonoscopy was cancelled due to no endoscopist.",
    ],
)
def test_excluded_disproved_or_no_error_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lens for the other eye opened and caught: the implant's near miss, not a site's
        (
            "Wrong eye lens opened for the cataract op: lens for the R eye, pt having L eye done. "
            "Noticed by the scrub nurse before the lens was loaded.",
            (None, "2"),
        ),
        # a needle seen left in on a film is still a retained item
        (
            "After the nerve block the xray showed a broken needle tip retained in the soft "
            "tissue of the neck.",
            ("3", None),
        ),
    ],
)
def test_lens_side_and_needle_left_in_keep_their_own_code(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
