"""Intake: the national front door where trust systems submit patient safety incidents."""
