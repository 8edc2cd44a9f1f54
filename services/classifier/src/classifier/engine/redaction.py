"""Redact patient and staff identifiers before a narrative is classified or shared.

Each identifier is replaced by a typed tag: [NHS_NUMBER], [DATE_OF_BIRTH], [POSTCODE],
[PHONE], [EMAIL], [MRN], [NAME]. Cue words (DOB, MRN, Mr...) are kept so the text still reads.
"""

from __future__ import annotations

import re
from typing import NamedTuple

NHS_NUMBER = "[NHS_NUMBER]"
DATE_OF_BIRTH = "[DATE_OF_BIRTH]"
POSTCODE = "[POSTCODE]"
PHONE = "[PHONE]"
EMAIL = "[EMAIL]"
MRN = "[MRN]"
NAME = "[NAME]"

_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

_NHS_RE = re.compile(r"(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])")

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+|[\s/.\-]+)(?:of\s+)?{_MONTHS}\.?(?:,?\s+|[/.\-])\d{{2,4}}"
    rf"|{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
_DOB_RE = re.compile(
    rf"(\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?)\s*[:\-]?\s*)({_DATE})",
    re.IGNORECASE,
)

_MRN_RE = re.compile(
    r"(\b(?:mrn|hospital\s+(?:no|number|num|id)|hosp\.?\s*(?:no|num|number)|unit\s+(?:no|number)"
    r"|patient\s+(?:id|number|no)|case\s+(?:no|number)|pas\s+(?:no|number|id)|rtx|crn"
    r"|medical\s+record\s+(?:no|number)|k\s*number)\.?\s*[:#]?\s*)"
    r"([A-Z]{0,3}\d[\d ]{4,11}\d[A-Z]?)\b",
    re.IGNORECASE,
)
_MRN_BARE_RE = re.compile(r"\b[A-Z]{1,3}\d{6,9}\b")

_PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?(?:[\s-]?\d{2,4}){2,3}(?![\d])"
)

# Postcode areas of the UK, so lower-case text ("x2 5ml") is not taken for a postcode.
_POSTCODE_AREAS = frozenset(
    [
        "AB",
        "AL",
        "B",
        "BA",
        "BB",
        "BD",
        "BH",
        "BL",
        "BN",
        "BR",
        "BS",
        "BT",
        "CA",
        "CB",
        "CF",
        "CH",
        "CM",
        "CO",
        "CR",
        "CT",
        "CV",
        "CW",
        "DA",
        "DD",
        "DE",
        "DG",
        "DH",
        "DL",
        "DN",
        "DT",
        "DY",
        "E",
        "EC",
        "EH",
        "EN",
        "EX",
        "FK",
        "FY",
        "G",
        "GL",
        "GU",
        "GY",
        "HA",
        "HD",
        "HG",
        "HP",
        "HR",
        "HS",
        "HU",
        "HX",
        "IG",
        "IM",
        "IP",
        "IV",
        "JE",
        "KA",
        "KT",
        "KW",
        "KY",
        "L",
        "LA",
        "LD",
        "LE",
        "LL",
        "LN",
        "LS",
        "LU",
        "M",
        "ME",
        "MK",
        "ML",
        "N",
        "NE",
        "NG",
        "NN",
        "NP",
        "NR",
        "NW",
        "OL",
        "OX",
        "PA",
        "PE",
        "PH",
        "PL",
        "PO",
        "PR",
        "RG",
        "RH",
        "RM",
        "S",
        "SA",
        "SE",
        "SG",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SP",
        "SR",
        "SS",
        "ST",
        "SW",
        "SY",
        "TA",
        "TD",
        "TF",
        "TN",
        "TQ",
        "TR",
        "TS",
        "TW",
        "UB",
        "W",
        "WA",
        "WC",
        "WD",
        "WF",
        "WN",
        "WR",
        "WS",
        "WV",
        "YO",
        "ZE",
    ]
)
_POSTCODE_RE = re.compile(r"\b([A-Za-z]{1,2})\d[A-Za-z\d]?\s*\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}\b")
# Six or more digits, possibly spaced: only then can there be an NHS, phone or hospital number.
_DIGIT_RUN_RE = re.compile(r"\d(?:[ -]?\d){5}")
_DOB_CUES = ("dob", "d.o.b", "birth", "born")
_MRN_CUES = (
    "mrn",
    "hosp",
    "unit n",
    "patient id",
    "patient n",
    "case n",
    "pas ",
    "rtx",
    "crn",
    "record n",
    "k number",
    "k no",
)
_TITLE_RE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|prof|professor)\b", re.IGNORECASE)
# The cheap tests below run on the lower-cased text (case-insensitive patterns are slow).
# Both start with a plain character set, which lets the regex engine skip ahead quickly; the
# left word boundary of a title is checked on the few hits.
_TITLE_CORE_RE = re.compile(r"(?:mrs?|ms|miss|mx|dr|prof(?:essor)?)\b")
_POSTCODE_CORE_RE = re.compile(r"\d[A-Za-z\d]?\s*\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}\b")
_ROLE_CUES = (
    "Doctor",
    "Nurse",
    "Sister",
    "Matron",
    "Midwife",
    "Sr",
    "Rev",
    "Master",
    "Sir",
    "Dame",
    "Lord",
    "Cllr",
    # a whole report in capitals ("NURSE SMITH GAVE 14 UNITS")
    "NURSE",
    "SISTER",
    "MATRON",
    "MIDWIFE",
    "DOCTOR",
)
#: Whether any role cue occurs: one scan instead of one substring search per cue.
_ROLE_CUE_RE = re.compile("|".join(map(re.escape, _ROLE_CUES)))


