"""The schema index: every table's and column's facts and roles, links, and the dictionaries words are matched by.

Built once per catalog and database (a few queries a table) and cached; planning a question then only looks
words up in dictionaries.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import threading
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from agent.analysts.offline.question.korean import LONGEST_NOUN
from agent.analysts.offline.question.tokens import HANGUL, singular
from agent.analysts.offline.schema import links, roles
from agent.analysts.offline.schema.durations import durations
from agent.analysts.offline.schema.facts import ColumnFacts, Link, TableFacts
from agent.analysts.offline.schema.names import name_words
from agent.data.catalog import Catalog, Table
from agent.data.database import Database, quote_identifier

LABEL_VALUES = 20_000
"""Most distinct values of a label column kept for matching names in questions."""
CATEGORY_VALUES = 500
CACHE_SIZE = 8
RELATED = 0.55
"""How much a related word (cost for price) is worth against the column's own word."""
KIND_OF = 0.8
"""A related phrase ending in the column's one word (sale price for `price`): a kind of what the column holds."""
Key = tuple[str, ...]


def value_key(value: Any) -> Key:
    """A value as matched: its words, lower case (`Seoul, Gangnam` -> (seoul, gangnam), `WH-B` -> (wh-b,))."""
    from agent.analysts.offline.question.tokens import tokenize

    text = str(value).strip()
    if not text:
        return ()
    if HANGUL.search(text):
        return tuple(t.lemma.lower() for t in tokenize(text) if t.kind not in ("mark",))
    return tuple(t.lemma.lower() for t in tokenize(text) if t.kind != "mark") or (text.lower(),)


@dataclass
class SchemaIndex:
    """Every table's facts, and the dictionaries from words to tables, columns and values."""

    tables: dict[str, TableFacts]
    table_words: dict[Key, list[tuple[str, float]]] = field(default_factory=lambda: defaultdict(list))
    column_words: dict[Key, list[tuple[ColumnFacts, float]]] = field(default_factory=lambda: defaultdict(list))
    related_words: dict[str, list[tuple[ColumnFacts, float]]] = field(default_factory=lambda: defaultdict(list))
    """Single words related to a word of a column's longer name (구독료 ~ price: library_price), tried last."""
    values: dict[Key, list[tuple[ColumnFacts, str]]] = field(default_factory=lambda: defaultdict(list))
    value_parts: dict[str, list[tuple[ColumnFacts, str]]] = field(default_factory=lambda: defaultdict(list))
    """Single words of values of several words (`korea` of `South Korea`), for partial matches."""
    initials: dict[str, list[tuple[ColumnFacts, str]]] = field(default_factory=lambda: defaultdict(list))
    """The initials of names of several words (`gm` of `General Motors`, `aer` of `American Economic Review`)."""
    longest: int = 1
    """The most words of any key, for span lookups."""
    vocabulary: frozenset[str] = frozenset()
    """Every word of every table and column name (they are content even when they are common words)."""
    value_words: frozenset[str] = frozenset()
    numbered_values: list[tuple[ColumnFacts, str]] = field(default_factory=list)
    """Text values with a number in them (25세 미만, 2리터 초과), found as written before numbers become cuts."""
    korean_nouns: frozenset[str] = frozenset()
    """The schema's Korean names and value words, each read as one noun in a question (대지면적, 1지역)."""
    both_ways: dict[str, list[Link]] = field(default_factory=dict)
    references: dict[str, dict[str, list[Link]]] | None = None
    """Per table, the tables it refers to by more than one column (links.several_references)."""
    """Each table's links out and in (reversed), made once from the links (schema.links.linked)."""
    code_hits: dict[str, list[tuple[ColumnFacts, str]]] = field(default_factory=dict)
    """Codes looked up in the big id and label columns (schema.matching._codes): what each was found as."""
    distances: dict[str, dict[str, int]] = field(default_factory=dict)
    """Join steps from a table to every table it reaches (planning.planner._distances), once per table."""
    """Every word of every known value (안, 함 of `안 함` are values' words, not filler)."""

    @property
    def columns(self) -> list[ColumnFacts]:
        """Every column of every table."""
        return [c for t in self.tables.values() for c in t.columns]

    def column(self, table: str, name: str) -> ColumnFacts:
        """The facts of `table.name` (KeyError when there is none)."""
        return self.tables[table].column(name)

    def role(self, table: str, name: str) -> str:
        """The role of `table.name`, or "" for a condition on no column (a count compared after grouping)."""
        try:
            return self.column(table, name).role
        except KeyError:
            return ""


