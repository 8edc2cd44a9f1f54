"""Round 75, helper 4: bedside and clinic procedures, their complications and the records that
did not follow the patient.

- A procedure's complication named after it as one term ("post ERCP pancreatitis",
  "post-polypectomy bleed", "post bronchoscopy pneumothorax") is treatment_procedure: it takes
  back the words of the procedure as the time of the event; a procedure named only as a time
  ("2 days post polypectomy ... fell") or with the complication denied is not.
- A bleed after a polyp was removed, a spinal haematoma, a traumatic tap and a bedside
  procedure told as repeated ("repeat LP", "the LP had to be repeated") are treatment_procedure;
  bloods or an audit "to be repeated" are not.
- An instruction, plan or record not carried over, across or into the next record, or that did
  not come back with the patient, and an audit finding a record made in only some cases, are
  communication_documentation; a patient not brought into a department is not.
- A drain or tube that "came right out" or "slipped out", and a drain found or left clamped,
  are medical_device.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

PROCEDURE = "treatment_procedure"
COMMUNICATION = "communication_documentation"
DEVICE = "medical_device"

COMPLICATION_AFTER_PROCEDURE = [
    "Post ERCP pancreatitis, admitted for 5 days, PR indometacin had not been given.",
    "Readmitted day 3 with a post polypectomy bleed, Hb 78, transfused 1 unit.",
    "post bronchoscopy pneumothorax on the check film, chest drain put in by resp reg.",
    "Post-angiogram groin haematoma, pressure held for 20 mins, vascular review.",
    "Pt came back to ED with a post-LP headache, unable to sit up.",
    "Snare polypectomy of 2cm polyp, polyp removed, delayed bleed on day 4 at home.",
    "MRI: spinal epidural haematoma, to neurosurgery for decompression.",
    "LP attempted on the ward, traumatic tap, sample bloodstained and not useful.",
    "CSF samples lost in the porter's bag so the LP had to be repeated the next day.",
    "Pt had a repeat lumbar puncture as the first sample was never sent to the lab.",
]

PROCEDURE_NAMED_ONLY = [
    "2 days post polypectomy the pt fell in the bathroom, no injury.",
    "post ERCP, no pancreatitis, discharged home the same evening.",
    "Bloods had to be repeated as the sample was haemolysed.",
    "Hand hygiene audit at 70%, audit to be repeated next month.",
]

RECORD_NOT_CARRIED_OVER = [
    "After the re-plan the wound care instruction was not carried into the ward care plan.",
    "The plan for 1:1 supervision was not carried over when she moved to the side room.",
    "Clinical photos were on the system but were not brought into the procedure room.",
    "The TR band deflation instructions did not come back to the ward with the pt.",
    "His MAR from the respite unit did not come back with him on Sunday.",
    "The DNACPR form didnt travel with her to the community hospital.",
    "ED audit of blocks: site marking documented in only 4 of 15, time out recorded in 6.",
]

NOT_A_RECORD = [
    "pt was not brought into the department until 3 hours after arrival.",
    "Pt was not transferred onto the ward bed until the porter came, 40 mins on the trolley.",
]

DEVICE_OUT_OR_CLAMPED = [
    "Helping him stand for the commode the nephrostomy tube came right out, it was not stitched.",
    "Abdominal drain slipped out when the pt was turned, no securing dressing on.",
    "Chest drain found clamped at 07:30 handover, nobody knew why, pt more breathless.",
]


@pytest.mark.parametrize("text", COMPLICATION_AFTER_PROCEDURE)
def test_complication_after_a_procedure_is_a_procedure(text: str) -> None:
    assert PROCEDURE in theme_ids(text)


@pytest.mark.parametrize("text", PROCEDURE_NAMED_ONLY)
def test_procedure_named_only_is_no_procedure(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize("text", RECORD_NOT_CARRIED_OVER)
def test_record_not_carried_over_is_communication(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)


@pytest.mark.parametrize("text", NOT_A_RECORD)
def test_patient_or_record_moved_is_no_communication(text: str) -> None:
    assert COMMUNICATION not in theme_ids(text)


@pytest.mark.parametrize("text", DEVICE_OUT_OR_CLAMPED)
def test_drain_out_or_clamped_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)
