"""Identifiers are replaced by typed tags before a narrative is classified or shared."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier.engine import classify_text, redact


def _nhs_number(first_nine: str) -> str | None:
    """A valid NHS number from nine digits (None when the check digit would be 10)."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return None if check == 10 else first_nine + str(check)


@pytest.mark.parametrize(
    "text",
    ["NHS no 943 476 5919", "nhs number: 9434765919", "pt (943-476-5919) admitted"],
)
def test_valid_nhs_numbers_are_redacted_spaced_or_not(text: str) -> None:
    assert "[NHS_NUMBER]" in redact(text)
    assert "5919" not in redact(text)


def test_ten_digits_failing_the_modulus_11_check_are_not_nhs_numbers() -> None:
    assert "[NHS_NUMBER]" not in redact("ref 943 476 5918 logged")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_valid_nhs_number_is_redacted(first_nine: str) -> None:
    number = _nhs_number(first_nine)
    if number is None:
        return
    spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
    assert redact(f"NHS {spaced} seen").count("[NHS_NUMBER]") == 1


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("DOB 12/03/1954", "DOB "),
        ("d.o.b: 1954-03-12", "d.o.b: "),
        ("date of birth 3rd March 1950", "date of birth "),
        ("born on 03.03.50", "born on "),
    ],
)
def test_dates_of_birth_are_redacted_and_the_cue_kept(text: str, kept: str) -> None:
    assert redact(text) == f"{kept}[DATE_OF_BIRTH]"


def test_event_dates_without_a_birth_cue_are_kept() -> None:
    assert redact("fall on 12/03/2026 at 14:00") == "fall on 12/03/2026 at 14:00"


@pytest.mark.parametrize("text", ["lives at LS1 4AP", "postcode sw1a 1aa", "M1 1AE."])
def test_uk_postcodes_are_redacted_in_any_case(text: str) -> None:
    assert "[POSTCODE]" in redact(text)


@pytest.mark.parametrize("text", ["given x2 5ml doses", "cat 2 1mg", "bed 12 4th floor"])
def test_dose_look_alikes_are_not_postcodes(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text", ["tel 07700 900123", "ring 020 7946 0018", "call +44 (0)20 7946 0018", "01632 960983"]
)
def test_uk_phone_numbers_are_redacted(text: str) -> None:
    assert "[PHONE]" in redact(text)


def test_email_addresses_are_redacted() -> None:
    assert redact("emailed jo.bloggs@nhs.net today") == "emailed [EMAIL] today"


@pytest.mark.parametrize(
    "text", ["MRN: RX1234567", "hospital number 12345678", "hosp no K1234567", "unit no 5551234"]
)
def test_hospital_numbers_are_redacted(text: str) -> None:
    assert redact(text).endswith("[MRN]")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seen by Mr Smith", "seen by Mr [NAME]"),
        ("Mrs J. Smith-Jones attended", "Mrs [NAME] attended"),
        ("dr patel reviewed", "dr [NAME] reviewed"),
        ("Nurse O'Neil gave it", "Nurse [NAME] gave it"),
        ("Sister McDonald informed", "Sister [NAME] informed"),
        ("MR Smith in bay 2", "MR [NAME] in bay 2"),
        ("mr khan fell", "mr [NAME] fell"),
        # an initial "A" before a surname is a name, not the article
        ("pt Mrs A Khan fell", "pt Mrs [NAME] fell"),
        ("reviewed by Dr A Patel", "reviewed by Dr [NAME]"),
        ("Mr A. B. Jones attended", "Mr [NAME] attended"),
    ],
)
def test_names_after_titles_are_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Patel L TKR, sats fine", "Mr [NAME] L TKR, sats fine"),
        ("Mrs Khan R hip hemiarthroplasty", "Mrs [NAME] R hip hemiarthroplasty"),
        ("Dr Jones L side marked", "Dr [NAME] L side marked"),
        ("Nurse Smith R arm cannula", "Nurse [NAME] R arm cannula"),
        ("Mr John Smith L THR", "Mr [NAME] L THR"),
    ],
)
def test_a_side_letter_after_a_name_is_kept(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nurse gave the dose",
        "dr reviewed pt",
        "Dr on call aware",
        "Nurse Practitioner",
        "pacemaker was not MR conditional",
        "MR scan booked",
        "Dr A is on call",
        # the noun: "near miss" before a capitalised word
        "This was a near miss. KCl 15% was drawn up but not given",
        "reported as a near-miss Potassium incident",
        # a sentence opened after "dr." ends the title's sentence: no name follows it
        "prescribed by the admitting dr. First dose given on the Monday",
        "seen by the night dr. Later that morning bloods repeated",
    ],
)
def test_titles_not_followed_by_a_name_are_kept(text: str) -> None:
    assert redact(text) == text