def _equivalents(word: str) -> tuple[frozenset[str], frozenset[str]]:
    try:
        from agent.analysts.offline.question import vocabulary
    except ImportError:  # the vocabulary is optional while it is written
        return frozenset(), frozenset()
    return vocabulary.equivalents(word), vocabulary.related(word)


def _known_words() -> frozenset[str]:
    try:
        from agent.analysts.offline.question import vocabulary
    except ImportError:
        return frozenset()
    return vocabulary.english_words()


def _register(index: SchemaIndex, target: dict[Key, list[Any]], words: Key, item: Any, weight: float,
              expand: bool = True) -> None:
    """Enter a name's words, each equivalent of a one-word name, and the name's last word alone."""
    if not words:
        return
    target[words].append((item, weight))
    index.longest = max(index.longest, len(words))
    if not expand:
        return
    if len(words) == 1:
        same, near = _equivalents(words[0])
        for other in same - {words[0]}:
            target[split_words(other)].append((item, weight * 0.9))
        parts = _korean_parts(words[0]) if not same - {words[0]} else None
        for translated in _word_by_word(parts) if parts else []:  # 총비용 (총 + 비용): total cost
            target[translated].append((item, weight * 0.85))
            target[translated[-1:]].append((item, weight * RELATED))  # cost: the name's head word
        for other in near - same:
            phrase = split_words(other)
            kind_of = len(phrase) > 1 and phrase[-1] == words[0] or (  # sale price: a kind of price, said of price
                len(phrase) == 1 and HANGUL.search(words[0]) is not None and phrase[0].endswith(words[0])
                and phrase[0] != words[0]) or (  # 판매수량 of 수량
                len(phrase) == 1 and HANGUL.search(other) is not None and any(  # 환율: exchange rate, of rate
                    split_words(e)[-1:] == (words[0],) and len(split_words(e)) > 1 for e in _equivalents(other)[0]))
            target[phrase].append((item, weight * (KIND_OF if kind_of else RELATED)))
    else:
        joined = "".join(words)
        target[(joined,)].append((item, weight * 0.95))
        same, near = _equivalents(" ".join(words))
        if HANGUL.search(joined):
            same = same | _equivalents(joined)[0]  # 재직_연수 as 재직연수: years of service
        for other in same:
            target[split_words(other)].append((item, weight * 0.9))
        for translated in _word_by_word(words):  # 표본_크기: sample size
            target[translated].append((item, weight * 0.85))


def _korean_parts(word: str) -> Key | None:
    """A Korean compound name that no concept holds, as two words of the vocabulary (총비용: 총, 비용), if it is."""
    if not HANGUL.search(word) or len(word) < 3:
        return None
    try:
        from agent.analysts.offline.question.vocabulary import korean_words
    except ImportError:
        return None
    known = korean_words()
    splits = [(word[:i], word[i:]) for i in range(1, len(word)) if word[:i] in known and word[i:] in known]
    return splits[0] if len(splits) == 1 else None


MAX_TRANSLATIONS = 48


def _word_by_word(words: Key) -> list[Key]:
    """A two- or three-word name in the other language, word by word (표본 크기: sample size), if each has one."""
    if len(words) > 3:
        return []
    korean = any(HANGUL.search(w) for w in words)
    options = []
    for w in words:
        same, _ = _equivalents(w)
        other = sorted(o for o in same if " " not in o and bool(HANGUL.search(o)) != korean)
        if not other:
            return []
        options.append([singular(o.lower()) for o in other[:6]])
    return [tuple(p) for p in itertools.islice(itertools.product(*options), MAX_TRANSLATIONS)]


