"""Another patient's images opened on the viewer are a record looked at, not the wrong patient
imaged: no radiotherapy_screening (IR(ME)R) theme; a wrong patient scanned keeps it."""

from classifier.engine import classify_text


def _themes(text: str) -> set[str]:
    return {theme.id for theme in classify_text(text).themes}


def test_another_patients_ct_opened_from_the_worklist_and_closed_is_no_exposure() -> None:
    # dev-164684
    text = (
        "Before the IR list the radiologist opened a CT from the PACS worklist to plan a liver "
        "biopsy - it was the CT of a different pt with the same surname (PACS search was by "
        "surname only). Spotted the DOB on the image header within a minute, closed it and "
        "opened the correct study. No plan had been made from the wrong images."
    )
    assert "radiotherapy_screening" not in _themes(text)


def test_images_viewed_on_pacs_of_another_patient_are_no_exposure() -> None:
    text = (
        "SHO pulled up the MRI on PACS for the ward round, it was the scan of a different "
        "patient with a similar name. Noticed and closed, correct images reviewed."
    )
    assert "radiotherapy_screening" not in _themes(text)


def test_the_wrong_patient_scanned_keeps_the_exposure_theme() -> None:
    text = (
        "Radiographer opened the request from the worklist and did the CT - it was the CT of a "
        "different pt, wrong patient scanned. IR(ME)R incident."
    )
    assert "radiotherapy_screening" in _themes(text)
