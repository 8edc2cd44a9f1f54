"""Round 29, never events 1 to 8 and 12: what rules a pattern out or makes it only a set-up.

- A retained item of the patient's history, named by its heading word or dated at another
  hospital ("hx retained needle ... elsewhere in 2015", "a history (2011, another hospital) of
  a tampon left in"), is background (a past never event).
- A pack that was to come out at a later time ("packing that was to be removed in clinic the
  next day") was left on purpose; not a throat pack "which should have been removed at the end
  of the op".
- Incidents of a kind said not found in an audit ("No retained swab or wrong implant incidents
  found"), implants found misfiled at a stock check and never issued, a system that makes a
  daily methotrexate "possible", and a dose "correct throughout" beside toxicity are no events
  of this report.
- An imaging report dictated with the wrong side ("the MRI report had been dictated as left in
  error") is the framework's incorrect report.
- An IV drug put into an epidural, told tersely ("IV flucloxacillin syringe attached to
  epidural line instead of cannula"), is not the listed direction; a planned ABO mismatch of a
  stem cell transplant is managed; a needle in a pen's cartridge is no retained item; a
  surgeon's choice in a patient's words ("he chose a different tibial component") is an
  intentional change.
- Kit put on a side (a tourniquet, a leg holder) or made ready ("had the LA ready") is a set-up
  on that side, not an act; a lens read out as the other eye's names the lens's side; the
  patient's usual weekly dose taken before the wrong frequency was written is no overdose.

Each such reading is paired with narratives where its words stand in an innocent role and the
never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------- history and planned packs


@pytest.mark.parametrize(
    "text",
    [
        "Pre-op clinic. Pt asked for extra checks (hx retained needle after a hernia repair "
        "elsewhere in 2015). Consent and marking done.",
        "At booking she mentioned a history (2011, another hospital) of a tampon left in after "
        "her first delivery; extra count checks agreed.",
        "PALS: after his septoplasty my father came home with packing in his nose and nobody "
        "explained it. The ward confirmed it was packing that was to be removed in clinic the "
        "next day; no appointment had been made.",
    ],
)
def test_history_and_planned_pack_are_no_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt with a history of anxiety had an elective LSCS. A swab was retained and found on CT "
        "on day 4; returned to theatre for removal.",
        "PMH: asthma, T2DM. Laparoscopic chole on Tues; the tip of a grasper retained, seen on "
        "the day 2 xray, removed at relook.",
        "Hx: 5 days post TAH, pain. CT showed a retained swab in the pelvis. Relook laparotomy, "
        "swab removed.",
        "Throat pack which should have been removed at the end of the op was left in. Found in "
        "recovery when the pt coughed and gagged; removed by the anaesthetist.",
        "An abdominal pack which should have been removed before closure was left in; found on "
        "CT on day 5 and removed at relaparotomy.",
        "Vaginal pack that was to come out before she left theatre was not removed and not on "
        "the count; found 4 days later by the GP.",
    ],
)
def test_history_and_pack_words_beside_an_item_left_in(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


# --------------------------------------------------- audits, stock, systems and the dose


@pytest.mark.parametrize(
    "text",
    [
        "Quarterly swab count audit in obstetric theatres: 40 cases observed, counts documented "
        "in all. No retained swab or wrong implant incidents found in the period.",
        "Monthly implant store count: two femoral heads of the wrong size were in the 32mm "
        "slot. None had been issued; slots relabelled.",
        "Digital team: in the updated order sets it is possible to choose methotrexate with an "
        "OD frequency. Raised at the safety huddle; no patients on the new sets yet.",
        "GP review: FBC had not been checked for months in a psoriasis pt on weekly "
        "methotrexate 20mg, and he was admitted with pancytopenia. Dosing was correct "
        "throughout, the monitoring was not.",
    ],
)
def test_audit_stock_system_or_right_dose_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Swab retained after LSCS, found on CT day 4 and removed. The audit that followed "
            "found no other retained swab incidents on the unit this year.",
            "3",
        ),
        (
            "Audit of implant stickers found the pt had a L femoral component in a R TKR. No "
            "other wrong implant incidents identified in the sample of 60.",
            "2",
        ),
        (
            "Needle count signed correct at the end of the hernia repair. Xray next day for "
            "groin pain showed a suture needle in the wound. No retained item incidents recorded "
            "in theatres this year until this one.",
            "3",
        ),
        (
            "+22.0D IOL implanted in the L eye instead of the planned +19.5D. The lens store "
            "check afterwards found two more lenses in the wrong slots; none issued or used.",
            "2",
        ),
        (
            "Pt had a 12mm stent placed instead of the 10mm planned. Stock check: the 12mm box "
            "had been filed in the 10mm slot. No other boxes were issued.",
            "2",
        ),
        (
            "R TKR: L femoral component was implanted. The implant store audit later found "
            "nothing else misfiled; none supplied to other theatres.",
            "2",
        ),
        (
            "It is possible to select a daily frequency for methotrexate on our EPMA. Pt "
            "received 10mg daily for 4 days on the ward before the pharmacist noticed.",
            "7",
        ),
        (
            "Methotrexate 15mg was given daily for 4 days on the ward instead of weekly. On "
            "review it is possible to pick a daily frequency on EPMA without a warning. Pt had "
            "mouth ulcers, FBC sent.",
            "7",
        ),
        (
            "Pt given 50 units of insulin drawn from her pen with a 2ml syringe; BM 1.6. The DSN "
            "notes it is easy to draw insulin out of a cartridge with a syringe.",
            "6",
        ),
        (
            "Methotrexate 2.5mg x 4 tablets taken every day for 6 days instead of weekly (label "
            "said daily). Admitted with pancytopenia. The tablet strength was correct, the "
            "frequency was wrong.",
            "7",
        ),
        (
            "RA pt given methotrexate 10mg daily on the ward for 5 days instead of weekly. "
            "Admitted to HDU with neutropenic sepsis. The correct dose was charted for the first "
            "day only.",
            "7",
        ),
        (
            "Methotrexate given daily for 5 days instead of weekly after the chart was "
            "transcribed as OD. The dose per tablet was correct throughout; the frequency was "
            "not.",
            "7",
        ),
    ],
)
def test_audit_stock_system_and_dose_words_beside_an_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


# ------------------------------------------------------------------ sources and exclusions


@pytest.mark.parametrize(
    "text",
    [
        "L knee arthroscopy done. The MRI report had been dictated as left in error; the tear "
        "was in the R knee on the images. Pt listed for R knee arthroscopy.",
        "Surgical HDU: the IV flucloxacillin syringe was attached to epidural line instead of "
        "cannula; 1ml in before the nurse stopped. Anaesthetic review.",
        "Two doses of IV gentamicin went into the epidural tubing overnight; the lines were "
        "unlabelled and side by side. Neuro obs started.",
        "Haematopoietic cell transplant day 0: the graft from a group B donor to a group O "
        "recipient was a planned ABO mismatch, red cells depleted by the lab beforehand. Infused "
        "without reaction.",
        "PALS: my mother expected a cemented knee. The surgeon later explained he chose a "
        "different tibial component once he saw the bone, and this was recorded in the op "
        "note.",
        "Pt queried why her implant card shows a 36mm head when a 32mm was planned. Consultant "
        "changed intraop for instability; rationale in the op note.",
    ],
)
def test_framework_exclusion_told_in_other_words_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Consent, list and mark: R knee. Arthroscopy done on the L knee. The op note was then "
            "dictated as right in error, hiding it until the pt complained of a L knee wound.",
            "1",
        ),
        (
            "Wrong site: L breast WLE done; the lesion, mark and consent were R. The histology "
            "report was issued as benign in error and later corrected.",
            "1",
        ),
        (
            "L carpal tunnel release done, consent and listing R. The discharge letter had been "
            "typed as right by mistake. Pt noticed the wound on the L hand.",
            "1",
        ),
        (
            "Epidural bupivacaine/fentanyl bag connected to the IV cannula instead of the "
            "epidural catheter. Ran for 30 mins before the pt became drowsy. IV syringe of "
            "antibiotic due at 14:00 was held.",
            "5",
        ),
        (
            "The epidural infusion was connected to the PICC line by mistake and ran for 2 "
            "hours; the IV syringe driver was disconnected. Pt hypotensive, anaesthetist "
            "attended.",
            "5",
        ),
        (
            "Levobupivacaine epidural syringe given as an IV bolus via the cannula instead of "
            "into the epidural filter. IV antibiotics were running at the time. Pt seized, lipid "
            "given.",
            "5",
        ),
        (
            "Kidney transplant: donor A, recipient O. This was not a planned ABO mismatch; the "
            "donor group had been transcribed as O. Graft rejected on day 2.",
            "12",
        ),
        (
            "Group A red cells were transfused to the allogeneic SCT pt (group O): this was not "
            "the planned ABO mismatch of her transplant but a unit for another pt. Reaction at "
            "15 mins.",
            "12",
        ),
        (
            "Liver transplant planned as ABO identical. The donor was actually group B and the "
            "recipient group O: the donor group had been misread. Hyperacute rejection.",
            "12",
        ),
        (
            "He chose a different approach (anterior) this time, but a 28mm head was implanted "
            "instead of the planned 32mm: the wrong box had been opened and nobody checked.",
            "2",
        ),
        (
            "Cons changed intraop to a GA; the spinal had worn off. A 9mm tibial insert was "
            "implanted instead of the templated 11mm; scrub nurse opened the wrong box.",
            "2",
        ),
        (
            "He chose to proceed under sedation. A +23.5D IOL was implanted instead of the "
            "planned +21.0D; the biometry sheet was for another pt.",
            "2",
        ),
    ],
)
def test_exclusion_words_beside_a_never_event_leave_it(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


def test_syringe_needle_in_a_pen_cartridge_is_insulin_not_a_retained_item() -> None:
    text = (
        "Ward sister saw an HCA holding a syringe with its needle in the cartridge of a "
        "resident's NovoMix pen, about to draw the evening dose because the pen dial had "
        "jammed. Stopped; new pen supplied."
    )
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize(
    "text",
    [
        "The drawing-up needle was left in the vial on the trolley. Separately, after the "
        "hernia repair the wound was closed with the count signed correct, and the xray next day "
        "showed a suture needle in the wound.",
        "Needle count short at the end of the LSCS, wound closed. Day 2 xray showed a suture "
        "needle in the abdomen; the spare needles had been put into the sharps bin without "
        "being counted.",
        "Broken tip of a spinal needle retained in the back after an LP, seen on CT next week; "
        "the rest of the needle had been put in the bag for the sharps. Neurosurgery referral.",
    ],
)
def test_needle_in_a_container_beside_a_needle_left_in(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


# -------------------------------------------------------------- set-up, lens side, dose day


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "R wrist ganglion listed and consented. The HCA put the tourniquet on the L arm and "
            "the surgeon had the LA ready when the pt said it's my right. Stopped, tourniquet "
            "moved. No injection given on the L.",
            "1",
        ),
        (
            "08:40 pt in for L knee arthroscopy. Leg holder put on the R leg by the HCA (list "
            "said R, consent L). R leg prepped and draped. Time out: arrow on the L knee. Drapes "
            "off, L leg prepped. No portal or incision on the R.",
            "1",
        ),
        # the lens read out as the other eye's: a wrong lens caught, not a wrong eye operated
        (
            "My right cataract operation. The nurse read the lens box aloud and said this is for "
            "the left eye, hang on. Someone went out and came back with a different lens and "
            "they checked it again. All went well.",
            "2",
        ),
    ],
)
def test_set_up_or_lens_read_out_on_the_other_side_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    "text",
    [
        "Tourniquet applied to the L arm and carpal tunnel release done on the L hand. Consent, "
        "list and the arrow were for the R hand. Found in recovery.",
        "Consent R knee. Leg holder put on the L leg and the arthroscopy done on the L knee; "
        "portals on the L. Noticed at the end.",
        "The anaesthetist had the block needle ready and injected the L femoral nerve; the op "
        "was a R TKR. SBYB not done.",
        "Consent and list said L eye cataract. The nurse said the lens box reads this is for the "
        "left eye. The surgeon then operated on the R eye; the R cataract was done and the lens "
        "implanted in the R eye.",
        "Listed and consented for the L cataract. The nurse read the lens box aloud: it is for "
        "the left eye. The surgeon then operated on the R eye in error, lens implanted.",
        "Pt listed for R phaco. The iol box said this one is for the right eye. The L eye was "
        "prepped and the phaco done on the L eye.",
    ],
)
def test_kit_and_lens_side_words_beside_a_wrong_site_act(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_usual_weekly_dose_taken_before_the_wrong_chart_is_no_overdose() -> None:
    text = (
        "Pt takes methotrexate 15mg on Mondays (had taken it at home that morning). Admitted Mon "
        "pm; clerking chart: methotrexate 15mg OD from Tues. Pharmacist changed it to weekly on "
        "Mondays before the Tues dose."
    )
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    "text",
    [
        "Pt takes methotrexate 15mg on Mondays. Clerking chart: methotrexate 15mg OD. Given Tue "
        "and Wed on the ward before the pharmacist changed it to weekly on Thursday.",
        "On methotrexate weekly on Fridays; had taken 10mg daily for 5 days after the GP letter "
        "said daily. Admitted with mucositis, pharmacist confirmed.",
        "Methotrexate 20mg weekly (Fridays). Admission chart: methotrexate 20mg daily. She had "
        "received 3 doses on the ward by the time the pharmacist changed it to weekly.",
    ],
)
def test_weekly_regimen_named_beside_doses_given_daily(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


def test_two_infusions_told_each_on_its_own_route_are_no_wrong_route() -> None:
    text = (
        "Fluids IV running via the cannula, epidural infusion running separately, no issues; "
        "routine check."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Epidural bupivacaine/fentanyl bag connected to the IV cannula and run IV by mistake for "
        "40 min, IV fluids had been running separately. Pt hypotensive.",
        "Epidural infusion running via the IV cannula for 2 hrs; pt seizure. IV fluids were "
        "running separately.",
    ],
)
def test_epidural_run_into_a_vein_beside_fluids_run_separately_stays_never_event_5(
    text: str,
) -> None:
    assert never_event_codes(text)[0] == "5"


def test_vincristine_told_given_intravenously_beside_an_intrathecal_is_no_wrong_route() -> None:
    text = (
        "Statement for the coroner. I administered intrathecal methotrexate on the day unit as "
        "per the protocol. The vincristine for the same patient was prescribed for IV "
        "administration and delivered in a separate mini-bag. The IV vincristine was given later "
        "by the chemo nurse via the PICC."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Vincristine was prescribed IV for the same day as the IT methotrexate. Both syringes "
        "were taken to the LP room; the registrar gave the vincristine via the spinal needle.",
        "Vincristine 2mg in a mini-bag was given IV as planned. Later the IT syringe of "
        "methotrexate was found to be vincristine that had been injected intrathecally.",
    ],
)
def test_vincristine_told_gone_intrathecally_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text)[0] == "5"


def test_a_never_event_in_another_trust_shared_as_learning_is_no_event() -> None:
    text = (
        "Minutes - patient safety group. Item: learning from a never event in another trust "
        "(insulin drawn up from a pen) shared. No incident locally."
    )
    assert never_event_codes(text) == (None, None)


def test_vincristine_then_given_iv_after_a_refused_lumbar_puncture_is_no_event() -> None:
    text = (
        "Pt refused to proceed with the lumbar puncture; vincristine then given IV as planned on "
        "the day unit."
    )
    assert never_event_codes(text) == (None, None)


def test_vincristine_found_packed_with_the_intrathecal_drug_stays_near_miss_5() -> None:
    text = (
        "At the bedside check before the LP the bag issued for the IT session also contained a "
        "syringe of vincristine for the same patient. Removed before anything was given. "
        "Vincristine later given IV via mini-bag as prescribed."
    )
    assert never_event_codes(text) == (None, "5")


def test_days_counted_of_folic_acid_held_are_no_methotrexate_overdose() -> None:
    text = (
        "Folic acid was held for 3 days running because of a pharmacy supply problem; "
        "methotrexate weekly continued as prescribed."
    )
    assert never_event_codes(text) == (None, None)


def test_methotrexate_given_days_running_beside_folic_acid_held_stays_never_event_7() -> None:
    text = (
        "Methotrexate 10mg given for 3 days running instead of weekly for RA; folic acid was held."
    )
    assert never_event_codes(text)[0] == "7"


def test_high_strength_midazolam_found_in_stock_that_no_patient_had_is_no_event() -> None:
    text = (
        "Weekly safety huddle notes: (1) high strength midazolam 10mg/2ml found in the "
        "bronchoscopy stock cupboard on pharmacy top-up check - removed, no patient had it, "
        "stock list corrected. (2) 2 x category 2 PU acquired on ward 15."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        (
            "Pt listed for R knee arthroscopy but consent and mark were L; picked up at sign in, "
            "list corrected and pt re-marked. No incision.",
            "1",
        ),
        (
            "Bronchoscopy: midazolam 10mg/2ml drawn up instead of 2mg/2ml for sedation, noticed "
            "by the nurse before giving, no patient had it. Stock removed.",
            "8",
        ),
    ],
)
def test_an_operating_list_corrected_or_a_dose_drawn_up_and_stopped_stays_a_near_miss(
    text: str, near_miss: str
) -> None:
    assert never_event_codes(text) == (None, near_miss)