def split_words(text: str) -> Key:
    """A name or phrase as the words it is looked up by (`Sample Sizes` -> (sample, size))."""
    return tuple(singular(w) for w in text.lower().split()) or (text,)


def _facts(table: Table, database: Database, known: frozenset[str]) -> TableFacts:
    sql, names = roles.stats_sql(table, database.is_local(table.name))
    row = database.execute(sql).rows[0] if table.columns else ()
    stats: dict[str, dict[str, Any]] = defaultdict(dict)
    for name, value in zip(names, row, strict=False):
        column, _, what = name.partition("\x00")
        stats[column][what] = value
    columns = []
    for c in table.columns:
        words = name_words(c.name, known) or (c.name.lower(),)
        s = stats[c.name]
        role = roles.role_of(c, words, s, table.row_count)
        values: tuple[str, ...] = c.values
        if role in ("label", "category", "flag") and not values and s.get("distinct"):
            limit = LABEL_VALUES if role == "label" else CATEGORY_VALUES
            col = quote_identifier(c.name)
            values = tuple(str(r[0]) for r in database.execute(
                f"SELECT DISTINCT {col} FROM {roles.sampled(table.name)} WHERE {col} IS NOT NULL "
                f"LIMIT {limit}").rows)
        if role == "category" and c.kind == "number":
            role = "measure"
        if role in ("label", "category") and roles.looks_like_codes(values):
            role = "id"
        phrases = tuple(name_words(s_, known) for s_ in c.synonyms)
        tolerance = 0.97 if table.row_count > roles.EXACT_ROWS else 1.0
        unique = bool(s.get("count")) and s.get("distinct", 0) >= s.get("count", 0) * tolerance and \
            s.get("count", 0) == table.row_count
        columns.append(ColumnFacts(table.name, c.name, c.kind, role, words, phrases, values,
                                   int(s.get("distinct") or 0), table.row_count - int(s.get("count") or 0),
                                   s.get("min"), s.get("max"), bool(s.get("integer")), c.date_format, c.unit,
                                   c.description, unique))
    facts = TableFacts(table.name, name_words(table.name, known) or (table.name.lower(),),
                       tuple(name_words(s_, known) for s_ in table.synonyms), table.row_count, columns)
    facts.columns += durations(facts, database, known)  # diagnosis to death: the days no column stores
    facts.key = _key(facts)
    facts.label = _label(facts)
    facts.weight = _weight(facts)
    facts.latest = _latest(facts, database)
    return facts


def _key(table: TableFacts) -> str | None:
    unique = [c for c in table.columns if c.unique and c.role in ("id", "label")]
    own = [c for c in unique if c.role == "id" and set(c.words) & (set(table.words) | {"id"})]
    chosen = own or [c for c in unique if c.role == "id"] or unique
    return chosen[0].name if chosen else None


COUNT_NAMES = frozenset({("unit",), ("item",), ("piece",), ("pc",), ("pcs",), ("개수",)})
"""Names of a number column counting things (units sold, items moved): a quantity."""
WEIGHT_WORDS = frozenset({"freq", "frequency", "count", "n", "cnt", "빈도", "도수", "인원", "명수", "인원수"})


def _weight(table: TableFacts) -> str | None:
    """A column saying how many things each row stands for (a table of counts: Titanic's Freq)."""
    measures = [c for c in table.columns if c.role == "measure"]
    categories = [d for d in table.columns if d.role in ("category", "flag")]
    if len(measures) == 1 and len(categories) >= 2:
        c = measures[0]
        if c.integer and len(c.words) == 1 and c.words[0] in WEIGHT_WORDS:
            return c.name
    return None


def _label(table: TableFacts) -> str | None:
    labels = [c for c in table.columns if c.role == "label"]
    named = [c for c in labels if set(c.words) & roles.LABEL_WORDS]
    chosen = named or labels
    return chosen[0].name if chosen else None


def _latest(table: TableFacts, database: Database) -> dict[str, dt.date]:
    found = {}
    for c in table.columns:
        if c.role != "date":
            continue
        value = c.maximum
        if c.date_format:
            col = f"try_strptime({quote_identifier(c.name)}, '{c.date_format}')"
            value = database.execute(f"SELECT max({col}) FROM {roles.sampled(table.name)}").rows[0][0]
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            found[c.name] = value
    return found


