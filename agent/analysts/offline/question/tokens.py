"""A question as tokens: one per word (English) or per content morpheme (Korean), with what attaches to it.

A Korean token keeps the particles and suffixes that follow it (`창고별로` is 창고 with 별, 로), so the reader
can tell a grouping (별, 마다), a comparison (보다), a range end (부터, 까지) or a limit (만) without
suffix lists. Nouns written together (`출고량`) are marked `joined` to the token before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.analysts.offline.question import lexicon
from agent.analysts.offline.question.korean import is_compound, is_known, morphemes

HANGUL = re.compile(r"[가-힣]")
ENGLISH = re.compile(
    r"(?P<numword>\d+(?:\.\d+)?)-(?P<unitword>[A-Za-z]+)\b(?![-_])"
    r"|(?P<code>[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+|[A-Za-z]+\d+[A-Za-z0-9]*)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>%)?"
    r"|(?P<word>[A-Za-z]+(?:'[a-z]+)?[²³]?)"
    r"|(?P<mark>[%$€£₩])"
)
SPELLED = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}
"""Numbers spelled out before a hyphen and a noun (a two-car garage, a three-bedroom house)."""
NOUN_SUFFIXES = frozenset({"율", "률", "량", "액", "값", "비", "자", "가", "도", "수", "성", "층", "형", "력", "류"})
"""Korean suffixes that make a new noun with the one before (할인율, 출고량): merged into its lemma."""
CONTENT_TAGS = {"NNG": "noun", "NNP": "noun", "NNB": "counter", "NR": "num", "NP": "pronoun", "SL": "word",
                "SH": "word", "SN": "num", "VA": "adj", "VV": "verb", "VX": "verb", "VCN": "verb", "MAG": "adv",
                "MAJ": "adv", "MM": "det", "XR": "noun", "IC": "word"}


@dataclass
class Token:
    """One question word: as written, its lemma, what kind of word it is, and what attaches to it."""

    text: str
    lemma: str
    kind: str
    """noun, counter, num, word (Latin or foreign), adj, verb, adv, det, pronoun, code, mark."""
    start: int
    end: int
    korean: bool = False
    after: list[str] = field(default_factory=list)
    """Particles, endings and suffixes written right after it (별, 로, 보다, 까지, 의, ...)."""
    joined: bool = False
    """Written with no space after the token before it (a compound: 출고 + 량)."""
    proper: bool = False
    """A Korean proper noun (텍사스, 아메리칸): perhaps a Latin-letter value written in Hangul."""
    scale: int = 1
    """The scale word a number was written with (5,000 million: 1,000,000), else 1."""

    @property
    def number(self) -> float | None:
        """The token's value when it is a number."""
        if self.kind != "num":
            return None
        try:
            return float(self.lemma.replace(",", ""))
        except ValueError:
            return None

    def has(self, *forms: str) -> bool:
        """True when one of these particles or suffixes follows the token."""
        return any(f in self.after for f in forms)


UNCHANGED = frozenset({"does", "goes", "yes", "this", "his", "was", "has", "is", "bus", "gas", "news", "series",
                       "species", "less", "across", "always", "perhaps", "whereas", "analysis", "status"})


def singular(word: str) -> str:
    """An English word without its plural ending: parts -> part, categories -> category, boxes -> box."""
    if not word.isascii() or not word.isalpha() or len(word) <= 3 or word in UNCHANGED:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "os")):
        return word[:-1]
    return word


def _hyphenated_words(text: str) -> bool:
    """True for words joined by hyphens (lowest-calorie, Mercedes-Benz), not a code (WH-B, ABC-12345, SUP-TX)."""
    parts = text.split("-")
    if "_" in text or len(parts) < 2 or not all(p.isalpha() and len(p) >= 2 for p in parts):
        return False
    return all(not p.isupper() for p in parts) or len(parts) == 2 and parts[1].islower() and len(parts[1]) >= 4
    # UK-controlled, US-based: a name and a word; WH-B, SUP-TX stay codes


def tokenize(text: str, nouns: frozenset[str] = frozenset()) -> list[Token]:
    """The question's tokens in order (Korean through the morphological analyser, `nouns` kept whole)."""
    if HANGUL.search(text):
        return _korean(text, nouns)
    return _scaled_numbers(_english(text, 0), text)


