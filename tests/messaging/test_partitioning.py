"""The fast murmur2 partitioner equals the Java client's rule (aiokafka's reference)."""

from __future__ import annotations

from aiokafka.partitioner import DefaultPartitioner
from aiokafka.partitioner import murmur2 as reference_murmur2
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.messaging.partitioning import murmur2, partition_for


@settings(max_examples=2_000)
@given(st.binary(max_size=80))
def test_murmur2_equals_the_reference_for_any_key(key: bytes) -> None:
    assert murmur2(key) == reference_murmur2(key)


@given(st.binary(min_size=1, max_size=40), st.integers(min_value=1, max_value=64))
def test_partition_for_equals_aiokafkas_default_partitioner(key: bytes, count: int) -> None:
    partitions = list(range(count))
    assert partition_for(key, partitions) == DefaultPartitioner()(key, partitions, partitions)


def test_known_java_client_values() -> None:
    # Values of org.apache.kafka.common.utils.Utils.murmur2 (as signed ints in Java).
    assert murmur2(b"21") & 0xFFFFFFFF == (-973932308) & 0xFFFFFFFF
    assert murmur2(b"foobar") & 0xFFFFFFFF == (-790332482) & 0xFFFFFFFF
    assert murmur2(b"a-little-bit-long-string") & 0xFFFFFFFF == (-985981536) & 0xFFFFFFFF
    assert murmur2(b"") & 0xFFFFFFFF == 275646681
