"""Which partition a keyed record goes to: the Java client's murmur2 rule, computed faster.

Every Kafka client agrees that a keyed record goes to `murmur2(key) & 0x7fffffff` modulo the
partition count, so all versions of an incident share a partition (and its order) whoever
produced them. aiokafka's pure-Python murmur2 reads the key one byte at a time; this one
reads it four bytes at a time (`tests/messaging/test_partitioning.py` proves them equal).
"""

from __future__ import annotations

from struct import Struct

_SEED = 0x9747B28C
_M = 0x5BD1E995
_MASK = 0xFFFFFFFF
_WORDS = Struct("<I").iter_unpack


def murmur2(key: bytes) -> int:
    """MurmurHash2 of `key` as Kafka's Java client computes it (unsigned 32-bit)."""
    length = len(key)
    h = _SEED ^ length
    blocks = length // 4
    for (k,) in _WORDS(key[: blocks * 4]):
        k = (k * _M) & _MASK
        k ^= k >> 24
        k = (k * _M) & _MASK
        h = ((h * _M) & _MASK) ^ k
    tail = key[blocks * 4 :]
    if len(tail) >= 3:
        h ^= tail[2] << 16
    if len(tail) >= 2:
        h ^= tail[1] << 8
    if tail:
        h ^= tail[0]
        h = (h * _M) & _MASK
    h ^= h >> 13
    h = (h * _M) & _MASK
    h ^= h >> 15
    return h


def partition_for(key: bytes, partitions: list[int]) -> int:
    """The partition of `partitions` (sorted ids) a record keyed `key` belongs to."""
    return partitions[(murmur2(key) & 0x7FFFFFFF) % len(partitions)]
