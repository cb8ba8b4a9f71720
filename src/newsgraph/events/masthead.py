"""Datelines, bylines and links: names in them report or point to the news, they never take part in it.

Agency copy opens with a dateline ("BERLIN (dpa-AFX) - …", "NORTH CANTON /
PADERBORN (dpa-AFX) - …", "Frankfurt - …") and features carry a byline
("Von Karl-Heinz Patzer", "By Jane Doe") on a line of its own. The recogniser
tags these words ORG, LOC or PER, and the role rules would then make "BERLIN"
a parent company or "dpa-AFX" a merger party. `masthead_spans` finds those
stretches once per article; mentions inside them are not used as arguments
(place *values* there stay: a dateline city may still be where a strike is).
Links and @handles of tweets are treated alike: "https://t.co/MyInLQagC6"
holds no company; nor does a picture credit ("© BilderBox.com"), the bracket that
identifies a company's shares ("(WKN 514680, ISIN DE0005146807)") or a court's file
("(Az.: 810 IN 128/16)").
"""

from __future__ import annotations

import re

from newsgraph.model import Article

_WORD = r"[A-ZÄÖÜ][\w.\-]*"
_DATELINE = re.compile(
    rf"(?m)^[ \t\u00a0]*(?:\([^)\n]{{2,40}}\)[ \t\u00a0]*)?"
    rf"(?P<place>{_WORD}(?:(?:[ \t]*[/,][ \t]*|[ \t]+(?:and|und)[ \t]+|[ \t]+){_WORD}){{0,6}})"
    # a dated dateline: "ZURICH, March 10 -", "Kopenhagen, 3. Mai -", "NEW YORK, July 15, 2025 (Reuters) -"
    rf"(?:,?[ \t]+(?:\d{{1,2}}\.?[ \t]+{_WORD}|\d{{1,2}})(?:,?[ \t]+\d{{4}})?)?"
    # the agency in brackets, or a press-release wire between slashes ("AUSTIN, Texas, June 3, 2025 /PRNewswire/ --")
    rf"[ \t\u00a0]*(?:\((?P<agency>[^)\n]{{2,40}})\)|/(?P<wire>[^/\n]{{2,40}})/)?[ \t\u00a0]*(?:--|[-–—])[ \t\u00a0]")
_SHOUTED = re.compile(r"\b[A-ZÄÖÜ]{3,}\b")
_BYLINE = re.compile(r"(?m)(?:^|(?<=[.!?][ \t\u00a0]))[ \t\u00a0]*(?:Von|By)[ \t]+"
                     r"[A-ZÄÖÜ][\w\-]+(?:[ \t]+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w\-]+)){0,3}[ \t\u00a0]*$")


_LINK = re.compile(r"(?:https?://|www\.)\S+|(?<![\w@])@\w+")
# the stock exchange and ticker of a listed company: "Harborline Properties (NYSE: HBL)", "(Nasdaq: ZSPC)", "(LSE:
# BARC)"; the exchange is no party of the deal told around it
_EXCHANGE_TICKER = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|TSXV|ASX|AMEX|NYSE American|Euronext|SIX|Xetra|XETRA|"
                              r"FWB|ETR|OTC|OTCQX|TSE|HKEX|SGX|BME|OMX|JSE|NSE|BSE)\s*:\s*[A-Z0-9.\-]{1,10}\)")
# a bracket that identifies a company's shares: "Die X AG (WKN 514680, ISIN DE0005146807, Börsenkürzel DEX)"
_SECURITIES = re.compile(r"\((?=[^()\n]*(?<![\w-])(?:ISIN|WKN|Börsenkürzel|Tickersymbol|Ticker)(?![\w-]))[^()\n]{1,120}\)|"
                         # a court's file number: "(Az.: 810 IN 128/16)", "(Aktenzeichen 3 IN 55/25)"
                         r"\((?:Az\.|Aktenzeichen)[^()\n]{1,60}\)")
# a picture credit: "© BilderBox.com (Sujet)", "© Fotolia.com / Romanchuck", "© dpa"; only the name words after the
# sign, since a headline may follow on the same line
_CREDIT = re.compile(r"©[ \t\u00a0]*\w[\w.&-]*(?:[ \t]*/[ \t]*\w[\w.&-]*)*(?:[ \t]*\([^)\n]{1,20}\))?")


def masthead_spans(article: Article) -> list[tuple[int, int]]:
    """Character spans of datelines, bylines, links, @handles, picture credits, share identifiers and exchange
    tickers in `article.text`.

    A dateline is a line opening with place words and a dash; it counts when it
    carries an agency in brackets, a shouted word ("BERLIN"), or when its words
    are a place the recogniser or the place normaliser found.
    """
    text = article.text
    spans: list[tuple[int, int]] = []
    places = [(m.start, m.end) for m in article.mentions if m.type == "LOC"] + \
        [(v.start, v.end) for v in article.values if v.kind == "place"]
    for m in _datelines(text):
        s, e = m.span("place")
        known_place = any(a <= s and e <= b for a, b in places)
        if m.group("agency") or m.group("wire") or _SHOUTED.search(m.group("place")) or known_place:
            spans.append((m.start(), m.end()))
    # the two patterns need a literal ("http", "www.", "@"; "Von", "By") that most texts lack: asking for it first is
    # a fast scan and finds nothing the pattern would have found
    if "http" in text or "www." in text or "@" in text:
        spans.extend(m.span() for m in _LINK.finditer(text))  # "https://t.co/MyInLQagC6", "@Jakob_Juergen"
    if ":" in text and "(" in text:
        spans.extend(m.span() for m in _EXCHANGE_TICKER.finditer(text))
    if "©" in text:
        spans.extend(m.span() for m in _CREDIT.finditer(text))
    if "ISIN" in text or "WKN" in text or "kürzel" in text or "Ticker" in text or "Az." in text or "Aktenzeichen" in text:
        spans.extend(m.span() for m in _SECURITIES.finditer(text))
    for m in _BYLINE.finditer(text) if "Von" in text or "By" in text else ():
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t\u00a0"))
        spans.append((start, m.end()))
    return spans


def _datelines(text: str) -> list[re.Match[str]]:
    """`_DATELINE.finditer(text)` as a list, tried only where a line starts. Why: the pattern opens with "^" (MULTILINE)
    and matches within one line (it takes no line break), so its matches start where lines do, and a scan would try
    the pattern at every character of the article to reject all but those."""
    out, pos = [], 0
    while True:
        end = text.find("\n", pos)
        # every match ends with a dash and a blank within its line ("BERLIN (dpa-AFX) - "): a line without one is
        # ruled out by a fast scan instead of the pattern's backtracking over its capitalised words
        if _DASH_BLANK.search(text, pos, end if end >= 0 else len(text)):
            m = _DATELINE.match(text, pos)
            if m:
                out.append(m)
        pos = end + 1
        if not pos:
            return out


_DASH_BLANK = re.compile(r"[-–—][ \t\u00a0]")


def in_spans(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)