def _english(text: str, offset: int) -> list[Token]:
    tokens = []
    for match in ENGLISH.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        if match.group("numword"):  # 6-cylinder, 4-door: a number and its word
            number, word = match.group("numword"), match.group("unitword")
            tokens.append(Token(number, number, "num", start, start + len(number)))
            tokens.append(Token(word, singular(word.lower()), "word", end - len(word), end))
        elif match.group("code") and match.group("code").split("-")[0].lower() in SPELLED and _hyphenated_words(
                match.group("code")) and match.group("code").count("-") == 1:  # a two-car garage: 2 and its word
            spelled, word = match.group("code").split("-")
            number = str(SPELLED[spelled.lower()])
            tokens.append(Token(spelled, number, "num", start, start + len(spelled)))
            tokens.append(Token(word, singular(word.lower()), "word", end - len(word), end))
        elif match.group("code") and _hyphenated_words(match.group("code")):
            for part in re.finditer(r"[A-Za-z]+", match.group("code")):  # lowest-calorie, student-teacher
                word = part.group()
                tokens.append(Token(word, singular(word.lower()), "word", start + part.start(), start + part.end()))
        elif match.group("code"):
            tokens.append(Token(match.group("code"), match.group("code").upper(), "code", start, end))
        elif match.group("num"):
            token = Token(match.group("num"), match.group("num").replace(",", ""), "num", start, end)
            if match.group("pct"):
                token.after.append("%")
            tokens.append(token)
        elif match.group("word"):
            word = match.group("word")
            tokens.append(Token(word, singular(word.lower().replace("'s", "")), "word", start, end))
        else:
            tokens.append(Token(match.group("mark"), match.group("mark"), "mark", start, end))
    return tokens


PER_HEAD = frozenset({"인", "명", "가구"})
"""(1)인당, 가구당: per person, per household; with 당 these name a measure (1인당 소득), they group nothing."""


def _per_head(tokens: list[Token], text: str, end: int) -> None:
    """Make `1인당` (or `인당`) one noun token: the number before it, the word and 당."""
    word = tokens.pop()
    if tokens and tokens[-1].kind == "num" and tokens[-1].lemma == "1" and tokens[-1].end == word.start:
        word.start = tokens.pop().start
    tokens.append(Token(text[word.start:end], text[word.start:end], "noun", word.start, end, korean=True,
                        joined=word.joined))


ASKED_NOUNS = frozenset({"주"})
"""Nouns the analyser reads as a verb when they end a question (가장 높았던 주는?: the state, not 주다)."""


def _asked_noun(tokens: list[Token]) -> list[Token]:
    """The last word of `... 가장 높았던 주는?` as the noun it is."""
    content = [t for t in tokens if t.kind != "mark"]
    if len(content) >= 2 and content[-1].kind == "verb" and content[-1].lemma in ASKED_NOUNS \
            and content[-1].has("는", "은") and content[-2].kind in ("adj", "verb") \
            and content[-2].has("ᆫ", "은", "는", "던", "ᆯ", "을"):  # 높았던 주는 (not 알려 주는)
        content[-1].kind = "noun"
    return tokens


MISREAD = {("달", "닫", "verb"): ("달", "noun")}
"""Words the analyser reads as another (가장 길었던 달은: the month, not 닫다), as they appear in data questions."""


SPLIT = {"최고가": ("최고", "가격"), "최저가": ("최저", "가격")}
"""Nouns that are an aggregate and its measure in one (최고가: the highest price), read as the two words."""


def _split(tokens: list[Token]) -> list[Token]:
    """최고가 as 최고 가격: the aggregate, then the measure it is of."""
    out: list[Token] = []
    for t in tokens:
        parts = SPLIT.get(t.lemma) if t.korean and t.text.startswith(t.lemma) else None
        if parts is None:
            out.append(t)
            continue
        cut = t.start + len(parts[0])
        out += [Token(t.text[:len(parts[0])], parts[0], "noun", t.start, cut, korean=True, joined=t.joined),
                Token(t.text[len(parts[0]):], parts[1], "noun", cut, t.end, korean=True, after=t.after, joined=True)]
    return out


