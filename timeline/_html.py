"""Extract an article from an HTML page: its title, main text and publication date.

The main text is the ``<article>`` (else ``<main>``, else ``<body>``) without navigation,
scripts and asides; each block element (paragraph, heading, list item...) becomes one
paragraph, separated by a blank line. Offsets in `timeline` index this extracted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["HtmlArticle", "extract_html"]

_SKIP = frozenset(
    "script style noscript template nav aside footer form button select option svg iframe "
    "object embed canvas video audio map head title meta link input textarea dialog menu".split()
)
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre section article header main "
    "figure figcaption table thead tbody tr td th caption address hr details summary center".split()
)
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="publish-date"]',
    'meta[name="date"]',
    'meta[name="dc.date.issued"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dcterms.created"]',
)
_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # HTML white space (NBSP is content, kept)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None
    published: str | None  # as written in the page (ISO 8601 usually)


def extract_html(html: str) -> HtmlArticle:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    published = None
    for sel in _DATE_META:
        node = tree.css_first(sel)
        if node is not None and (node.attributes.get("content") or "").strip():
            published = node.attributes["content"].strip()
            break
    root = tree.css_first("article") or tree.css_first("main") or tree.css_first('[role="main"]') or tree.body
    if published is None:
        for scope in (root, tree.root):
            node = scope.css_first("time[datetime]") if scope is not None else None
            if node is not None and (node.attributes.get("datetime") or "").strip():
                published = node.attributes["datetime"].strip()
                break
    title = None
    for sel, attr in (('meta[property="og:title"]', "content"), ("h1", None), ("title", None)):
        node = tree.css_first(sel)
        if node is None:
            continue
        value = node.attributes.get(attr) if attr else node.text(deep=True)
        value = _SPACE.sub(" ", value or "").strip()
        if value:
            title = value
            break
    text = _block_text(root, skip_header=root is tree.body) if root is not None else ""
    return HtmlArticle(text, title, published)


def _block_text(root, *, skip_header: bool) -> str:
    paragraphs: list[str] = []
    buf: list[str] = []
    pre_depth = 0

    def flush() -> None:
        if buf:
            para = "".join(buf)
            if not pre_depth:
                para = _SPACE.sub(" ", para)
            para = para.strip(" \t\r\n\f\v")
            if para:
                paragraphs.append(para)
            buf.clear()

    # iterative walk (deeply nested pages must not hit the recursion limit)
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag  # type: ignore[attr-defined]
        if leaving:
            if tag == "pre":
                flush()
                pre_depth -= 1
            elif tag in _BLOCK:
                flush()
            continue
        if tag == "-text":
            buf.append(node.text(deep=False) or "")  # type: ignore[attr-defined]
            continue
        if tag in _SKIP or tag.startswith("-") or (skip_header and tag == "header"):
            continue
        if tag == "br":
            buf.append("\n" if pre_depth else " ")
            continue
        if tag == "pre":
            flush()
            pre_depth += 1
        elif tag in _BLOCK:
            flush()
        stack.append((node, True))
        children = list(node.iter(include_text=True))  # type: ignore[attr-defined]
        stack.extend((c, False) for c in reversed(children))
    flush()
    return "\n\n".join(paragraphs)
