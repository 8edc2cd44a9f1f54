"""Group commit: concurrent single submissions share one ledger transaction and broker round.

Each request waits for its own answer, but while one batch is in the database and the
broker, the requests that arrive meanwhile queue up and go together in the next. Under
light load a batch is one request (no added delay); under heavy load the per-request cost
of transactions and acknowledgements is shared by up to `max_batch` requests.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from intake.incidents.schemas import IncidentAccepted
from intake.incidents.service import Submission
from shared.incident import Incident

Item = tuple[Incident, Submission]
Processor = Callable[[list[Item]], Awaitable[list[IncidentAccepted]]]


@dataclass
class _Pending:
    items: list[Item]
    answer: asyncio.Future[list[IncidentAccepted]] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class SubmissionBatcher:
    """Feeds queued submissions to `process` in batches from `workers` concurrent loops."""

    def __init__(self, process: Processor, *, max_batch: int = 500, workers: int = 2) -> None:
        self._process = process
        self._max_batch = max_batch
        self._workers = workers
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        """Start the worker loops (call from the running event loop)."""
        self._tasks = [
            asyncio.create_task(self._work(), name=f"submission-batcher-{n}")
            for n in range(self._workers)
        ]

    async def stop(self) -> None:
        """Finish what is queued, then stop the workers."""
        while not self._queue.empty():
            await asyncio.sleep(0.01)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def submit(self, items: list[Item]) -> list[IncidentAccepted]:
        """Queue `items` and wait for their answers (or the batch's exception)."""
        pending = _Pending(items)
        await self._queue.put(pending)
        return await pending.answer

    async def _work(self) -> None:
        while True:
            batch = [await self._queue.get()]
            size = len(batch[0].items)
            while size < self._max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
                size += len(batch[-1].items)
            await self._run(batch)

    async def _run(self, batch: list[_Pending]) -> None:
        try:
            answers = await self._process([item for pending in batch for item in pending.items])
        except Exception as error:
            for pending in batch:
                if not pending.answer.done():
                    pending.answer.set_exception(error)
            return
        position = 0
        for pending in batch:
            count = len(pending.items)
            if not pending.answer.done():
                pending.answer.set_result(answers[position : position + count])
            position += count