def _korean(text: str, nouns: frozenset[str]) -> list[Token]:
    tokens: list[Token] = []
    previous_end = -1
    prefix: tuple[str, int] | None = None
    for m in morphemes(text, nouns):
        if m.tag == "XPN":  # 최고령, 비활성, 미사용: the prefix belongs to the word after it
            prefix = (m.form, m.start)
            previous_end = m.start + m.length
            continue
        if prefix is not None and prefix[0] and prefix[1] + len(prefix[0]) != m.start:  # 비 합계: a word alone
            tokens.append(Token(prefix[0], prefix[0], "noun", prefix[1], prefix[1] + len(prefix[0]), korean=True))
            prefix = None
        kind = CONTENT_TAGS.get(m.tag)
        glued = m.start == previous_end
        previous_end = m.start + m.length
        if m.tag.startswith("W_"):  # 2025-03-01, ABC-12345, a URL: one code, as written
            tokens.append(Token(m.form, m.form.upper(), "code", m.start, previous_end, joined=glued))
            continue
        if m.tag == "SL" and tokens and glued and tokens[-1].kind == "num" \
                and m.form.lower().rstrip("²³") in lexicon.NUMBER_UNITS:
            tokens.append(Token(m.form, m.form.lower(), "word", m.start, previous_end, joined=True))  # 10g, 300mg
            continue
        if m.tag == "SL" and tokens and glued and tokens[-1].kind in ("word", "code", "num") and not tokens[-1].korean:
            last = tokens[-1]  # ABC-12345 comes as SL SO SN: one code again
            last.text, last.end = text[last.start:previous_end], previous_end
            last.lemma = last.text.upper()
            if re.search(r"[-_.]", last.text):
                last.kind = "code"
            continue
        if m.tag == "SF" and m.form == "." and tokens and glued and tokens[-1].kind == "word" \
                and not tokens[-1].korean:  # Solar.R: the dot joins a name
            tokens[-1].text, tokens[-1].end = text[tokens[-1].start:previous_end], previous_end
            continue
        if m.tag in ("SO", "SN") and tokens and glued and tokens[-1].kind in ("word", "code") \
                and not tokens[-1].korean and (m.tag == "SO" or "-" in tokens[-1].text or "_" in tokens[-1].text):
            last = tokens[-1]
            last.text, last.end, last.kind = text[last.start:previous_end], previous_end, "code"
            last.lemma = last.text.upper()
            continue
        if m.tag == "SW" and m.form == "%" and tokens and tokens[-1].kind == "num":
            tokens[-1].after.append("%")
            continue
        if m.tag == "ETN" and m.form == "기" and tokens and glued and tokens[-1].kind == "verb" \
                and is_known(tokens[-1].lemma + "기"):  # 읽기 점수: reading, a noun, not 읽다
            last = tokens[-1]
            last.lemma, last.kind, last.text, last.end = last.lemma + "기", "noun", text[last.start:previous_end], \
                previous_end
            continue
        if (m.tag.startswith("NN") or m.tag == "MM") and m.form in ("별", "마다") and tokens and glued \
                and tokens[-1].kind == "noun":  # 연대별 역병: 별 glued to its noun, even read as a determiner
            tokens[-1].after.append(m.form)  # 연수별 after a schema's name kept whole: by 연수, not a star
            continue
        if m.tag == "XSN" and m.form == "당" and tokens and tokens[-1].lemma in PER_HEAD and glued:
            _per_head(tokens, text, previous_end)  # 1인당 소득: per capita, a name, not 인 grouped
            continue
        if kind is None:
            if m.tag.startswith(("J", "E", "XS", "VCP")) and tokens:
                if m.tag == "XSN" and m.form in NOUN_SUFFIXES and tokens[-1].kind == "noun":
                    tokens[-1].lemma += m.form
                    tokens[-1].text = text[tokens[-1].start:previous_end]
                    tokens[-1].end = previous_end
                else:
                    tokens[-1].after.append(m.form)
            elif m.tag in ("SW", "SO") and m.form in "$€£₩":
                tokens.append(Token(m.form, m.form, "mark", m.start, previous_end))
            continue
        if m.tag == "SL":
            word = m.form
            if re.search(r"[-_.]", word):
                tokens.append(Token(word, word.upper(), "code", m.start, previous_end, joined=glued))
            else:
                tokens.append(Token(word, singular(word.lower()), "word", m.start, previous_end, joined=glued))
            continue
        lemma = m.form.replace(",", "") if m.tag == "SN" else m.form
        start = m.start
        if prefix is not None and prefix[1] + len(prefix[0]) == m.start:
            lemma, start = prefix[0] + lemma, prefix[1]
        prefix = None
        lemma, kind = MISREAD.get((text[start:previous_end], lemma, kind), (lemma, kind))
        tokens.append(Token(text[start:previous_end], lemma, kind, start, previous_end,
                            korean=m.tag not in ("SN",), joined=glued, proper=m.tag == "NNP"))
    return _asked_noun(_scaled_numbers(_korean_numbers(_split(_compounds(tokens, text, nouns)), text), text))