BANDS = 60
"""At most this many values has a category whose labels with numbers are read as written (age bands)."""


MAX_PART_VALUES = 5
"""A word in more than this many longer values of one column names none of them (`out`, `came` in film titles)."""


def _common_parts_dropped(index: SchemaIndex) -> None:
    """Keeps a word of longer values only for the columns where it picks out a few of them.

    Seoul: Seoul Central, Seoul East; not where many values merely hold it (57 titles with `out`: "How many
    films came out in 1994?").
    """
    for word, items in index.value_parts.items():
        per_column = Counter(c.ref for c, _ in items)
        if any(n > MAX_PART_VALUES for n in per_column.values()):
            index.value_parts[word] = [(c, v) for c, v in items if per_column[c.ref] <= MAX_PART_VALUES]


def build_index(catalog: Catalog, database: Database) -> SchemaIndex:
    """Read the catalog and the data into an index."""
    known = _known_words()
    tables = {t.name: _facts(t, database, known) for t in catalog.tables}
    index = SchemaIndex(tables)
    korean: set[str] = set()
    for table in tables.values():
        _register(index, index.table_words, table.words, table.name, 1.0)
        for phrase in table.phrases:
            _register(index, index.table_words, phrase, table.name, 0.95)
        if len(table.words) > 1:  # the last word of a table name alone (`stock_movements` -> movement)
            index.table_words[(table.words[-1],)].append((table.name, 0.8))
        for c in table.columns:
            _register(index, index.column_words, c.words, c, 1.0)
            for phrase in c.phrases:
                _register(index, index.column_words, phrase, c, 0.95)
            if c.kind == "number" and c.words in COUNT_NAMES:  # units, items: how many were sold or moved
                for phrase in (("quantity",), ("sales", "volume")):
                    _register(index, index.column_words, tuple(singular(w) for w in phrase), c, 0.9)
            if len(c.words) > 1:
                rest_generic = {w: all(o in ("total", "all", "overall", "amount", "value", "count", "합계", "전체")
                                       for o in c.words if o != w) for w in c.words}
                for w in c.words:
                    if len(w) >= 3 and w not in ("per", "the", "and") or HANGUL.search(w):
                        weight = 0.65 if rest_generic[w] else 0.6  # sleep: sleep_total before sleep_rem
                        index.column_words[(w,)].append((c, weight))
                        same, near = _equivalents(w)
                        for other in same - {w}:
                            index.column_words[split_words(other)].append((c, weight * 0.9))
                        for other in near - same:  # 구독료: library_price, through price
                            if " " not in other:
                                index.related_words[singular(other.lower())].append((c, weight * RELATED))
            korean.update(w for w in c.words if HANGUL.search(w))
            if len(c.words) > 1 and all(HANGUL.search(w) for w in c.words):
                korean.add("".join(c.words))  # 지역명별: the name 지역명 whole, not 지역 and 명별
            for value in c.values:
                key = value_key(value)
                if not key:
                    continue
                if isinstance(value, str) and c.role == "category" and c.distinct <= BANDS and re.search(
                        r"\d", value) and re.search(r"[^\d\W]", value):
                    index.numbered_values.append((c, value))  # 25세 미만, 1-1.5리터: read as written, not as cuts
                index.values[key].append((c, value))
                index.longest = max(index.longest, len(key))
                spaced = tuple(w for part in key for w in re.split(r"[-_]", part) if w)
                if spaced != key:  # Lumina_APV, Mercedes-Benz: also as words
                    index.values[spaced].append((c, value))
                    index.longest = max(index.longest, len(spaced))
                if len(key) > 1 and c.role in ("label", "category"):
                    short = initials(str(value))
                    if short:
                        index.initials[short].append((c, value))
                if len(key) > 1:
                    for word in set(key):
                        if len(word) >= 3 and not word.isdigit():
                            index.value_parts[word].append((c, value))
                    index.values[("".join(key),)].append((c, value))
                if isinstance(value, str) and HANGUL.search(value) and " " in value.strip():
                    for part in value.split():  # 영국 파운드, read as one compound: 파운드 is still one of its words
                        for word in value_key(part):
                            if len(word) >= 2 and word not in key:
                                index.value_parts[word].append((c, value))
                korean.update(w for w in key if HANGUL.search(w))
        korean.update(w for w in table.words if HANGUL.search(w))
    _common_parts_dropped(index)
    _value_synonyms(index, catalog)
    _state_names(index)
    index.vocabulary = frozenset(w for t in tables.values() for c in t.columns for w in c.words + t.words)
    index.value_words = frozenset(w for key in index.values for w in key) | frozenset(index.value_parts)
    links.find_links(index, database)
    index.korean_nouns = frozenset(w for w in korean if 1 < len(w) <= LONGEST_NOUN)
    index.numbered_values.sort(key=lambda item: -len(item[1]))  # the longest first: 1.5-2리터 before 2리터
    return index