#: A digit run or a postcode core: most narratives hold neither, and one scan tells.
_DIGITS_OR_POSTCODE_RE = re.compile(f"{_DIGIT_RUN_RE.pattern}|{_POSTCODE_CORE_RE.pattern}")

_TITLES_ANY_CASE = r"(?i:mr|mrs|ms|miss|mx|dr|prof|professor)"
_TITLES_CAPITALISED = (
    r"(?:Doctor|Nurse|Sister|Matron|Midwife|Sr|Staff\s+Nurse|Charge\s+Nurse|Student\s+Nurse"
    r"|Student\s+Midwife|Rev|Reverend|Master|Sir|Dame|Lord|Cllr"
    r"|NURSE|SISTER|MATRON|MIDWIFE|DOCTOR)"
)
# Capital and small letters, accented ones too ("Dr Müller", "Dr ÉLISE DUPONT"; Latin
# Extended-A, where the cases alternate, is in both).
_UP = "A-ZÀ-ÖØ-ÞĀ-ž"
_LO = "a-zß-öø-ÿĀ-ž"
# Capitalised words, with Mc/O'/double-barrelled forms, but not acronyms such as DOB. A
# possessive 's ends the name, so what the name owns stays ("Mrs Patel's Oramorph").
_NAME_WORD = rf"[{_UP}][{_LO}]*(?:(?:['’](?!s\b)|-)?[{_UP}]?[{_LO}]+)*\b"
# Many reporters write a surname, or the whole report, in capitals ("Dr JONES", "Nurse O'BRIEN",
# "Sister McDONALD", "MR SMITH-JONES FELL"): two capitals or more, with Mc/O'/double-barrelled
# forms. What else follows a title in capitals is clinical and must stay (see _CAPS_NOT_NAMES).
# A possessive 'S stays ("MR SMITH'S WIFE"); the small letters of Mc/Mac come before two
# capitals or more (a grade such as "SpR" is not "McD").
_CAPS_PART = rf"[{_UP}](?:['’](?!S\b)|[{_LO}]{{1,2}}(?=[{_UP}]{{2}}))?[{_UP}]+"
_CAPS_WORD = rf"{_CAPS_PART}(?:-{_CAPS_PART})*\b"


def _words(block: str) -> frozenset[str]:
    """The words of `block` (long lists of short words read better as blocks of text)."""
    return frozenset(block.split())


