"""The offline analyst: reads a question against the schema's roles, weighs readings, builds SQL, writes answers.

Folders by job: `question/` (words, numbers, periods and cues of the question), `schema/` (what each column
is, read from the data: identifier, label, category, measure, year, date; links between tables),
`planning/` (candidate readings of the question scored by what they explain and by type sense; the best
becomes a `Plan`), `sql.py` (the plan as SQL), `writing/` (the answer in the question's language).
"""

from agent.analysts.offline.analyst import OfflineAnalyst

__all__ = ["OfflineAnalyst"]
