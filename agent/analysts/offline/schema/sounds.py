"""Korean loanwords heard as the Latin-letter values they spell (아메리칸: American, 텍사스: Texas).

A Korean question often writes an English or German value in Hangul. Both spellings are reduced to the same
coarse sound: the consonants only, by the class Korean loanword spelling gives them (b, f, p, v: ㅂ/ㅍ; l, r:
ㄹ; ...), silent letters and doubled sounds dropped. Two words sound alike when their sounds are equal, or
(one word) differ by one consonant in four or more after the first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

INITIALS = ["k", "k", "n", "t", "t", "r", "m", "p", "p", "s", "s", "", "j", "j", "j", "k", "t", "p", ""]
"""ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (ㅎ is dropped, as English drops its h)."""
FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "r", "k", "m", "p", "r", "r", "p", "r", "m", "p", "p", "t", "t",
          "N", "t", "t", "k", "t", "p", ""]
"""The 28 final consonants (none, ㄱ ... ㅎ); ㅇ is ng."""

LATIN_RULES = [
    (r"sch", "s"), (r"[ts]ion", "syon"), (r"ph", "p"), (r"th", "s"), (r"sh", "s"), (r"ch", "j"), (r"ck", "k"),
    (r"c(?=[eiy])", "s"), (r"g(?=[eiy])", "j"), (r"ng(?![aeiouy])", "N"), (r"x", "ks"), (r"q", "k"), (r"[cg]", "k"),
    (r"[bfv]", "p"), (r"d", "t"), (r"z", "j"), (r"l", "r"), (r"[aeiouyhw]", ""),
]
"""English (and German) spelling to the consonant classes of Korean loanword spelling, in this order."""
MIN_SOUND = 3
"""Sounds shorter than this (애플: pr) are too short to tell words apart."""


def _collapse(sound: str) -> str:
    return re.sub(r"(.)\1+", r"\1", sound)


@lru_cache(maxsize=65536)
def hangul_sound(word: str) -> str:
    """The consonant sound of a Hangul word (아메리칸 -> mrkn)."""
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            continue
        out.append(INITIALS[code // 588] + FINALS[code % 28])
    return _collapse("".join(out))


@lru_cache(maxsize=65536)
def latin_sounds(word: str) -> tuple[str, ...]:
    """The consonant sounds of a Latin-letter word (American -> mrkn), also without a silent r (Virginia: pjn)."""
    plain = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    spelled = re.sub(r"[^a-z]", "", plain.encode("ascii", "ignore").decode())
    sounds = []
    for variant in (spelled, re.sub(r"(?<=[aeiou])r(?=[^aeiouy])", "", spelled)):
        for pattern, replacement in LATIN_RULES:
            variant = re.sub(pattern, replacement, variant)
        sounds.append(_collapse(variant))
    return tuple(dict.fromkeys(sounds))


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def sound_distance(korean: str, latin: str) -> int | None:
    """0 when a Hangul word reads as a Latin-letter word (내셔널: National), 1 when it nearly does, else None.

    Nearly: one consonant apart, past the first, in four or more, for a one-word value (캘리포니아: California).
    """
    heard, several = hangul_sound(korean), " " in latin.strip()
    if len(heard) < MIN_SOUND:
        return None
    best = None
    for written in latin_sounds(latin):
        if written == heard:
            return 0
        if len(written) >= MIN_SOUND and not several and min(len(heard), len(written)) >= 4 \
                and heard[0] == written[0] and abs(len(heard) - len(written)) <= 1 \
                and _distance(heard, written) <= 1:  # (lengths checked first: a long cell costs nothing)
            best = 1
    return best
