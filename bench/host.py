"""How much one core slows down while the other cores are busy (shared physical cores).

On a 2-vCPU virtual machine the two vCPUs may be one physical core's two hardware threads:
a process then runs markedly slower whenever anything runs beside it. Benchmarks that
compare a path using one core with a path that also keeps a broker and a database busy
print this factor so their ratios can be read against the host.

    .venv/bin/python -m bench.host
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time


def _workload(rounds: int = 5) -> float:
    """Seconds for a fixed pure-Python loop (best of `rounds`)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        total = 0
        for n in range(2_000_000):
            total += n * n % 7
        best = min(best, time.perf_counter() - started)
    return best


def _spin(stop_at: float) -> None:
    while time.monotonic() < stop_at:
        pass


def core_contention() -> float:
    """The workload's time with every other core spinning over its time alone.

    Alone is timed before and after (best of both), so a burst of other work on the host
    while it runs does not pass for contention.
    """
    alone = _workload()
    others = max((os.cpu_count() or 1) - 1, 0)
    if others == 0:
        return 1.0
    stop_at = time.monotonic() + 30
    spinners = [multiprocessing.Process(target=_spin, args=(stop_at,)) for _ in range(others)]
    for spinner in spinners:
        spinner.start()
    try:
        time.sleep(0.2)
        beside_busy_cores = _workload()
    finally:
        for spinner in spinners:
            spinner.terminate()
            spinner.join()
    return beside_busy_cores / min(alone, _workload())


def main() -> None:
    """Print the contention factor, then one line of JSON holding it."""
    factor = core_contention()
    print(f"one core beside busy cores runs {factor:.2f}x slower than alone")
    print(json.dumps({"core_contention": round(factor, 2)}))


if __name__ == "__main__":
    main()
