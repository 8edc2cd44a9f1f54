"""The audit trail of record-level reads."""
