"""The learned models' wrong site is gated by what the rules read of the plan: an act told done
on the planned side ("R knee injected as planned", "as consented", "as listed") with the other
side named only as something else (sore, for review, booked later), or a side the patient
chose themselves on the day (changed their mind, asked for the other one) and then done, is
no never event 1, whatever the model reads in the two sides' words (the guide: "a patient
choosing the other side on the day: null"). The same reading keeps the reach model from
turning a near miss 1 round when the planned side was then done and the wrong one never acted
on. Look-alikes stay as they are: the act on the side other than the plan or the patient's
wish, however told ("as planned" set against a plan naming the other side, a choice made but
not followed), and a wrong side set up and caught (near miss 1)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GATED = [
    (
        "L shoulder injected as consented. R shoulder also painful, pt to book another appt.",
        (None, None),
    ),
    (
        "Right hip aspirated under US as listed. Left hip not examined today, GP to refer if "
        "needed.",
        (None, None),
    ),
    (
        "pt had R CTR done as planned, mentioned her L hand is numb too, advised GP",
        (None, None),
    ),
    ("Rt knee steroid inj given as per plan. Lt knee swollen, for xray.", (None, None)),
    ("Carpal tunnel injection L wrist as consented; R wrist splint given.", (None, None)),
    (
        "As planned, the left eye had an intravitreal injection today. Right eye reviewed, no "
        "treatment needed.",
        (None, None),
    ),
    (
        "R TKR performed as listed. Pt c/o L knee pain post op, physio aware.",
        (None, None),
    ),
    ("Injected the R knee as booked. Pt asked about the L, told to see GP.", (None, None)),
    (
        "Pt listed for R knee inj but on the day asked for the L to be done instead as it was "
        "more painful; consent amended, L knee injected.",
        (None, None),
    ),
    (
        "Patient changed his mind in clinic and wanted his left shoulder injecting rather than "
        "the right. Documented. L shoulder injected.",
        (None, None),
    ),
    (
        "pt prefered the R side done today, L booked for next month. R hip inj done.",
        (None, None),
    ),
    (
        "Prepped R wrist, pt then decided she wanted L done first. L wrist injected, R to follow.",
        (None, None),
    ),
    (
        "Listed for left knee aspiration, the patient requested the right be aspirated instead "
        "today. Documented in notes and consent redone. Right knee aspirated.",
        (None, None),
    ),
    (
        "pt changed mind re which knee - wanted the RIGHT doing as L has settled. R knee "
        "injected, documented in notes",
        (None, None),
    ),
    (
        "Pt decided on the day she wanted the L hip injected not the R, consent updated. L hip "
        "injected.",
        (None, None),
    ),
    pytest.param(
        "Wrong side marked (L) for R inguinal hernia, noticed at time out before incision. Mark "
        "removed, R side operated as planned.",
        (None, "1"),
    ),
    (
        "R knee prepped and draped in error, pt listed for L. Spotted at time out, no needle "
        "in. L knee then injected as consented.",
        (None, "1"),
    ),
]

KEPT = [
    ("Pt consented for R knee inj; L knee injected in error. Pt informed.", ("1", None)),
    (
        "R knee injected as planned; then realised the consent form was for the L knee.",
        ("1", None),
    ),
    pytest.param(
        "Pt wanted the left done but the R was injected by mistake.",
        ("1", None),
    ),
    (
        "Patient changed her mind to the L side on the day but the list still said R and the R "
        "knee was injected.",
        ("1", None),
    ),
    (
        "Block given to the L leg instead of the R; pt had not changed her mind, the mark was "
        "on the R.",
        ("1", None),
    ),
    (
        "Pt asked for the L knee injecting; doctor injected the R knee without checking.",
        ("1", None),
    ),
    ("Steroid injected into the R shoulder, meant to be the L. Pt upset.", ("1", None)),
    pytest.param(
        "Wrong side marked for L TKR, caught at sign in. L knee operated as planned.",
        (None, "1"),
    ),
    (
        "Consent for R hip inj, pt prepped on L, needle not inserted, stopped at time out.",
        (None, "1"),
    ),
    (
        "The patient changed her mind and wanted the right knee done; consent changed. Then "
        "the L knee was injected by the reg who hadn't read the notes.",
        ("1", None),
    ),
    (
        "Pt booked for L shoulder inj, R shoulder injected as the reg misread the list.",
        ("1", None),
    ),
    (
        "Injected the R knee as planned, pt then said it was the L that was meant to be done. "
        "Consent checked: it was for the L.",
        ("1", None),
    ),
    (
        "Pt requested the L side on the day but the R side was operated on; not documented.",
        ("1", None),
    ),
    ("R knee injected. Tolerated well.", (None, None)),
    (
        "Block given to the R leg, pt was listed for L. Pt then wanted to carry on and have the L "
        "done. L block given.",
        ("1", None),
    ),
    pytest.param(
        "Rt eye intravitreal inj given, the list said Lt eye. Pt told, incident form done.",
        ("1", None),
    ),
    (
        "L hip injection given as planned by the wrong doctor on the wrong patient - the "
        "real Mrs K was in bay 2.",
        ("1", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GATED)
def test_model_wrong_site_gated_by_the_plan_read(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_look_alikes_stay_as_they_are(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
