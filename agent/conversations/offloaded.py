"""Async checkpoint methods for a synchronous checkpointer, run on the agent's worker threads."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver, Checkpoint, CheckpointMetadata, CheckpointTuple

from agent.runtime.loop import offload


class OffloadedAsync(BaseCheckpointSaver[Any]):
    """The async checkpointer methods of a sync saver, each run on a worker thread.

    Mix it in before a sync saver (SqliteSaver, PostgresSaver): the graph runs with `astream`, which calls
    the async methods; each runs the saver's sync method on a worker thread, so the loop never blocks.
    """

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        """`get_tuple` on a worker thread."""
        return await offload(self.get_tuple, config)

    async def alist(self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
                    before: RunnableConfig | None = None, limit: int | None = None) -> AsyncIterator[CheckpointTuple]:
        """`list` on a worker thread, read in full there, then yielded."""
        found = await offload(lambda: list(self.list(config, filter=filter, before=before,
                                                     limit=limit)))
        for item in found:
            yield item

    async def aput(self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
                   new_versions: Any) -> RunnableConfig:
        """`put` on a worker thread."""
        return await offload(self.put, config, checkpoint, metadata, new_versions)

    async def aput_writes(self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
                          task_path: str = "") -> None:
        """`put_writes` on a worker thread."""
        await offload(self.put_writes, config, writes, task_id, task_path)

    async def adelete_thread(self, thread_id: str) -> None:
        """`delete_thread` on a worker thread."""
        await offload(self.delete_thread, thread_id)

    async def aget_delta_channel_history(self, *, config: RunnableConfig, channels: Sequence[str]
                                         ) -> Mapping[str, Any]:
        """`get_delta_channel_history` on a worker thread."""
        return await offload(lambda: self.get_delta_channel_history(
            config=config, channels=channels))