def test_redaction_runs_before_classification_and_evidence_points_into_redacted_text() -> None:
    result = classify_text("Mr Smith NHS 943 476 5919 found on the floor, unwitnessed fall")
    assert result.redacted_description.startswith("Mr [NAME] NHS [NHS_NUMBER]")
    evidence = [e for theme in result.themes for e in theme.evidence]
    assert evidence
    for item in evidence:
        assert result.redacted_description[item.start : item.end] == item.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pt seen by Dr JONES", "Pt seen by Dr [NAME]"),
        ("Nurse O'BRIEN gave it", "Nurse [NAME] gave it"),
        ("Mr SMITH aware", "Mr [NAME] aware"),
        ("MRS A. PATEL-KHAN fell", "MRS [NAME] fell"),
        ("Sister MCDONALD informed", "Sister [NAME] informed"),
        ("Sister McDONALD informed", "Sister [NAME] informed"),
        ("seen by Mr SMITH-JONES today", "seen by Mr [NAME] today"),
        ("Mr J SMITH in bay 2", "Mr [NAME] in bay 2"),
        ("Mr R JONES came instead of Mr R JOHNS", "Mr [NAME] came instead of Mr [NAME]"),
        ("MR SMITH FELL IN BAY 3", "MR [NAME] FELL IN BAY 3"),
        ("MRS JONES FOUND ON FLOOR", "MRS [NAME] FOUND ON FLOOR"),
        ("Mrs Patricia HUGHES, NHS no ending 4471", "Mrs [NAME], NHS no ending 4471"),
        ("Mr John HALE in bay 4", "Mr [NAME] in bay 4"),
        ("Mr James O'CONNOR from the shelf", "Mr [NAME] from the shelf"),
        ("MR JOHN SMITH WAS GIVEN", "MR [NAME] WAS GIVEN"),
        ("DR AHMED REVIEWED", "DR [NAME] REVIEWED"),
        ("Dr O'NEILL L side marked", "Dr [NAME] L side marked"),
        ("Mr PATEL L TKR", "Mr [NAME] L TKR"),
        ("Mrs KHAN DOB 12/03/1950", "Mrs [NAME] DOB [DATE_OF_BIRTH]"),
        ("NURSE SMITH GAVE 14 UNITS", "NURSE [NAME] GAVE 14 UNITS"),
        ("Mr P GCS 8", "Mr [NAME] GCS 8"),
        ("Mr H NSTEMI on our ward", "Mr [NAME] NSTEMI on our ward"),
        ("MR SMITH'S WIFE AWARE", "MR [NAME]'S WIFE AWARE"),
        ("MR SMITH C/O CHEST PAIN", "MR [NAME] C/O CHEST PAIN"),
        ("MISS O'NEILL WAS GIVEN IT", "MISS [NAME] WAS GIVEN IT"),
    ],
)
def test_names_in_capitals_after_titles_are_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "seen by Dr SHO on call",
        "Dr FY1 bleeped",
        "reviewed by Dr ST3",
        "Dr GP informed",
        "Dr ED reviewed",
        "Dr ICU outreach",
        "Sister AMU",
        "Dr ITU called",
        "MR SCAN BOOKED",
        "PACEMAKER NOT MR CONDITIONAL",
        "MR CONDITIONAL pacemaker",
        "Dr ON CALL AWARE",
        "NURSE IN CHARGE STOPPED IT",
        "REPORTED AS A NEAR MISS",
        "NEAR MISS NG FEED",
        "PT FELL. DR INFORMED.",
        "MR AWARE OF PLAN",
        "DR REVIEWED AND PLAN MADE",
        "NIGHT NURSE READ IT AS 61 UNITS",
        "AGENCY NURSE GAVE 141 UNITS",
        "DAY NURSE QUERIED THE DOSE",
        "STAFF NURSE AND SECURITY CALLED",
        "NURSE WAS INTERRUPTED",
        "DR HAS BEEN TOLD",
        "DUTY DOCTOR REVIEWED",
        "Mr Smith NBM from midnight",
        "Mrs Smith NG feed",
        "Mr Jones OGD booked",
    ],
)
def test_capital_words_after_titles_that_are_not_names_are_kept(text: str) -> None:
    expected = text.replace("Mr Smith", "Mr [NAME]").replace("Mrs Smith", "Mrs [NAME]")
    assert redact(text) == expected.replace("Mr Jones", "Mr [NAME]")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials, spaced or not, and no space after the title's dot
        ("Dr A.B. JONES reviewed", "Dr [NAME] reviewed"),
        ("Dr J.SMITH reviewed", "Dr [NAME] reviewed"),
        ("Dr.Smith reviewed", "Dr.[NAME] reviewed"),
        ("Mr A.D., 61, saw his GP", "Mr [NAME]., 61, saw his GP"),
        ("Mr.SMITH fell", "Mr.[NAME] fell"),
        # lower-case names written like verbs
        ("dr ahmed reviewed", "dr [NAME] reviewed"),
        ("dr mohammed attended", "dr [NAME] attended"),
        ("dr hameed gave it", "dr [NAME] gave it"),
        ("dr reed", "dr [NAME]"),
        # accents and particles
        ("Dr Müller reviewed", "Dr [NAME] reviewed"),
        ("Dr MÜLLER reviewed", "Dr [NAME] reviewed"),
        ("Dr José García reviewed", "Dr [NAME] reviewed"),
        ("Dr ÉLISE DUPONT reviewed", "Dr [NAME] reviewed"),
        ("Dr de Souza reviewed", "Dr [NAME] reviewed"),
        ("Dr van der Merwe reviewed", "Dr [NAME] reviewed"),
        ("Dr VAN DER MERWE reviewed", "Dr [NAME] reviewed"),
        ("Dr D'SOUZA reviewed", "Dr [NAME] reviewed"),
        # Y is a vowel; -ING/-ED with no vowel before it is no verb
        ("Dr LYNCH reviewed", "Dr [NAME] reviewed"),
        ("Dr FLYNN reviewed", "Dr [NAME] reviewed"),
        ("Dr LING reviewed", "Dr [NAME] reviewed"),
        ("Dr TED reviewed", "Dr [NAME] reviewed"),
        # a report word or verb in capitals in a mixed-case text is a name
        ("Dr HUNG reviewed", "Dr [NAME] reviewed"),
        ("Dr WILL review", "Dr [NAME] review"),
        ("Dr STERLING reviewed", "Dr [NAME] reviewed"),
    ],
)
def test_review_r9_names_are_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr SpR reviewed", "Dr SpR reviewed"),
        ("Dr re-examined with speculum", "Dr re-examined with speculum"),
        ("death of Ms A.B.\nI am an RMN", "death of Ms [NAME].\nI am an RMN"),
        ("Mrs Smith T, 91", "Mrs [NAME], 91"),
        ("Mrs Smith\n\nForwarding the account", "Mrs [NAME]\n\nForwarding the account"),
        ("MRS SMITH K 2.9", "MRS [NAME] K 2.9"),
        ("MRS SMITH NA+ 130", "MRS [NAME] NA+ 130"),
        ("MR SMITH X-RAY", "MR [NAME] X-RAY"),
        ("MR CHOLANGIOGRAPHY", "MR CHOLANGIOGRAPHY"),
        ("DR WILL REVIEW", "DR WILL REVIEW"),
        ("dr reviewed the patient", "dr reviewed the patient"),
        ("dr prescribed insulin", "dr prescribed insulin"),
        # a second word in capitals after a title is a surname ("MR JOHN WHITE"), unless it is
        # a listed clinical word (a never-event word, an insulin, a device)
        ("MR JOHN WHITE", "MR [NAME]"),
        ("MRS ANNE GREEN FELL IN BAY 2", "MRS [NAME] FELL IN BAY 2"),
        ("MR JONES WRONG SIDE", "MR [NAME] WRONG SIDE"),
        ("MRS JONES HUMALOG GIVEN", "MRS [NAME] HUMALOG GIVEN"),
        ("MR SMITH ACTRAPID 14 UNITS", "MR [NAME] ACTRAPID 14 UNITS"),
        ("MR JONES PACEMAKER", "MR [NAME] PACEMAKER"),
        ("MR JONES SWAB LEFT IN", "MR [NAME] SWAB LEFT IN"),
        ("MRS SMITH NIL BY MOUTH", "MRS [NAME] NIL BY MOUTH"),
        ("Dr AWARE", "Dr AWARE"),
        ("MR SCAN OF L KNEE", "MR SCAN OF L KNEE"),
        ("Mr SMITH L TKR", "Mr [NAME] L TKR"),
        ("Dr asked to review", "Dr asked to review"),
        ("near miss", "near miss"),
        ("MR compatible", "MR compatible"),
        ("Dr FY1", "Dr FY1"),
        ("MRS SMITH K+ 2.9", "MRS [NAME] K+ 2.9"),
        ("NURSE IN CHARGE", "NURSE IN CHARGE"),
        ("Nurse Practitioner", "Nurse Practitioner"),
        ("Sister ward", "Sister ward"),
    ],
)
def test_review_r9_clinical_words_are_kept(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Ward fell in the bay", "Mr [NAME] fell in the bay"),
        ("MR WARD FELL IN BAY 3", "MR [NAME] FELL IN BAY 3"),
        ("Dr Ward reviewed the chart", "Dr [NAME] reviewed the chart"),
        ("Mrs A Ward, a known diabetic", "Mrs [NAME], a known diabetic"),
        ("seen on the ward by Dr Ward.", "seen on the ward by Dr [NAME]."),
    ],
)
def test_ward_as_a_surname_after_a_title_is_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sister Ward Manager informed",
        "Dr Ward Round done at 10:00",
        "DR WARD ROUND DONE",
        "Nurse Ward 5 informed",
        "told SISTER WARD B",
    ],
)
def test_ward_as_the_place_after_a_title_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dob:12-mar-48", "dob:[DATE_OF_BIRTH]"),
        ("DOB 12/Mar/1948, admitted", "DOB [DATE_OF_BIRTH], admitted"),
        ("d.o.b 1-jan-2001", "d.o.b [DATE_OF_BIRTH]"),
    ],
)
def test_birth_dates_with_a_month_name_between_hyphens_or_slashes_are_redacted(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


def test_an_event_date_with_a_month_name_and_no_birth_cue_is_kept() -> None:
    assert redact("given 12-mar-24 at 10:00") == "given 12-mar-24 at 10:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr al-Hassan reviewed", "Dr [NAME] reviewed"),
        ("Mrs Van Der Berg fell", "Mrs [NAME] fell"),
        ("Mrs de la Cruz fell", "Mrs [NAME] fell"),
        ("Dr Le reviewed", "Dr [NAME] reviewed"),
    ],
)
def test_surnames_with_capitalised_or_hyphenated_particles_are_redacted_whole(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HCA Dimitrova helped him up", "HCA [NAME] helped him up"),
        ("RN Jess Hale gave the dose", "RN [NAME] gave the dose"),
        ("checked with SN Okafor", "checked with SN [NAME]"),
        ("ODP Sam noticed the count", "ODP [NAME] noticed the count"),
    ],
)
def test_names_after_staff_grades_are_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["RMN PICU bed", "HCA MH ward", "HCA Bank staff", "HCA WASHING PT", "RN on the ward"],
)
def test_places_and_words_after_staff_grades_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gave Mr D's Lantus 22 units", "gave Mr [NAME]'s Lantus 22 units"),
        ("Mrs Patel's Oramorph was not signed for", "Mrs [NAME]'s Oramorph was not signed for"),
        ("Dr Khan's list ran late", "Dr [NAME]'s list ran late"),
        ("Nurse Jo's patient fell", "Nurse [NAME]'s patient fell"),
        ("Mr O'Brien's Humalog pen", "Mr [NAME]'s Humalog pen"),
        ("Mrs Smith-Jones’s Warfarin held", "Mrs [NAME]’s Warfarin held"),
    ],
)
def test_a_possessive_ends_the_name_and_what_it_owns_stays(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr O'Brien fell", "Mr [NAME] fell"),
        ("Dr D'Souza reviewed", "Dr [NAME] reviewed"),
        ("Mrs McDonald-Smith seen", "Mrs [NAME] seen"),
        ("Dr Jane Smith reviewed", "Dr [NAME] reviewed"),
    ],
)
def test_apostrophes_inside_a_surname_still_redact_it_whole(text: str, expected: str) -> None:
    assert redact(text) == expected
