"""Donor tissue is no implant: a corneal or bone graft from a tissue bank is not a prosthesis.

Never event 2 is an implant or prosthesis other than the planned one put in. A graft of donor
tissue (a cornea from the eye bank for a DMEK or a keratoplasty, a femoral head from the bone
bank, amniotic membrane) is human tissue, traced under the tissue regulations, not a device: a
box of eye-bank tissue labelled for another patient and caught at the paperwork check tells no
implant opened, whatever the words of its catch (batch 107 dev-179325). One reading: in a report
that names donor tissue, each "graft" not told as a synthetic or vascular one ("Dacron graft",
"stent graft") is the tissue's, and is added to the concept `DONOR_TISSUE_GRAFT`, which denies
it as an implant (never_events.EVIDENCE_DENIED_BY).
"""

from __future__ import annotations

from itertools import pairwise

from classifier.engine.text import Document

#: Concept of a graft of donor tissue (denies the implant's word it covers).
DONOR_TISSUE_GRAFT = "donor_tissue_graft"
#: Words naming donor tissue by itself ("DMEK list", "keratoplasty", "allograft").
DONOR_TISSUE_WORDS = frozenset(
    {
        *("dmek", "dsaek", "dsek", "dalk", "pkp", "keratoplasty", "keratoplasties"),
        *("allograft", "allografts", "cornea", "corneas"),
    }
)
#: Word pairs naming donor tissue or where it comes from ("eye bank", "donor cornea", "corneal
#: graft", "tissue bank", "bone bank", "amniotic membrane").
DONOR_TISSUE_PAIRS = frozenset(
    {
        *(("eye", "bank"), ("tissue", "bank"), ("bone", "bank"), ("tissue", "services")),
        *(("donor", "tissue"), ("corneal", "graft"), ("corneal", "tissue")),
        *(("corneal", "transplant"), ("amniotic", "membrane"), ("donor", "graft")),
    }
)
GRAFT_WORDS = frozenset({"graft", "grafts"})
#: Words just before a graft that make it a device ("Dacron graft", "PTFE graft", "stent graft").
DEVICE_GRAFT_BEFORE = frozenset(
    {
        *("dacron", "ptfe", "goretex", "gore", "synthetic", "prosthetic", "vascular", "aortic"),
        *("stent", "tube", "polyester", "endovascular", "bifurcated", "covered", "mesh"),
    }
)
DEVICE_BEFORE = 2


def _names_donor_tissue(tokens: list[str]) -> bool:
    """Whether the report names donor tissue or a tissue bank."""
    if not DONOR_TISSUE_WORDS.isdisjoint(tokens):
        return True
    return any(pair in DONOR_TISSUE_PAIRS for pair in pairwise(tokens))


def donor_tissue_grafts(doc: Document) -> list[tuple[int, int]]:
    """The grafts of a report naming donor tissue that are not told as a device's (module
    docstring)."""
    tokens = doc.tokens
    if GRAFT_WORDS.isdisjoint(tokens) or not _names_donor_tissue(tokens):
        return []
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in GRAFT_WORDS
        and DEVICE_GRAFT_BEFORE.isdisjoint(tokens[max(0, at - DEVICE_BEFORE) : at])
    ]
