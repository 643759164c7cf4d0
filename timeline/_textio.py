"""Turn the bytes of an article file into text, saying which encoding was used.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; other input is
detected (Windows-1252/Latin-1 first, then charset-normalizer), and binary data is refused.
The decoded text is returned verbatim: line endings and every character are kept.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

__all__ = ["Decoded", "UndecodableError", "decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# control characters that legitimately occur in text files
_OK_CONTROLS = frozenset("\t\n\r\f\v\x1b")
# share of "impossible" characters above which decoded text is treated as binary
_MAX_BAD_SHARE = 0.005


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can recognise (binary, or garbled)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    detected: bool  # True when the encoding was guessed rather than declared (BOM) or UTF-8


def _bad_share(text: str) -> float:
    """Share of characters that do not occur in real text (controls, unassigned, private use)."""
    if not text:
        return 0.0
    sample = text if len(text) <= 200_000 else text[:100_000] + text[-100_000:]
    bad = 0
    for ch in sample:
        if ch < " ":
            if ch not in _OK_CONTROLS:
                bad += 1
        elif ch >= "\x7f":
            cat = unicodedata.category(ch)
            if cat in ("Cc", "Cn", "Co", "Cs"):
                bad += 1
    return bad / len(sample)


def _looks_western(text: str) -> bool:
    """True if text decoded as Windows-1252 reads like a Western European language.

    Real Western text has mostly ASCII letters; text in another single-byte code page
    (Cyrillic, Greek...) decoded as 1252 turns into a run of accented letters.
    """
    letters = 0
    high = 0
    for ch in text[:200_000]:
        if ch.isalpha():
            letters += 1
            if ch > "\x7f":
                high += 1
    return letters > 0 and high / letters < 0.4


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``; raise `UndecodableError` when it is not text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)  # the utf-8-sig/16/32 codecs drop the BOM themselves
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"starts with a {enc} byte-order mark but is not valid {enc}: {exc}") from None
            if _bad_share(text) > _MAX_BAD_SHARE:
                raise UndecodableError(f"decodes as {enc} but holds binary data")
            return Decoded(text, enc, False)

    if b"\x00" in data:
        # UTF-16/32 without a BOM is the only text that contains NUL bytes
        guess = _charset_normalizer_guess(data)
        if guess is not None and guess[1].startswith(("utf_16", "utf_32")):
            return Decoded(guess[0], guess[1].replace("_", "-"), True)
        raise UndecodableError("contains NUL bytes: binary data, not text")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _bad_share(text) > _MAX_BAD_SHARE:
            raise UndecodableError("valid UTF-8 but mostly control characters: binary data, not text")
        return Decoded(text, "utf-8", False)

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _bad_share(text) <= _MAX_BAD_SHARE and _looks_western(text):
        # identical to Latin-1 unless a byte in 0x80-0x9F (curly quotes, dashes, euro) occurs
        enc = "cp1252" if any(0x80 <= b <= 0x9F for b in data) else "latin-1"
        return Decoded(text, enc, True)

    guess = _charset_normalizer_guess(data)
    if guess is not None and _bad_share(guess[0]) <= _MAX_BAD_SHARE:
        return Decoded(guess[0], guess[1].replace("_", "-"), True)
    raise UndecodableError("not valid UTF-8 and no other encoding fits: binary or garbled data")


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best), best.encoding
