"""The offline analyst: question -> SQL plan -> answer, with no language model."""

from agent.analyst.analyst import OfflineAnalyst

__all__ = ["OfflineAnalyst"]
