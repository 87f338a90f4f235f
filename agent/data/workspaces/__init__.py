"""What one user's question sees: a database and its catalog — the sample tables, their own, their connections."""

from agent.data.workspaces.facade import Workspaces
from agent.data.workspaces.values import SAMPLE, UPLOAD, AddedTable, ConnectionInfo, UserTable, Workspace

__all__ = ["SAMPLE", "UPLOAD", "AddedTable", "ConnectionInfo", "UserTable", "Workspace", "Workspaces"]
