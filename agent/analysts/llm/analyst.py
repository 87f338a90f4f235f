"""`LLMAnalyst`: a chat model plans the query (structured output, guarded SQL) and writes the answer (streamed).

Planning
    The model sees the catalog (tables, columns, types, known values, sample rows, descriptions and
    synonyms) and the conversation so far, and returns a `PlanSchema` by structured output (a forced tool
    call; a plain JSON reply where the model has no tool calling). Its SQL then passes `check_sql` (one
    read-only SELECT on catalog tables, row limit set) and DuckDB's `DESCRIBE` (binds the query without
    running it). A plan that fails either — or a reply that is not a plan — gets ONE repair round with the
    problem sent back to the model. After that the fallback (offline) analyst answers if it can map the
    question; otherwise the run ends with an error (`QueryError` for SQL that stayed invalid,
    `ProviderError` for replies that stayed unreadable).

Requests to change data
    The model is told to refuse them (`refuse`): the answer is then a final answer, in the question's
    language, explaining that the assistant only reads data — no query runs. If a model writes a
    statement that is not read-only anyway (DROP, DELETE, ATTACH, COPY, INSTALL, PRAGMA, a file read,
    several statements ...), the guard refuses it and the run ends with an `UnsafeQuery` error event.
    Such refusals are never sent back for repair.

Confidence (see `confidence()`)
    validity × (0.4 + 0.6 × certainty) × coverage, where validity is 1.0 when the first plan passed the
    guard and DESCRIBE, 0.7 when it passed after the repair round; certainty is the model's own
    estimate in [0, 1]; coverage is 1.0 when every result row was sent to the writer, 0.9 when only the
    first rows were. An answer from the offline fallback keeps the offline analyst's confidence.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import replace
from typing import Any, cast

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessageChunk, BaseMessage, HumanMessage, SystemMessage
from pydantic import ValidationError

from agent.analysts.base import Analyst, Answer, ChartHint, Language, QueryPlan, Turn, plan_with, write_with
from agent.analysts.llm import prompts
from agent.analysts.llm.config import LLMConfig
from agent.analysts.llm.errors import ModelQueryError, ModelQueryRefused, ProviderError, ProviderTimeout
from agent.analysts.llm.faults import MAX_ATTEMPTS, Budget, awith_retries
from agent.analysts.llm.keys import with_server_key
from agent.analysts.llm.messages import MESSAGES, UNSAFE_REASONS
from agent.analysts.llm.models import STRUCTURED_OUTPUT_METHOD, load_chat_model
from agent.analysts.llm.schema import PlanSchema, plan_from_text, short_validation_error
from agent.contract.errors import AgentError, QueryError, UnsafeQuery, first_line
from agent.contract.i18n import Phrase, pick
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.guard import check_sql
from agent.data.results import Results
from agent.data.sql_types import is_numeric
from agent.runtime.cancellation import Cancellation
from agent.runtime.loop import agent_loop, offload

log = logging.getLogger(__name__)

DETAILS_KEY = "llm"
"""Key of the LLM analyst's notes in `QueryPlan.details`; plans without it came from the fallback."""
VALIDITY_FIRST_TRY = 1.0
VALIDITY_AFTER_REPAIR = 0.7
PARTIAL_RESULT_COVERAGE = 0.9
CERTAINTY_FLOOR = 0.4

ModelFactory = Callable[[LLMConfig], BaseChatModel]

# The catalog as text, per (catalog, database): an analyst is made per request, the catalog rarely changes.
_CATALOG_TEXT: dict[tuple[int, int], tuple[Catalog, Database | None, str]] = {}
_CATALOG_LOCK = threading.Lock()


def confidence(validity: float, certainty: float, complete: bool = True) -> float:
    """The answer's confidence: validity × (0.4 + 0.6 × certainty) × coverage, in [0, 1].

    - validity: 1.0 when the model's first plan passed the guard and DESCRIBE, 0.7 after the repair round;
    - certainty: the model's stated certainty that its SQL answers the question, clamped to [0, 1]; it moves
      the score between 40 % and 100 % of validity, since a query that ran is evidence of its own and a
      model's self-assessment is only loosely calibrated;
    - coverage: 1.0 when the writer saw every result row, 0.9 when it saw only the first rows.
    """
    certainty = min(1.0, max(0.0, certainty))
    score = validity * (CERTAINTY_FLOOR + (1 - CERTAINTY_FLOOR) * certainty)
    return round(min(1.0, max(0.0, score * (1.0 if complete else PARTIAL_RESULT_COVERAGE))), 3)


