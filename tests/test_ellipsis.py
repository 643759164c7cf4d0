"""The one text-shortening helper used for messages, titles and chart labels."""

from hypothesis import given, strategies as st

from timeline._ellipsis import ellipsize


@given(st.text(), st.integers(1, 200), st.booleans())
def test_never_longer_than_the_limit_and_one_line(text, limit, whole_words):
    out = ellipsize(text, limit, whole_words=whole_words)
    assert len(out) <= limit
    assert "\n" not in out
    folded = " ".join(text.split())
    assert out == folded if len(folded) <= limit else out.endswith(("…", "…”"))


def test_whole_words_and_a_closing_quote():
    assert ellipsize("Hamas says it is pulling out of the talks", 20, whole_words=True) == "Hamas says it is…"
    assert ellipsize("“We will not accept to be part of this”", 20, whole_words=True) == "“We will not…”"
    assert ellipsize("abcdefghij", 5) == "abcd…"