def _compounds(tokens: list[Token], text: str, nouns: frozenset[str]) -> list[Token]:
    """Nouns side by side that make a known compound (시가 + 총액, 대지 면적) as one noun again.

    The analyser keeps such compounds whole in most sentences, not in all (평균 시가총액 came apart), and
    people write many with a space (대지 면적 for 대지면적).
    """
    out: list[Token] = []
    for t in tokens:
        last = out[-1] if out else None
        if last is not None and t.korean and last.korean and t.kind == last.kind == "noun" and not last.after \
                and (t.joined or _spaced_compound(last, t, text)) and is_compound(last.lemma + t.lemma, nouns):
            out[-1] = Token(text[last.start:t.end], last.lemma + t.lemma, "noun", last.start, t.end, korean=True,
                            after=list(t.after), joined=last.joined, proper=last.proper or t.proper)
            continue
        out.append(t)
    return out


def _spaced_compound(first: Token, second: Token, text: str) -> bool:
    """대지 면적: two nouns one space apart, neither a word of analysis (최저 기온, 사망자 수 keep their cue)."""
    cue_words = lexicon.AGGREGATES.keys() | lexicon.COUNT_WORDS
    return text[first.end:second.start] == " " and first.lemma not in cue_words and second.lemma not in cue_words


KOREAN_UNITS = {"십": 10, "백": 100, "천": 1000, "만": 10_000, "억": 100_000_000}
"""Korean number words written after digits (14만, 12만5천, 3억)."""
BOUND_AFTER_MAN = frozenset({"넘", "넘어가", "이상", "초과", "미만", "이하", "보다", "원", "달러", "명", "개", "건"})
"""Words after `80만` that make 만 ten thousand, not the particle "only" (80만 넘는, 80만 이상)."""


SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
"""English number words written after digits (10 million, 2.5 billion)."""


def _scaled_numbers(tokens: list[Token], text: str) -> list[Token]:
    """`10 million` as 10000000: the digits and the scale word after them, one number."""
    out: list[Token] = []
    for t in tokens:
        before = out[-1] if out else None
        if t.lemma.lower() in SCALE_WORDS and before is not None and before.kind == "num" \
                and before.number is not None and text[before.end:t.start] == " ":
            total = before.number * SCALE_WORDS[t.lemma.lower()]
            number = str(int(total)) if total.is_integer() else str(total)
            out[-1] = Token(text[before.start:t.end], number, "num", before.start, t.end, after=t.after,
                            joined=before.joined, scale=SCALE_WORDS[t.lemma.lower()])
            continue
        out.append(t)
    return out


def _korean_numbers(tokens: list[Token], text: str) -> list[Token]:
    """`14만` as 140000 and `12만5천` as 125000: digits and the unit words glued after them, one number."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        unit = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.kind == "num" and t.number is not None and "만" in t.after and text[t.end:t.end + 1] == "만" \
                and unit is not None and (unit.lemma in BOUND_AFTER_MAN or unit.kind == "counter"):
            scaled = t.number * 10_000  # 80만 넘는: eight hundred thousand, 만 read as the particle "only"
            out.append(Token(text[t.start:t.end + 1], str(int(scaled)) if scaled.is_integer() else str(scaled), "num",
                             t.start, t.end + 1, korean=False, after=[a for a in t.after if a != "만"],
                             joined=t.joined))
            i += 1
            continue
        if t.kind != "num" or t.number is None or unit is None or unit.lemma not in KOREAN_UNITS \
                or unit.start != t.end or (unit.lemma == "만" and i + 2 == len(tokens) and not unit.after):
            out.append(t)  # 진열대 3만: only shelf 3, 만 the particle
            i += 1
            continue
        total, end, after = 0.0, t.end, t.after
        while i + 1 < len(tokens) and tokens[i].kind == "num" and tokens[i].number is not None \
                and tokens[i + 1].lemma in KOREAN_UNITS and tokens[i + 1].start == tokens[i].end \
                and (tokens[i].start == t.start or tokens[i].start == end):
            total += (tokens[i].number or 0) * KOREAN_UNITS[tokens[i + 1].lemma]
            end, after = tokens[i + 1].end, tokens[i + 1].after
            i += 2
        number = str(int(total)) if total.is_integer() else str(total)
        out.append(Token(text[t.start:end], number, "num", t.start, end, korean=False, after=after, joined=t.joined))
    merged: list[Token] = []
    for t in out:  # 10만보다: 보다 read as an adverb after the number is its particle
        if merged and t.lemma == "보다" and t.kind == "adv" and merged[-1].kind == "num" and t.start == merged[-1].end:
            merged[-1].after.append("보다")
            continue
        merged.append(t)
    return merged
