"""Counts across trusts, ICBs and regions: rollups kept by the consumer, disclosure control."""