def _short(text: str | None, limit: int = 300) -> str:
    """Model-written text for a progress message: one line, at most `limit` characters."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _runtime_cancellation() -> Cancellation | None:
    """The running graph's cancel switch, when called inside a LangGraph node."""
    try:
        from langgraph.runtime import get_runtime

        return getattr(get_runtime().context, "cancellation", None)
    except RuntimeError:  # not inside a graph run
        return None


class _PlanProblem(Exception):
    """A plan that cannot run as written, worth one repair round."""

    def __init__(self, message: str, sql: str | None, error: AgentError) -> None:
        super().__init__(message)
        self.sql, self.error = sql, error


class LLMAnalyst:
    """An `Analyst` backed by a LangChain chat model, with the offline analyst as its fallback.

    One instance may serve many runs at once (it keeps no per-run state). `for_run()` binds a copy to a
    run's deadline and cancel switch so model calls time out with the run; without it each call's
    timeout is the configuration's, and the run's deadline still ends the event stream.
    """

    def __init__(self, config: LLMConfig | dict[str, Any], fallback: Analyst | None = None, *,
                 custom_prompt: str | None = None, model_factory: ModelFactory | None = None,
                 max_rows: int | None = None, deadline: float | None = None,
                 cancellation: Cancellation | None = None, attempts: int = MAX_ATTEMPTS) -> None:
        self.config = config if isinstance(config, LLMConfig) else with_server_key(LLMConfig.from_dict(config))
        self._fallback = fallback
        self.custom_prompt = custom_prompt
        self.model_factory = model_factory
        from agent.settings import Settings

        settings = Settings.from_env()
        self.max_rows = settings.max_result_rows if max_rows is None else max_rows
        self.max_answer_chars = settings.max_answer_chars
        """Where the streamed answer stops: a model writing on and on costs no more (CHATBOT_MAX_ANSWER_CHARS)."""
        self.deadline = deadline
        self.cancellation = cancellation
        self.attempts = attempts

    def __repr__(self) -> str:
        return f"LLMAnalyst({self.config!r})"

    # --- wiring -----------------------------------------------------------------------------------

    def for_run(self, deadline_seconds: float | None = None, cancellation: Cancellation | None = None,
                custom_prompt: str | None = None) -> LLMAnalyst:
        """A copy bound to one run: calls end by its deadline, stop when it is cancelled."""
        deadline = time.monotonic() + deadline_seconds if deadline_seconds is not None else None
        return LLMAnalyst(self.config, self.fallback, custom_prompt=custom_prompt or self.custom_prompt,
                          model_factory=self.model_factory, max_rows=self.max_rows, deadline=deadline,
                          cancellation=cancellation, attempts=self.attempts)

    @property
    def fallback(self) -> Analyst | None:
        """The analyst used when the model's plan cannot be used: the one given, else the offline analyst."""
        if self._fallback is None:
            try:
                from agent.analysts.offline import OfflineAnalyst
            except ImportError:
                return None
            self._fallback = OfflineAnalyst()
        return self._fallback

    def _budget(self) -> Budget:
        return Budget(self.deadline, self.cancellation or _runtime_cancellation())

    def _model(self, timeout: float) -> BaseChatModel:
        config = replace(self.config, timeout=timeout)
        if self.model_factory is not None:
            return self.model_factory(config)
        return load_chat_model(config)

    async def _call(self, budget: Budget, what: str, call: Callable[[BaseChatModel], Awaitable[Any]],
                    retry_if: Callable[[], bool] = lambda: True) -> Any:
        return await awith_retries(lambda timeout: call(self._model(timeout)), budget=budget,
                                   configured_timeout=self.config.timeout, provider=self.config.provider,
                                   what=what, attempts=self.attempts, retry_if=retry_if)

    # --- planning ---------------------------------------------------------------------------------

    @staticmethod
    def catalog_text(catalog: Catalog, database: Database | None) -> str:
        """The catalog as the model sees it (cached per catalog and database, across analysts and runs)."""
        origin = database.origin if database is not None else None  # a view bound to a run: the database it reads
        key = (id(catalog), id(origin))
        with _CATALOG_LOCK:
            cached = _CATALOG_TEXT.get(key)
            if cached and cached[0] is catalog and cached[1] is origin:
                return cached[2]
        text = prompts.describe_catalog(catalog, database)
        with _CATALOG_LOCK:
            if len(_CATALOG_TEXT) >= 8:
                _CATALOG_TEXT.clear()
            _CATALOG_TEXT[key] = (catalog, origin, text)
        return text

    async def _ask_for_plan(self, messages: list[BaseMessage], budget: Budget) -> PlanSchema:
        """One structured-output call; raises `_PlanProblem` when the reply is not a plan."""
        method = STRUCTURED_OUTPUT_METHOD.get(self.config.provider)

        async def call(model: BaseChatModel) -> Any:
            try:
                kwargs = {"method": method} if method else {}
                runnable = model.with_structured_output(PlanSchema, include_raw=True, **kwargs)
            except NotImplementedError:
                # No tool calling: ask for the JSON object in plain text.
                system = SystemMessage(f"{messages[0].content}\n{prompts.JSON_FALLBACK_INSTRUCTIONS}")
                reply = await model.ainvoke([system, *messages[1:]])
                return {"raw": reply, "parsed": None, "parsing_error": None, "text_mode": True}
            return await runnable.ainvoke(messages)

        out = await self._call(budget, "plan", call)
        parsed, error, raw = out.get("parsed"), out.get("parsing_error"), out.get("raw")
        if isinstance(parsed, PlanSchema):
            return parsed
        if isinstance(parsed, dict):
            try:
                return PlanSchema.model_validate(parsed)
            except ValidationError as exc:
                error = exc
        text = getattr(raw, "text", "") if raw is not None else ""
        if error is None and isinstance(text, str) and text.strip():
            try:
                return plan_from_text(text)
            except ValueError as exc:
                error = exc
        problem = self._parse_problem(error)
        log.warning("plan: %s reply was not a plan: %s", self.config.provider, problem)
        raise _PlanProblem(f"your reply could not be read as a plan: {problem}", None, ProviderError("malformed"))

    @staticmethod
    def _parse_problem(error: BaseException | None) -> str:
        if error is None:
            return "no plan was returned (call the PlanSchema tool / return the JSON object)"
        if isinstance(error, ValidationError):
            return short_validation_error(error)
        cause = error.__cause__ or error.__context__
        if isinstance(cause, ValidationError):
            return short_validation_error(cause)
        return f"{type(error).__name__}: {first_line(error, 300)}"

    def _validate(self, schema: PlanSchema, catalog: Catalog, database: Database
                  ) -> tuple[str, list[str], list[tuple[str, str]]]:
        """Guard and DESCRIBE the plan's SQL: (SQL to run, tables read, result columns and types)."""
        try:
            checked = check_sql(schema.sql or "", catalog.table_names, self.max_rows + 1)
        except UnsafeQuery as exc:
            if not exc.repairable:
                log.warning("plan: guard refused the model's SQL (%s)", exc.rule)
                reason = Phrase(UNSAFE_REASONS, exc.rule, {"detail": exc}) if exc.rule in UNSAFE_REASONS else exc
                raise ModelQueryRefused("unsafe", rule=exc.rule, reason=reason) from None
            raise _PlanProblem(f"the SQL was refused: {exc}", schema.sql,
                               ModelQueryError("invalid_sql", reason=exc)) from None
        try:
            described = database.execute(f"DESCRIBE {checked.sql}", cancellation=self._budget().cancellation)
        except QueryError as exc:
            message = str(exc.values.get("detail", exc)) if exc.key == "query_failed" else str(exc)
            raise _PlanProblem(f"DuckDB rejected the SQL: {message}", checked.sql,
                               ModelQueryError("invalid_sql", reason=message)) from None
        columns = [(str(row[0]), str(row[1])) for row in described.rows]
        return checked.sql, checked.tables, columns

    @staticmethod
    def _chart(schema: PlanSchema, columns: list[tuple[str, str]]) -> ChartHint | None:
        if schema.chart is None:
            return None
        types = dict(columns)
        x, y = schema.chart.x, schema.chart.y
        if x not in types or y not in types or x == y:
            return None
        if not is_numeric(types[y]):
            return None
        return ChartHint(mark=schema.chart.mark, x=x, y=y)

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """`aplan` for a caller without an event loop (the graph awaits `aplan` itself)."""
        return agent_loop().run(self.aplan(question, catalog, database, history, language))

    async def aplan(self, question: str, catalog: Catalog, database: Database,
                    history: list[Turn], language: Language) -> QueryPlan:
        """Ask the model for a plan, check its SQL, repair once, else fall back to the offline analyst.

        Awaiting the model holds no thread; checking the SQL against the database runs on a worker thread.
        """
        budget = self._budget()
        catalog_text = await offload(self.catalog_text, catalog, database)
        messages: list[BaseMessage] = [
            SystemMessage(prompts.planner_system(language, self.custom_prompt)),
            HumanMessage(prompts.planner_request(question, catalog_text, history)),
        ]
        problem: _PlanProblem | None = None
        for attempt in (1, 2):
            if problem is not None:
                messages.append(HumanMessage(prompts.repair_request(problem.sql, str(problem))))
            try:
                schema = await self._ask_for_plan(messages, budget)
                notes = {"provider": self.config.provider, "model": self.config.model,
                         "certainty": schema.certainty, "attempts": attempt}
                if schema.refuse:
                    return QueryPlan(question=question, language=language, sql=None,
                                     summary=_short(schema.summary), confidence=1.0, reason=_short(schema.refuse),
                                     details={DETAILS_KEY: {**notes, "refused": True}})
                if not schema.sql:
                    return await self._fallback_plan(question, catalog, database, history, language, failure=None,
                                                     reason=_short(schema.summary), notes=notes)
                sql, tables, columns = await offload(self._validate, schema, catalog, database)
            except _PlanProblem as exc:
                log.info("plan: attempt %d rejected: %s", attempt, str(exc)[:300])
                problem = exc
                continue
            validity = VALIDITY_FIRST_TRY if attempt == 1 else VALIDITY_AFTER_REPAIR
            return QueryPlan(
                question=question, language=language, sql=sql, tables=tables,
                summary=_short(schema.summary) or question, confidence=confidence(validity, schema.certainty),
                chart=self._chart(schema, columns),
                details={DETAILS_KEY: {**notes, "validity": validity, "columns": [c for c, _ in columns],
                                       "repaired": attempt > 1}},
            )
        assert problem is not None
        return await self._fallback_plan(question, catalog, database, history, language, failure=problem.error,
                                         reason=str(problem), notes={"provider": self.config.provider})

    async def _fallback_plan(self, question: str, catalog: Catalog, database: Database, history: list[Turn],
                             language: Language, *, failure: AgentError | None, reason: str,
                             notes: dict[str, Any]) -> QueryPlan:
        """The offline analyst's plan when it maps the question; else `failure`, or a not-mapped plan."""
        fallback = self.fallback
        if fallback is not None:
            plan = await plan_with(fallback, question, catalog, database, history, language)
            if plan.sql is not None or failure is None:
                log.info("plan: answered by the fallback analyst (%s)", type(fallback).__name__)
                return plan
        if failure is not None:
            raise failure
        return QueryPlan(question=question, language=language, sql=None, summary=reason, confidence=0.0,
                         reason=reason, details={DETAILS_KEY: {**notes, "not_mapped": True}})

    # --- answering --------------------------------------------------------------------------------

    def write(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """`awrite` for a caller without an event loop (the graph awaits `awrite` itself)."""
        return agent_loop().run(self.awrite(plan, results, emit_token))

    async def awrite(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """Stream the model's answer grounded in `results`; plans from the fallback are answered by it."""
        notes = plan.details.get(DETAILS_KEY)
        if not isinstance(notes, dict):
            fallback = self.fallback
            if fallback is None:
                raise ProviderError("not_understood", reason="")
            return await write_with(fallback, plan, results, emit_token)
        language = plan.language
        if notes.get("refused"):
            reason = f" ({plan.reason.strip().rstrip('.')})" if plan.reason.strip() else ""
            text = pick(MESSAGES, "refused", language, reason=reason)
            emit_token(text)
            return Answer(content=text, confidence=1.0)
        if plan.sql is None:
            reason = f": {plan.reason.strip().rstrip('.')}" if plan.reason.strip() else ""
            text = pick(MESSAGES, "not_understood", language, reason=reason)
            emit_token(text)
            return Answer(content=text, confidence=0.0)

        request, complete = prompts.writer_request(plan, results)
        messages = [SystemMessage(prompts.writer_system(language, self.custom_prompt)), HumanMessage(request)]
        budget = self._budget()
        pieces: list[str] = []
        room = [self.max_answer_chars]

        async def stream(model: BaseChatModel) -> str:
            # `astream` is an async generator (annotated as an AsyncIterator): closing it ends the model's stream.
            replies = cast(AsyncGenerator[AIMessageChunk, None], model.astream(messages))
            async with contextlib.aclosing(replies) as chunks:
                async for chunk in chunks:
                    if budget.cancellation is not None:
                        budget.cancellation.raise_if_cancelled()
                    if budget.expired():  # a provider trickling tokens past the deadline
                        raise ProviderTimeout("timeout", provider=self.config.provider)
                    text: str = chunk.text  # a TextAccessor, a str
                    if text:
                        text = text[:room[0]]
                        room[0] -= len(text)
                        pieces.append(text)
                        emit_token(text)
                    if room[0] <= 0:  # long enough: stop reading the model
                        break
            return "".join(pieces)

        content = await self._call(budget, "answer", stream, retry_if=lambda: not pieces)
        if not content.strip():
            raise ProviderError("empty_answer")
        validity = float(notes.get("validity", VALIDITY_FIRST_TRY))
        certainty = float(notes.get("certainty", 0.5))
        return Answer(content=content, confidence=confidence(validity, certainty, complete))
