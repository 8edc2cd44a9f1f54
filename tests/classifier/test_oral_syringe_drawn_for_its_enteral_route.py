"""An oral medicine drawn up in a luer (IV) syringe to go by its own enteral route (down the NG
or PEG, by mouth) is the wrong kind of syringe for the right route: a supply risk, no wrong
route made, so no near miss of never event 5. A syringe taken towards, joined to or pushed into
a line, or an oral liquid drawn up to go into the vein, stays a near miss or never event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SYRINGE_FOR_ITS_OWN_ROUTE = [
    "Oramorph drawn up in a standard luer syringe for the NG as enteral syringes out of stock. "
    "Swapped to ENFit before giving. Reporting the stock issue.",
    "Drew up lactulose in an IV syringe to go down the PEG, noticed before giving, redrew in an "
    "enteral syringe.",
    "Paracetamol suspension drawn into a luer lock syringe to be given via the NG tube. Before "
    "giving I realised it was the wrong syringe type, discarded and redrawn in a purple syringe. "
    "No harm.",
    "HCA drew up the baby's EBM in a luer syringe for the NGT feed; nurse noticed before the "
    "feed and swapped it for an enteral syringe. The baby also has a long line.",
    "Enteral meds: phenytoin liquid drawn up in a normal luer syringe to put down the NG. Before "
    "I connected I saw the NG and the PICC were side by side so I stopped and redrew it in an "
    "ENFit syringe. nothing given.",
]

LINE_APPROACHED_OR_USED = [
    (
        "Oramorph drawn up in a luer syringe for the NG, nurse was about to connect it to the "
        "PICC when colleague stopped her. not given.",
        (None, "5"),
    ),
    (
        "Oral paracetamol drawn up in an iv syringe to go via the cannula, stopped before given.",
        (None, "5"),
    ),
    (
        "Lansoprazole suspension drawn up in a luer syringe meant for the PEG, connected to the "
        "midline by mistake but noticed before pushing. nothing given.",
        (None, "5"),
    ),
    (
        "Oral morphine drawn into a luer syringe and given via the cannula instead of the NG.",
        ("5", None),
    ),
    (
        "Omeprazole suspension drawn up in a luer syringe to give via the PEG; the student "
        "attached it to the midline bung before I stopped her, nothing pushed. Given via the PEG "
        "after.",
        (None, "5"),
    ),
    (
        "Oramorph drawn into a luer syringe for the NG, HCA attached it to the sc butterfly "
        "thinking it was for the driver - stopped before anything was pushed.",
        (None, "5"),
    ),
]


@pytest.mark.parametrize("text", SYRINGE_FOR_ITS_OWN_ROUTE)
def test_syringe_for_its_own_enteral_route_is_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("text", "codes"), LINE_APPROACHED_OR_USED)
def test_line_approached_or_used_stays_a_wrong_route(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes
