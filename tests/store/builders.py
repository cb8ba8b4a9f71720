"""Hand-built articles for store, export and CLI tests (no pipeline involved)."""

from __future__ import annotations

from newsgraph.model import Argument, Article, Event, Evidence, Mention, Sentence, TimeSpan, Value, make_id


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `part` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def mention(text: str, part: str, type_: str, nth: int = 0) -> Mention:
    start, end = span(text, part, nth)
    return Mention(start, end, part, type_)


def value(text: str, part: str, kind: str, val: object, rule: str = "test.rule") -> Value:
    start, end = span(text, part)
    return Value(start, end, part, kind, val, rule)


DEAL_DE = ("Qualcomm und Xiaomi Inc. haben gestern eine Absichtserklärung über 12 Milliarden US-Dollar "
           "unterzeichnet. Xiaomis Chef Lei Jun sagte in Peking, Lei sei zufrieden. "
           "Die Vereinbarung ist ungebunden.")


def deal_article(text: str = DEAL_DE, source: str = "deal.txt", published: str | None = "2017-11-10") -> Article:
    """A German article with mentions, values and one agreement event, all offsets consistent."""
    a = Article(id=Article.id_for(text), source=source, text=text, title="Qualcomm und Xiaomi", language="de",
                published=published, authors=["Anna Autorin"], site="Fanblog")
    first_end = text.index(".") + 1
    a.sentences = [Sentence(0, first_end, "de"), Sentence(first_end + 1, len(text), "de")]
    a.mentions = [mention(text, "Qualcomm", "ORG"), mention(text, "Xiaomi Inc.", "ORG"),
                  mention(text, "Xiaomis", "ORG"), mention(text, "Chef", "ROLE"),
                  mention(text, "Lei Jun", "PER"), mention(text, "Peking", "LOC"), mention(text, "Lei", "PER", 1)]
    money = value(text, "12 Milliarden US-Dollar", "money", {"amount": 12000000000, "currency": "USD"},
                  "money.de.scale_currency")
    binding = value(text, "ungebunden", "boolean", False, "boolean.de.binding")
    a.values = [money, binding]
    q, x = span(text, "Qualcomm"), span(text, "Xiaomi Inc.")
    a.events = [Event(
        id=make_id("v_", a.id, "agreement", "0"), type="agreement", modality="asserted",
        arguments=[Argument("party", "Qualcomm", *q), Argument("party", "Xiaomi Inc.", *x),
                   Argument("value", money.text, money.start, money.end, value=money.value),
                   Argument("binding", "ungebunden", binding.start, binding.end, value=False)],
        time=TimeSpan("gestern", "2017-11-09", "2017-11-09"),
        evidence=[Evidence(a.id, 0, first_end, text[:first_end])], confidence=0.8, trigger="unterzeichnet")]
    return a


def plain_article(text: str, source: str = "plain.txt", language: str = "en") -> Article:
    return Article(id=Article.id_for(text), source=source, text=text, title=text.split(".")[0], language=language)