# Capital words that follow a title or a name without being a name. Grades, wards and teams
# ("Dr SHO", "Dr ED", "Sister AMU", "Dr ON CALL"):
_CAPS_GRADES_AND_PLACES = _words(
    """
    SHO SPR REG FY CT ST GP GPS ED AE ICU ITU HDU CCU AMU MAU SAU EAU CDU NICU PICU SCBU NNU OPD
    DSU HCA RN RGN RMN ODP ANP ACP CNS DN CPN NP PA AHP OT PT SALT IT MDT QA OOH ONCALL ON-CALL
    CALL TEAM TEAMS SURGICAL MEDICAL ORTHO ORTHOS ANAES ANAESTHETIST ANAESTHETICS SURGEON SURGEONS
    RADIOLOGIST RADIOLOGY RADIOGRAPHER CARDIOLOGY LIST UNIT DEPT DEPARTMENT WARDS BAY BED SIDE
    ROOM THEATRE THEATRES RECOVERY CLINIC LABOUR NIGHT DAY DUTY AGENCY BANK LOCUM STUDENT STAFF
    SENIOR JUNIOR DOCTOR DOCTORS MIDWIFE MATRON DR MR MRS MS PROF HOME
    """
)
# magnetic resonance ("MR SCAN", "MR CONDITIONAL") and "NEAR MISS":
_CAPS_MR_AND_MISS = _words(
    """
    NEAR MISS SCAN SCANS CONDITIONAL SAFE UNSAFE COMPATIBLE IMAGING HEAD SPINE BRAIN KNEE HIP
    CHEST ABDO PELVIS ANGIO ANGIOGRAM ANGIOGRAPHY ARTHROGRAM ARTHROGRAPHY ENTEROGRAPHY VENOGRAM
    SCANNER ENVIRONMENT SAFETY
    """
)
# the acronyms, diagnoses, drugs and tests that follow a patient's name ("Mrs Khan DOB",
# "Mr Jones OGD", "Mr H NSTEMI", "Mrs Smith INSULIN"; one without a vowel is never a name):
_CAPS_CLINICAL = _words(
    """
    NHS DOB MRN HOSP NOK PTS PATIENT PATIENTS RE REF URGENT STAT LEFT RIGHT LT RT BILATERAL AGED
    AGE YEARS YRS YO MALE FEMALE OK MRI NG NGT PEG PICC CVC IV IM SC PO PR PRN TTO TTA MAR OGD
    ERCP ABG VBG ECG EEG ECHO OBS NEWS DNACPR DNAR AKI DKA UTI COPD CKD NOF TIA CVA MI PE DVT HB
    INR APTT CRP FBC UE LFT LFTS BM BMS CBG SATS RR HR BP XRAY CXR USS US NSTEMI STEMI ACS AF SVT
    VT VF CAP HAP LRTI URTI SEPSIS CCF LVF HF CHF GI UGIB SAH SDH ICH TBI OD ALD IBD UC OA RA MS
    MND CP LD ASD ADHD AAA EVAR TURBT TURP TAVI PCI CABG LP INSULIN WARFARIN HEPARIN ENOXAPARIN
    CLEXANE MORPHINE OXYCODONE FENTANYL PARACETAMOL GENTAMICIN VANCOMYCIN TAZOCIN MEROPENEM
    AMOXICILLIN POTASSIUM KCL DIGOXIN METHOTREXATE LANTUS NOVORAPID HUMULIN BLOOD BLOODS GROUP
    SAVE CROSSMATCH GLUCOSE FEED TUBE DRAIN WRONG NIL SWAB SWABS PACEMAKER ICD HUMALOG ACTRAPID
    NOVORAPID NOVOMIX LEVEMIR ABASAGLAR TRESIBA MIDAZOLAM VINCRISTINE
    """
)
# and the common words of a report written in capitals ("DR HAS BEEN TOLD", "NIGHT NURSE READ
# IT", "MR SMITH FELL IN BAY 3"; verbs in -ED/-ING are told by their ending, see _VERB_LIKE):
_CAPS_REPORT_WORDS = _words(
    """
    AM IS ARE WAS WERE BE BEEN BEING HAVE DO DOES DONE GIVE GIVES GIVEN TAKE TAKES TAKEN SEE SEES
    GO GOES GONE GET GETS MAKE SAY SAYS TELL FOUND FIND FELL FALL FALLS READ WRITTEN COME RING
    SPOKEN HELD DREW DRAWN HUNG BEGAN RAN RUN BROUGHT KNEW KNOW STOOD SET LET MET ATE SLEPT WOKE
    FORGOT WILL WOULD SHALL SHOULD CAN COULD MAY MIGHT MUST STATES ASKS CALLS CHECKS NOTES OR BUT
    WHEN WHILE STILL NOW YES ALREADY HE SHE IT THEY HIM THEM ALL BOTH SAME VERY JUST ALERT ASLEEP
    AWAKE STABLE UNWELL WELL OUT UP OFF DOWN OVER BACK HERE THERE PLEASE MY WHY BLED FED FLED
    BRING
    """
)
# Names that end like a verb in capitals (a name is never REVIEWED or COVERING, but AHMED is).
_CAPS_NAMES_LIKE_VERBS = (
    r"(?:AHMED|MOHAMMED|MOHAMED|MUHAMMED|HAMEED|RASHEED|SAEED|JAVED|NAVEED|WAHEED|MAJEED|REED"
    r"|CREED|KING|HARDING|MANNING|GOLDING|FIELDING|PICKERING|DOWLING|STIRLING|GOSLING"
    r"|BROWNING|REDDING|DEERING|KEELING|SPALDING|HASTINGS|CUMMINGS|JENNINGS|BILLINGS)"
)
# A word of capitals with no vowel is an acronym ("TKR", "NBM", "GCS", "NG"); Y is a vowel
# ("LYNCH", "FLYNN") and a capital before an apostrophe is the start of a name ("D'SOUZA").
_NO_VOWEL = r"[B-DF-HJ-NP-TV-XZ]+\b(?!['’])"
# A verb in -ED/-ING has a vowel before its ending ("REVIEWED", "BEING"); "LING", "MING",
# "TED" and "FRED" have none and are names.
_VERB_LIKE = rf"(?!{_CAPS_NAMES_LIKE_VERBS}\b)[A-Z]*[AEIOUY][A-Z]*(?:ED|ING)\b"
_VERB_LIKE_RE = re.compile(_VERB_LIKE)
# Imaging and scope words are never names ("MR CHOLANGIOGRAPHY", "MR VENOGRAM").
_IMAGING = r"[A-Z]*(?:GRAPHY|GRAM|SCOPY)\b"
# Words that follow a title without being a name ("dr on call", "Nurse Practitioner").
_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "on",
        "in",
        "at",
        "of",
        "to",
        "for",
        "was",
        "were",
        "is",
        "has",
        "had",
        "who",
        "which",
        "that",
        "this",
        "his",
        "her",
        "their",
        "reviewed",
        "informed",
        "aware",
        "called",
        "contacted",
        "asked",
        "said",
        "stated",
        "attended",
        "came",
        "saw",
        "seen",
        "went",
        "advised",
        "explained",
        "documented",
        "noted",
        "happy",
        "unable",
        "not",
        "no",
        "present",
        "registrar",
        "gave",
        "wrote",
        "took",
        "made",
        "did",
        "didn",
        "felt",
        "thought",
        "spoke",
        "rang",
        "left",
        "told",
        "sent",
        "kept",
        "put",
        "got",
        "plan",
        "review",
        "consultant",
        "practitioner",
        "specialist",
        "associate",
        "manager",
        "led",
        "lead",
        "charge",
        "nurse",
        "sister",
        "oncall",
        "covering",
        "bleeped",
        "paged",
        "also",
        "then",
        "again",
        # a sentence opened after "dr." ("seen by the admitting dr. First dose given Mon")
        "first",
        "second",
        "third",
        "next",
        "later",
        "subsequently",
        "today",
        "yesterday",
        "overnight",
        "agreed",
        "on-call",
        "with",
        "from",
        "by",
        "as",
        "Practitioner",
        "Specialist",
        "Associate",
        "Consultant",
        "Manager",
        "Led",
        "Lead",
        "In",
        "On",
        "And",
        "The",
        "Who",
        "Was",
        "Team",
        "Registrar",
        "Unit",
        "Advanced",
        "Clinical",
        "Support",
        "Assistant",
        "In-Charge",
        "Charge",
        # staffing, not a name ("HCA Bank staff", "RN Agency")
        "Bank",
        "Agency",
        "Locum",
    ]
)
# The words that never are names (_NOT_NAMES) are not names in capitals either.
_CAPS_ALWAYS_NOT_NAMES = (
    _CAPS_GRADES_AND_PLACES
    | _CAPS_MR_AND_MISS
    | _CAPS_CLINICAL
    | {word.upper() for word in _NOT_NAMES}
)
_CAPS_NOT_NAMES = _CAPS_ALWAYS_NOT_NAMES | _CAPS_REPORT_WORDS
# A word in capitals is a name when it is none of those, nor an acronym, nor a verb.
_CAPS_NAME_WORD = (
    rf"(?!(?:{'|'.join(map(re.escape, sorted(_CAPS_NOT_NAMES)))})\b|{_NO_VOWEL}|{_VERB_LIKE}"
    rf"|{_IMAGING}){_CAPS_WORD}"
)
# The first word after a title may also be a report word or a verb-like word: whether it is
# one is told by the case around it (`_name`): "DR WILL REVIEW", "Dr WILL review" (a name),
# "Dr HUNG reviewed", "Dr STERLING reviewed".
_CAPS_FIRST_NAME_WORD = (
    rf"(?!(?:{'|'.join(map(re.escape, sorted(_CAPS_ALWAYS_NOT_NAMES)))})\b|{_NO_VOWEL}"
    rf"|{_IMAGING}){_CAPS_WORD}"
)
# A second name word is on the same line; a lone L or R after a surname is a side, and a
# lone letter before a number, "+", "/" or "-" an ion or a test, not an initial ("Mr Patel L
# TKR", "Mrs Khan R hip", "MRS SMITH K 2.9", "MR SMITH X-RAY"): clinical information the
# reader needs. So is a word
# before "+" (the ion in "Mrs Smith K+ 2.9", "NA+ 130") or "/" ("MR SMITH C/O CHEST PAIN").
_LATER_NAME_WORD = (
    rf"(?![LR]\b|[{_UP}]\b(?=[ \t]*[\d+/\-])|\w+[+/])(?:{_CAPS_NAME_WORD}|{_NAME_WORD})"
)
# Initials, spaced or not ("Dr A B JONES", "Dr. A. B. JONES", "Dr A.B. JONES", "Dr J.SMITH"),
# and the particles of a surname ("Dr de Souza", "Dr VAN DER MERWE").
_INITIALS = rf"(?:[{_UP}](?:\.[ \t]*|[ \t]+)){{0,3}}"
_PARTICLES = (
    r"(?:(?:de|da|di|du|van|von|der|den|le|la|al|el|del|dos|ter|ten"
    r"|De|Da|Di|Du|Van|Von|Der|Den|Le|La|Al|El|Del|Dos|Ter|Ten"
    rf"|DE|DA|DI|DU|VAN|VON|DER|DEN|LE|LA|AL|EL|DEL|DOS|TER|TEN)(?:[ \t]+|-(?=[{_UP}]))){{0,2}}"
)
_CAPITALISED_NAME = (
    rf"{_INITIALS}{_PARTICLES}(?:{_CAPS_FIRST_NAME_WORD}|{_NAME_WORD})"
    rf"(?:[ \t]+{_LATER_NAME_WORD})?"
)
# Mr/Mrs/Dr... are titles in any case ("Dr.SMITH" too), and lower-case text may hold a
# lower-case name.
_NAME_AFTER_TITLE_RE = re.compile(
    rf"\b({_TITLES_ANY_CASE}(?:\.?\s+|\.(?=[{_UP}])))"
    rf"({_CAPITALISED_NAME}|[a-zß-öø-ÿ][a-zß-öø-ÿ'\-]+)"
)
# Nurse/Sister... are only titles when capitalised (or the report is in capitals) and followed
# by a name.
_NAME_AFTER_ROLE_RE = re.compile(rf"\b({_TITLES_CAPITALISED}\s+)({_CAPITALISED_NAME})")
# Staff grades written as letters before a name ("HCA Dimitrova", "RN Jess Hale", "SN Okafor",
# "ODP Sam"): only a capitalised name counts, since capitals after them are clinical or a place
# ("RMN PICU", "HCA MH", "HCA WASHING").
_STAFF_GRADES = r"(?:HCA|HCSW|CSW|ODP|RN|RGN|RMN|SN|SSN)"
_NAME_AFTER_STAFF_GRADE_RE = re.compile(
    rf"\b({_STAFF_GRADES}[ \t]+)({_INITIALS}{_PARTICLES}{_NAME_WORD}(?:[ \t]+{_LATER_NAME_WORD})?)"
)


