"""Round 25, pass 7: a check named after the treatment it followed ("the post-laser check") came
after the error reached the patient; a side written only in a record made afterwards (op note,
discharge letter, a dictated letter), a part only looked at, an operation of the patient's
history, an alleged error checked and not confirmed, and "anaesthetic" naming a machine are no
wrong site or implant. Each suppressing reading has true never events that use its words in
an innocent role and stay never events."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        (
            "Laser retinopexy given to the R eye; the referral was for the L eye. Spotted by the "
            "nurse at the post-laser check and the consultant told."
        ),
        (
            "Steroid injection done into the R knee, clinic had listed the L knee. Noticed at "
            "the post injection review by the physio."
        ),
    ],
)
def test_check_named_after_the_treatment_is_no_catch(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Discharge summary for R THR typed as 'L THR' (copied from the previous patient). "
            "The R hip was replaced as consented; x-ray confirms. Summary corrected, GP told."
        ),
        (
            "GP letter after clinic dictated as 'listed for R knee arthroscopy', pt is listed "
            "and consented for the L. Letter corrected and re-sent."
        ),
        (
            "Community nurse went looking at the wrong knee for the clips as the op note had "
            "the side wrong; R TKR done as consented. Note amended."
        ),
    ],
)
def test_side_written_only_in_a_later_record_is_no_wrong_site(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the consent and the referral letter are the plan: a side there still counts
        (
            "Consent and referral letter said L carpal tunnel release. The R wrist was "
            "incised and the release done on the R. Op note documented the R side."
        ),
        # the op note naming what was done, beside a wrong side done
        (
            "Listed for L knee arthroscopy. Portals made in the R knee and arthroscopy "
            "performed. The op note says R knee arthroscopy."
        ),
        # "looked at the wrong" beside a wrong site done
        (
            "Surgeon looked at the wrong x-ray side and operated on the wrong knee. Listed "
            "for L TKR, R knee replaced."
        ),
    ],
)
def test_records_and_looking_beside_a_wrong_site_done_stay_never_events(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Pt attending pre-op for a L THR says her R hip replacement was done at another "
            "hospital and she is worried. Reassured. Surgery postponed, no bed."
        ),
        (
            "Toric IOL planned for the right eye. She had a monofocal lens in the left eye "
            "last year; today's surgery cancelled as BP too high."
        ),
        (
            "Right cataract listed. Her left eye (operated 2 years ago) is fine. List "
            "over-ran and the case was cancelled."
        ),
    ],
)
def test_operation_of_the_patients_history_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a recent time after the wrong side done is when it was found, not history
        (
            "Listed and consented for L knee injection. Seen in clinic: R knee injected 3 "
            "weeks ago by the locum, no L knee injection given."
        ),
        # "last year" in another clause than the wrong side done
        (
            "Consented for R cataract. The L eye was operated and a lens put in, the R eye "
            "was the one listed; last year the L eye had been assessed as not needing surgery."
        ),
        # "at another hospital" naming where the patient came from, not when the error was
        (
            "Transferred from another hospital for a L nephrectomy. The R kidney was removed "
            "in error; the L tumour remains."
        ),
    ],
)
def test_times_and_hospitals_beside_a_wrong_site_done_stay_never_events(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_alleged_wrong_site_checked_and_not_confirmed_is_no_event() -> None:
    text = (
        "Resident keeps saying the surgeons did the wrong knee. Checked: L TKR listed, "
        "consented, marked and done on the L; x-ray L. No error found."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # an allegation made, then the wrong site confirmed
        (
            "Pt alleges the wrong toe was operated on. Records reviewed: consented for the L "
            "2nd toe, the R 2nd toe was operated on. Wrong site surgery confirmed, no error "
            "found in the listing."
        ),
        # a patient repeatedly saying it, as the wrong side was done
        (
            "Pt kept saying it was the other knee while the R knee was injected; consent "
            "was for the L knee. Wrong site injection, no error found in the marking."
        ),
    ],
)
def test_allegations_beside_a_confirmed_wrong_site_stay_never_events(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_side_nearest_the_anaesthetic_machine_is_no_procedure_there() -> None:
    text = (
        "R TKR. Pt turned so her left side was nearest the anaesthetic machine. Probe placed "
        "on the left thigh, needle not yet inserted, when the ODP said stop before you block; "
        "the mark was on the right. Block done on the right."
    )
    assert never_event_codes(text) == (None, "1")


def test_block_in_the_anaesthetic_room_on_the_wrong_side_stays_a_never_event() -> None:
    text = (
        "Listed for R TKR. Left femoral block injected in the anaesthetic room before the "
        "error was noticed in theatre."
    )
    assert never_event_codes(text)[0] == "1"


def test_left_operation_on_the_list_is_a_side_not_an_item_left() -> None:
    text = (
        "Left TKR on the list. Tourniquet applied to the right thigh and the right knee replaced."
    )
    assert never_event_codes(text) == ("1", None)