INITIALS_SKIPPED = frozenset({"of", "the", "and", "for", "in", "on", "&"})
"""Words a name's initials leave out (Journal of Political Economy: JPE)."""


def initials(name: str) -> str | None:
    """The initials of a name of two to five Latin words (General Motors: gm), or None."""
    words = [w for w in re.split(r"[\s\-_]+", name.strip()) if w and w.lower() not in INITIALS_SKIPPED]
    if not 2 <= len(words) <= 5 or not all(w[0].isascii() and w[0].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words).lower()


def _value_synonyms(index: SchemaIndex, catalog: Catalog) -> None:
    """The words the descriptions give a value (shipment: 출고, 출하, outbound) name it as its own text does."""
    for table, notes in (catalog.notes or {}).items():
        if table not in index.tables or not isinstance(notes, dict):
            continue
        for name, column_notes in (notes.get("columns") or {}).items():
            values = column_notes.get("values") if isinstance(column_notes, dict) else None
            if not isinstance(values, dict):
                continue
            try:
                facts = index.column(table, name)
            except KeyError:
                continue
            for value, words in values.items():
                for word in words or ():
                    key = value_key(word)
                    if key:
                        index.values[key].append((facts, str(value)))


US_STATES_FILE = Path(__file__).with_name("us_states.yaml")


@functools.lru_cache(maxsize=1)
def us_states() -> dict[str, tuple[str, ...]]:
    """US postal codes and the names people say for them (us_states.yaml)."""
    loaded = yaml.safe_load(US_STATES_FILE.read_text(encoding="utf-8")) or {}
    return {str(code): tuple(str(n) for n in names) for code, names in loaded.items()}


def _state_names(index: SchemaIndex) -> None:
    """A column of US state codes (CA, KY) is named by the states' names too (California, 캘리포니아)."""
    states = us_states()
    for table in index.tables.values():
        for c in table.columns:
            codes = {str(v) for v in c.values}
            if c.kind != "text" or len(codes) < 5 or len(codes & states.keys()) < 0.8 * len(codes):
                continue
            for code in sorted(codes & states.keys()):
                for name in states[code]:
                    key = value_key(name)
                    if key and (c, code) not in index.values[key]:
                        index.values[key].append((c, code))
                        index.longest = max(index.longest, len(key))


_CACHE: OrderedDict[tuple[int, int], tuple[Catalog, Database, SchemaIndex]] = OrderedDict()
_LOCK = threading.Lock()


def index_for(catalog: Catalog, database: Database) -> SchemaIndex:
    """The cached index of this catalog and database, built on first use.

    A run passes its own view of the database (`Database.bound`, for cancellation): the cache is keyed on the
    database the view is of, so every run of a catalog shares one index; building it queries through the view.
    """
    origin = database.origin
    key = (id(catalog), id(origin))
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0] is catalog and hit[1] is origin:
            _CACHE.move_to_end(key)
            return hit[2]
    index = build_index(catalog, database)
    with _LOCK:
        _CACHE[key] = (catalog, origin, index)
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return index


def with_values(column: ColumnFacts, values: tuple[str, ...]) -> ColumnFacts:
    """A column's facts with other values (tests)."""
    return replace(column, values=values)
