"""The offline analyst: question -> SQL plan -> answer, with no language model."""

from agent.analysts.offline.analyst import OfflineAnalyst

__all__ = ["OfflineAnalyst"]