def _nhs_number_is_valid(digits: str) -> bool:
    """Modulus 11 check digit of a 10-digit NHS number."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _nhs(match: re.Match[str]) -> str:
    digits = "".join(match.groups())
    return NHS_NUMBER if _nhs_number_is_valid(digits) else match.group()


def _phone(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group())
    if digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")
    return PHONE if 10 <= len(digits) <= 11 else match.group()


#: "near " just before a match: "near miss" is the noun, not the title.
_NEAR_RE = re.compile(r"\bnear[\s-]+$", re.IGNORECASE)
#: A word in capitals (or a number) next: the text around is written in capitals.
_CAPITALS_NEXT_RE = re.compile(r"[ \t]+(?:[A-Z]{2}|\d)")
#: The word after a lower-case name: "dr ahmed reviewed" (a name), "dr reviewed the notes".
_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z]+)")
#: Lower-case verbs told after a name, beside those in -ed ("dr ahmed gave", "dr saeed was").
_VERBS_AFTER_NAME = _words(
    """
    gave said was is has had came saw wrote took felt thought spoke rang told sent kept put got
    made did went
    """
)
_NAMES_LIKE_VERBS_RE = re.compile(_CAPS_NAMES_LIKE_VERBS + r"$")
#: A vowel before the -ed/-ing of a lower-case word ("re-examined", "reviewed"; not "ted").
_VOWEL_BEFORE_ENDING_RE = re.compile(r"[aeiouy].*(?:ed|ing)$")


def _lower_case_word_is_name(match: re.Match[str], word: str) -> bool:
    """Whether a lower-case word in -ed/-ing after a title is a name: one written like a verb
    ("dr ahmed", "dr reed"), one without a vowel before its ending ("dr ted"), or one followed
    by a verb ("dr hameed reviewed", "dr saeed gave")."""
    if _NAMES_LIKE_VERBS_RE.match(word.upper()) or not _VOWEL_BEFORE_ENDING_RE.search(word):
        return True
    nxt = _NEXT_WORD_RE.match(match.string, match.end())
    return nxt is not None and (nxt.group(1).endswith("ed") or nxt.group(1) in _VERBS_AFTER_NAME)


#: Ward is a common surname ("Mr Ward fell", "Dr WARD reviewed") and a place: after a title it
#: is the place only when a ward's own word or its number or letter follows ("Sister Ward
#: Manager", "Dr Ward Round", "Nurse Ward 5", "SISTER WARD B").
_WARD_AS_PLACE_NEXT_RE = re.compile(
    r"[ \t]+(?:rounds?|manager|sister|clerk|staff|nurse|team|based|host|\d|(?-i:[A-Z])\b)",
    re.IGNORECASE,
)


def _ward_is_the_place(match: re.Match[str], first_word: str) -> bool:
    """Whether "Ward" after a title is the ward, not the surname (see _WARD_AS_PLACE_NEXT_RE)."""
    after = match.start(2) + len(first_word)
    return _WARD_AS_PLACE_NEXT_RE.match(match.string, after) is not None


def _name(match: re.Match[str]) -> str:
    title, name = match.group(1), match.group(2)
    if title.rstrip(". \t\n") == "MR" and name[0].islower():
        return match.group()  # magnetic resonance: "MR conditional", "MR scan"
    if title[:4].lower() == "miss" and _NEAR_RE.search(match.string, 0, match.start()):
        return match.group()  # the noun: "a near miss. KCl 15% was drawn up"
    words = name.split()
    first_word = words[0].rstrip(".")
    # An initial before a surname ("Mrs A Khan") is a name, though "A" is also the article.
    initial = len(words) > 1 and len(first_word) == 1 and first_word.isupper()
    if not initial and (first_word in _NOT_NAMES or first_word.lower() in _NOT_NAMES):
        return match.group()
    if not initial and first_word.lower() == "ward" and _ward_is_the_place(match, first_word):
        return match.group()
    if name.islower() and (name.endswith("ed") or name.endswith("ing")):
        if not _lower_case_word_is_name(match, name):
            return match.group()
    elif (
        not initial
        and first_word.isupper()
        and (first_word in _CAPS_REPORT_WORDS or _VERB_LIKE_RE.fullmatch(first_word))
    ):
        # A report word or a verb in capitals: a word when the text around is in capitals
        # ("DR WILL REVIEW", "MR SMITH FELL"), a name in a mixed-case text ("Dr HUNG reviewed").
        after = match.start(2) + len(words[0])
        if title.isupper() or _CAPITALS_NEXT_RE.match(match.string, after):
            return match.group()
    return f"{title}{NAME}"


def _postcode(match: re.Match[str]) -> str:
    return POSTCODE if match.group(1).upper() in _POSTCODE_AREAS else match.group()


def _dob(match: re.Match[str]) -> str:
    return f"{match.group(1)}{DATE_OF_BIRTH}"


def _mrn(match: re.Match[str]) -> str:
    return f"{match.group(1)}{MRN}"


def _has_title(lower: str, core: re.Pattern[str]) -> bool:
    """Whether lower-case `lower` holds a title word (mr, mrs, dr...)."""
    for m in core.finditer(lower):
        start = m.start()
        if start == 0 or not (lower[start - 1].isalnum() or lower[start - 1] == "_"):
            return True
    return False


class _Patterns(NamedTuple):
    """The patterns `redact` runs, compiled for any text or, faster, for ASCII-only text."""

    email: re.Pattern[str]
    dob: re.Pattern[str]
    mrn: re.Pattern[str]
    digits_or_postcode: re.Pattern[str]
    digit_run: re.Pattern[str]
    nhs: re.Pattern[str]
    mrn_bare: re.Pattern[str]
    phone: re.Pattern[str]
    postcode_core: re.Pattern[str]
    postcode: re.Pattern[str]
    title_core: re.Pattern[str]
    name_after_title: re.Pattern[str]
    name_after_role: re.Pattern[str]
    name_after_staff_grade: re.Pattern[str]


_PATTERNS = _Patterns(
    _EMAIL_RE,
    _DOB_RE,
    _MRN_RE,
    _DIGITS_OR_POSTCODE_RE,
    _DIGIT_RUN_RE,
    _NHS_RE,
    _MRN_BARE_RE,
    _PHONE_RE,
    _POSTCODE_CORE_RE,
    _POSTCODE_RE,
    _TITLE_CORE_RE,
    _NAME_AFTER_TITLE_RE,
    _NAME_AFTER_ROLE_RE,
    _NAME_AFTER_STAFF_GRADE_RE,
)
# On ASCII text the ASCII flavour matches exactly the same (\s aside: Unicode \s also takes
# the control characters \x1c-\x1f, so texts holding them use the Unicode patterns).
_ASCII_PATTERNS = _Patterns(
    *(re.compile(p.pattern, (p.flags & ~re.UNICODE) | re.ASCII) for p in _PATTERNS)
)
_UNICODE_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")


def _patterns_for(text: str) -> _Patterns:
    if text.isascii() and not any(space in text for space in _UNICODE_ONLY_SPACES):
        return _ASCII_PATTERNS
    return _PATTERNS


def redact(text: str) -> str:
    """`text` with NHS numbers, dates of birth, postcodes, phone numbers, emails, hospital
    numbers and names after titles or staff grades replaced by typed tags.

    Each pattern only runs when a cheap test shows it could match (speed matters: this runs on
    every narrative before classification).
    """
    p = _patterns_for(text)
    lower = text.lower()
    same_length = len(lower) == len(text)
    has_role = _ROLE_CUE_RE.search(text) is not None
    if "@" in text:
        text = p.email.sub(EMAIL, text)
    if any(cue in lower for cue in _DOB_CUES):
        text = p.dob.sub(_dob, text)
    if any(cue in lower for cue in _MRN_CUES):
        text = p.mrn.sub(_mrn, text)
    if p.digits_or_postcode.search(text):
        if p.digit_run.search(text):
            text = p.nhs.sub(_nhs, text)
            text = p.mrn_bare.sub(MRN, text)
            text = p.phone.sub(_phone, text)
        if p.postcode_core.search(text):
            text = p.postcode.sub(_postcode, text)
    if _has_title(lower, p.title_core) if same_length else _TITLE_RE.search(text):
        text = p.name_after_title.sub(_name, text)
    if has_role:
        text = p.name_after_role.sub(_name, text)
    text = p.name_after_staff_grade.sub(_name, text)
    return text
