"""Round 29, never events 1 to 8 and 12: near misses told in lay words, tersely, or summed up
after the story.

- A medicine's report that says outright, sentences after the story, that none of the wrong
  product reached the patient ("Nothing went in.", "Nothing extra was given", "I did not get
  the wrong dose") is a catch wherever it is told; not when it is said of the time after the
  error ("nothing went in after that"), nor after a sentence that tells the wrong dose given
  (what did not go in is then another product).
- A dose stopped tersely ("Second RN stopped it before given"), a checker who "looked at the ampoule
  against the protocol and the syringe was discarded", someone who "came back with a different lens"
  or "got a different ampoule", a guidewire seen "as the F1 was about to suture" (the closing named
  with the item: "about to close" alone tells the operation done), a swab "took it out and completed
  the suturing", and a drug taken out of the room "before the LP" are catches.
- The closure-order reasoning: "the swab count at the end showed ..." is the count's result, not an
  item found; "it was not visible" finds nothing; "before the patient came out of lithotomy" governs
  the end of the procedure; a sheath "reopened" two sentences after a short count is the same
  operation; the ward a letter comes from ("Letter from Mr and Mrs P, postnatal ward") is no care
  after the procedure.

Every cue that can make a near miss is paired with narratives where its words stand in an
innocent role and the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# --------------------------------------------------------- told after the story: nothing in


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Night shift, my dad's bay. His nurse was about to flush the drip in his hand with "
            "an ampoule I could read: Potassium Chloride. I said is that right and she checked "
            "it. She put it in the sharps bin and used a saline flush instead. Dad is fine. "
            "Nothing went in.",
            "4",
        ),
        (
            "PALS. Daughter says the nurse drew up her mum's liquid paracetamol in a purple "
            "syringe and went to plug it into the line in her arm. Daughter asked what she was "
            "doing. The nurse apologised and gave it by mouth. Daughter was reassured nothing "
            "went into the line.",
            "5",
        ),
        (
            "Letter from pt. The agency nurse brought my insulin drawn up in a 1ml syringe "
            "instead of an insulin syringe. I refused it. She went to get the nurse in charge. A "
            "new dose was drawn up with an insulin syringe. I did not get the wrong dose.",
            "6",
        ),
        (
            "New methotrexate for psoriasis started by derm. GP added it to repeats as '10mg OD' "
            "from the letter. Community pharmacist rang before supplying it to query the daily "
            "frequency; changed to once weekly. Nothing taken.",
            "7",
        ),
    ],
)
def test_nothing_received_told_after_the_story_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Pt given 20 units NovoRapid drawn from her pen with a 1ml syringe. BM 1.8 an hour "
            "later. IV glucose 10% put up but the cannula had tissued and nothing went in, so IM "
            "glucagon given.",
            "6",
        ),
        (
            "KCl 15% 10ml pushed as a flush via the cannula instead of sodium chloride 0.9%. Pt "
            "c/o burning, nurse stopped. Nothing went in after that. ECG, K+ 6.1, medical team "
            "reviewed.",
            "4",
        ),
        (
            "Methotrexate 10mg was given daily instead of weekly on the ward for 4 days "
            "(Mon-Thu). Pharmacist picked it up on Fri. Nothing extra was given after that. "
            "Bloods sent, rheum informed.",
            "7",
        ),
    ],
)
def test_nothing_received_of_another_product_or_afterwards_leaves_the_event(
    text: str, code: str
) -> None:
    assert never_event_codes(text) == (code, None)


# ------------------------------------------------------------- catches told tersely or lay


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Levemir prepared in a 2ml luer syringe (no insulin syringes left). Second RN "
            "stopped it before given.",
            "6",
        ),
        (
            "Midazolam 10mg/2ml drawn up for an OGD under sedation instead of the 1mg/ml. The "
            "independent checker looked at the ampoule against the protocol and the syringe was "
            "discarded.",
            "8",
        ),
        (
            "Cataract list. The +23.0D lens was opened for a pt whose biometry said +20.5D. The "
            "surgeon asked for the box, the nurse went out and came back with a different lens. "
            "Case went ahead.",
            "2",
        ),
        (
            "Sedation list in endoscopy. The nurse drew up the midazolam 5mg/ml ampoule by "
            "mistake. The endoscopist read the label, said it was the high strength one, and "
            "they got a different ampoule.",
            "8",
        ),
        (
            "Chest drain insertion on the ward: as the F1 was about to suture the drain in, the "
            "nurse saw the guidewire still in the drain. Wire removed, drain sutured.",
            "3",
        ),
        (
            "Subclavian line on ICU: the assistant noticed the guidewire tip still protruding "
            "from the hub while the operator was suturing; wire pulled out intact.",
            "3",
        ),
        (
            "Second degree tear repair. The second midwife noted one gauze swab short. The "
            "midwife re-examined, felt it still inside at the vault, took it out and completed "
            "the suturing. Count then correct.",
            "3",
        ),
        (
            "Day unit. At the intrathecal checklist the second nurse found the vinblastine "
            "syringe had been brought into the LP room with the IT methotrexate; she took it out "
            "before the LP started.",
            "5",
        ),
    ],
)
def test_catch_told_tersely_or_in_lay_words_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "stopped it before given" after the dose told given
        (
            "Pt given 30 units actrapid drawn up in a 2ml syringe from the pen. BM 2.0 at 14:00. "
            "NIC stopped it before given again at teatime and a new pen was ordered.",
            "6",
        ),
        # "the second check ... and it was stopped" once the feed had run
        (
            "Enteral feed connected to the PICC by mistake and had been running for an hour when "
            "the second check by the NIC found it and it was stopped. Pt observed on HDU.",
            "5",
        ),
        # "came back with a different lens" at the exchange after the wrong one went in
        (
            "+24.0D IOL implanted instead of the planned +21.0D (wrong biometry sheet). "
            "Refractive surprise at the 2 week check. Pt listed for lens exchange; at the "
            "exchange the nurse came back with a different lens from the store and it was "
            "implanted.",
            "2",
        ),
        # "about to close" when the count was signed, the swab seen days later
        (
            "Count correct as the registrar was about to close. Skin closed. On CT 4 days later "
            "a swab was seen in the pelvis; pt returned to theatre for removal.",
            "3",
        ),
        # "took it out and finished the repair" at a return to theatre
        (
            "Readmitted day 3 after a forceps delivery with offensive loss. In theatre the "
            "registrar found a swab still in the vagina, took it out and finished the repair of "
            "the breakdown.",
            "3",
        ),
        # "got a different ampoule" for the next patient, after this one was oversedated
        (
            "Bronchoscopy under sedation: midazolam 10mg/2ml given instead of 1mg/ml. Pt "
            "apnoeic, bagged, flumazenil given. The nurse then got a different ampoule for the "
            "next pt.",
            "8",
        ),
        (
            "Methotrexate 10mg given daily for 3 days on the ward instead of weekly. On day 4 the "
            "pharmacist stopped it before given again. Pt had mouth ulcers.",
            "7",
        ),
        (
            "KCl 15% was drawn up in error as the flush and given via the cannula at 22:00. Pt "
            "arrested. The second dose the nurse had drawn up for the 06:00 flush was found and "
            "the NIC stopped it before given.",
            "4",
        ),
        (
            "Midazolam 5mg/ml was given for the OGD under sedation; pt apnoeic, reversed. "
            "Afterwards the second check of the remaining ampoules on the trolley was done and it "
            "was stopped from further use.",
            "8",
        ),
        (
            "Pt given 40 units via a 1ml luer syringe at 17:00, BM 2.2 at 19:00. The bedside "
            "check for the bedtime dose then showed the same syringe and it was stopped.",
            "6",
        ),
        (
            "Strong KCl ampoule used to flush the cannula instead of saline; pt c/o arm pain and "
            "had a K+ of 6.0. The nurse went out and came back with a different ampoule to show "
            "the NIC.",
            "4",
        ),
        (
            "L inguinal hernia repaired. As the surgeon was about to close the wound, the "
            "theatre nurse saw the consent was for the R side. Pt informed, R repair booked.",
            "1",
        ),
        (
            "Laparoscopic chole: count documented as correct while the surgeon was about to close "
            "the ports. Xray next day for pain showed a swab in the RUQ; relook laparoscopy.",
            "3",
        ),
        (
            "Tampon left in after a perineal repair; found by the GP a week later, who took it "
            "out and then finished the consultation with antibiotics.",
            "3",
        ),
        (
            "Readmitted 2 days after her perineal repair with pain; the registrar found a swab "
            "still inside, took it out and finished the stitching of the breakdown.",
            "3",
        ),
        (
            "Vincristine given intrathecally at 14:00. The nurse took it out of the LP room "
            "afterwards and removed it before the next pt, but the pt had already received it. "
            "Pt to ICU.",
            "5",
        ),
        (
            "As the surgeon was about to close, the nurse counted the swabs as correct. The CT on "
            "day 3 showed a retained swab; relook laparotomy.",
            "3",
        ),
        (
            "On day 4 the GP found a swab in the wound, took it out and completed the closure "
            "with steri-strips.",
            "3",
        ),
        (
            "Readmitted a week after her repair; the registrar found the swab still inside, took "
            "it out and finished the suturing of the dehisced tear.",
            "3",
        ),
        (
            "Strong KCl given as a flush at 10:00; pt c/o arm pain, K+ 6.2. The NIC found the KCl "
            "box on the flush trolley and removed it before the next round.",
            "4",
        ),
        (
            "At the sign out checklist the scrub nurse noticed the count had been signed without "
            "the swabs being counted. Xray next day showed a swab in the abdomen.",
            "3",
        ),
        (
            "CVC sited in ED and the wire removed it was thought. The line was secured and "
            "sutured. CXR next morning showed the guidewire in the IVC; IR removed it before "
            "lunch.",
            "3",
        ),
        # the right lens brought once the wrong one was in, with no going for it
        (
            "Wrong IOL (21D instead of 24D) implanted in the left eye. When it was noticed the "
            "nurse came back with the correct lens and a lens exchange was done the following "
            "week.",
            "2",
        ),
        # a different lens fetched, then put in by the surgeon
        (
            "Nurse went to get a lens and came back with a different lens, 21D instead of 24D; "
            "the surgeon implanted it without checking. Found at post-op refraction.",
            "2",
        ),
        # a different ampoule got after the sedation had gone wrong
        (
            "The midazolam 10mg in 2ml was used for conscious sedation in endoscopy instead of "
            "the 1mg/ml; pt needed flumazenil. They got a different ampoule after that.",
            "8",
        ),
    ],
)
def test_catch_words_after_the_event_leave_it_a_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


# ------------------------------------------------------------------------- closure order


@pytest.mark.parametrize(
    "text",
    [
        "Episiotomy repaired. The swab count at the end showed one gauze short. Before her legs "
        "came down the registrar re-examined and removed it from the vault. Count then correct. "
        "The gauze had been hidden by the drape so was not visible.",
        "Perineal repair. Count short by one swab. The registrar re-examined before the patient "
        "came out of lithotomy and removed the swab from the vaginal vault.",
        "Laparotomy: one large swab unaccounted for at the count. Sheath closure was under way. "
        "Closure halted, the sheath was reopened and the swab retrieved from the left paracolic "
        "gutter. Recount correct and the sheath closed.",
        "Letter from Mr and Mrs P, postnatal ward. While my wife's tear was being repaired we "
        "heard the count was one swab short. The registrar looked again, felt it still inside, "
        "took it out and completed the suturing.",
    ],
)
def test_item_found_before_the_procedure_ended_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "Count correct at the end of the LSCS, skin closed. Readmitted day 6 with pain; CT "
        "showed a swab in the pelvis. Relook laparotomy, swab removed.",
        "Closing count one swab short, xray in theatre reported clear, closed. Day 3 the wound "
        "was reopened on the ward for a collection and a swab was found in it.",
        "After her perineal repair she went to the postnatal ward. Two days later the midwife "
        "found a swab still inside the vagina when she complained of an offensive smell; "
        "removed.",
        "Swab not found at the closing count and the wound was closed. The swab was found on "
        "the xray next day in the pelvis; returned to theatre.",
    ],
)
def test_item_found_after_the_procedure_ended_stays_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
