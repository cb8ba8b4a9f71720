"""Rule and gazetteer recogniser: patterns over spaCy tokens, character spans out.

Runs with or without a trained model: alone it is the fallback when no model is shipped;
with a model it fills the gaps the model leaves (see ner.py for how the two are merged).
Each rule has a priority; overlapping candidates are resolved by priority, then length.
Rules (names are stored in Mention.source as "ruler.<rule>"):

- legal_form: a capitalised run ending in a legal form ("Xiaomi Inc.", "Deutsche Telekom AG") → ORG
- title: "Herr/Frau/Mr./Dr. X Y" → PER (without the title)
- role_of: "CEO von X", "chief executive of X" → ORG; "Vorstandschef Herbert Diess" → PER
- role: job titles (CEO, Geschäftsführer, Senior Vice President, *chef, *vorstand) → ROLE
- compound: "Xiaomi-Chef", "VW-Konzern" → ORG for the left part (ROLE for a title head)
- keyword: "der Konzern Siemens", "chipmaker Qualcomm" → ORG
- first_name: a known first name followed by a capitalised word ("Lei Jun") → PER
- known: a name the annotators of our gold training data tagged the same way every time
  (the `names.tsv` table shipped beside the model, built by newsgraph.train.names)
- place: countries, regions, cities from the gazetteers → LOC
- product: "Smartphone Mi 6" (after a product noun, with a digit or inner capital) → PRODUCT
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.nlp import gazetteers, lexicon

PRIORITY = {"legal_form": 0, "title": 1, "role_of": 2, "role": 3, "compound": 3, "keyword": 4, "known": 4,
            "listed": 4, "first_name": 5, "place": 6, "product": 7, "product_model": 3, "listed_retype": 8}


@dataclass(frozen=True)
class Span:
    start: int  # character offsets into doc.text
    end: int
    label: str
    rule: str


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return gazetteers._stop_words()


def _name_like(tok: Token) -> bool:
    """A token that can be part of a proper name: capitalised (or digit-led with letters), not a stop word."""
    t = tok.text
    if not t or not (t[0].isupper() or (t[0].isdigit() and any(c.isalpha() for c in t))):
        return False
    if len(t) >= 2 and t.isupper() and t.isalpha():
        return True  # acronyms and company names in capitals ("MAN", "SAP"), even when the word is a stop word
    return t.lower() not in _stop() and any(c.isalnum() for c in t)


def _index(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first token, longest first, so matching costs one dict lookup per token."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        by_first.setdefault(ph[0], []).append(ph)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


@lru_cache(maxsize=4)
def _legal_form_tokens(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    from newsgraph.nlp.segment import blank

    nlp = blank(lang)
    return _index({tuple(t.text for t in nlp.make_doc(f)) for f in gazetteers.legal_forms()})


_WEAK_FORMS = frozenset({("Holding",), ("Holdings",), ("Group",), ("Gruppe",), ("Limited",), ("Corporation",),
                         ("Co.",), ("SA",), ("SE",), ("AB",), ("KG",), ("UG",), ("LP",), ("BV",), ("NV",)})


def _legal_form_at(doc: Doc, i: int, lang: str) -> int:
    """Number of tokens of the legal form starting at token i (0 when none)."""
    for form in _legal_form_tokens(lang).get(doc[i].text, ()):
        k = len(form)
        if i + k <= len(doc) and all(doc[i + j].text == form[j] for j in range(k)):
            return k
    return 0


def _run_left(doc: Doc, end: int, limit: int = 6) -> int:
    """Start index of the run of name tokens (with inner '&', '-', 'und'/'and' links) ending before `end`."""
    i = end
    while i > 0 and end - i < limit:
        prev = doc[i - 1]
        if _name_like(prev):
            i -= 1
        elif prev.text in {"&", "-", "+"} and i - 2 >= 0 and _name_like(doc[i - 2]):
            i -= 2
        else:
            break
    return i


def _run_right(doc: Doc, start: int, limit: int = 4, particles: bool = False) -> int:
    """End index (exclusive) of the run of name tokens starting at `start`."""
    j = start
    while j < len(doc) and j - start < limit:
        tok = doc[j]
        if _name_like(tok) and tok.text not in lexicon.PERSON_TITLES and not _is_role_token(tok, "de") \
                and tok.text not in _TITLE_WORDS:
            j += 1
            if tok.text.endswith(".") and len(tok.text) > 2:
                break  # "Jun." ends the sentence or is an abbreviation: not inside a name
        elif particles and tok.text in lexicon.NAME_PARTICLES and j > start and j + 1 < len(doc) \
                and _name_like(doc[j + 1]):
            j += 1
        elif tok.text == "&" and j > start and j + 1 < len(doc) and _name_like(doc[j + 1]):
            j += 1  # "Drost & Partner", "Hellwig & Sohn": the partner word belongs to the name
        else:
            break
    while j > start and doc[j - 1].text in lexicon.NAME_PARTICLES:
        j -= 1  # a name never ends on "von"
    return j


def _doc_text(doc: Doc) -> str:
    """doc.text rebuilds the string on every access; keep it on the doc's user_data once."""
    text = doc.user_data.get("_ng_text")
    if text is None:
        text = doc.user_data["_ng_text"] = doc.text
    return text


_TITLE_WORDS = frozenset({"Doktor", "Premier", "Premierminister", "Professor", "Pfarrer", "Kardinal", "Bischof",
                          "König", "Königin", "Kaiser", "Prinz", "Papst", "Graf", "Fürst", "Sankt"})


def _span(doc: Doc, a: int, b: int, label: str, rule: str) -> Span | None:
    if b <= a:
        return None
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    text = _doc_text(doc)[start:end]
    while text and text[-1] in ".,;:'\"“”„)-" and not (text.endswith(".") and label == "ORG" and rule == "legal_form"):
        text, end = text[:-1], end - 1
    return Span(start, end, label, rule) if text.strip() else None


def _is_role_token(tok: Token, lang: str) -> bool:
    return _is_role_text(tok.text, lang)


@lru_cache(maxsize=65536)
def _is_role_text(t: str, lang: str) -> bool:
    """A job title word; depends on the word alone, so each word is judged once per process."""
    if t in lexicon.ROLE_ACRONYMS:
        return True
    if lang == "de" or t[:1].isupper():
        if t in lexicon.ROLE_WORDS_DE:
            return True
        if t[:1].isupper() and t not in lexicon.ROLE_NOT and "-" not in t:
            low = t.lower()
            if low.endswith(lexicon.ROLE_NOT_ENDINGS):
                return False
            return any(low.endswith(s) and len(low) >= len(s) + 3 for s in lexicon.ROLE_SUFFIXES_DE)
    return False


_EN_STRONG_ROLES = frozenset({"chairman", "chairwoman", "chairperson", "president", "founder", "co-founder",
                              "cofounder", "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "coo", "cto",
                              "cmo", "cio", "cpo", "evp", "svp", "governor", "mayor", "chancellor", "senator"})


@lru_cache(maxsize=4)
def _role_phrases(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    from newsgraph.nlp.segment import blank

    nlp = blank(lang)
    phrases = list(lexicon.ROLE_PHRASES_DE) + (list(lexicon.ROLE_PHRASES_EN) if lang == "en" else [])
    return _index({tuple(t.lower_ for t in nlp.make_doc(p)) for p in phrases})


def _role_at(doc: Doc, i: int, lang: str) -> int:
    """Length in tokens of a job title starting at token i, 0 if none."""
    tok = doc[i]
    for phrase in _role_phrases(lang).get(tok.lower_, ()):
        k = len(phrase)
        if i + k <= len(doc) and all(doc[i + j].lower_ == phrase[j] for j in range(k)):
            if k == 1 and lang == "en" and phrase[0] not in _EN_STRONG_ROLES and not doc[i].text[:1].isupper():
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if not (nxt is not None and (nxt.lower_ in ("of", "at") or _name_like(nxt))):
                    continue
            return k
    return 1 if _is_role_text(tok.text, lang) else 0


def find_spans(doc: Doc, lang: str, known: dict[str, str] | None = None) -> list[Span]:
    """All rule matches in one tokenized sentence (or text), overlaps resolved.

    `known` maps whitespace-free names to their type (the shipped names table), when given.
    """
    cands: list[Span] = []
    places = gazetteers.places()
    first = gazetteers.first_names()
    listed = gazetteers.listed_companies()
    n = len(doc)
    add = cands.append
    text_all = _doc_text(doc)
    tok_texts = [t.text for t in doc]
    tok_starts = [t.idx for t in doc]

    # legal forms
    legal_firsts = _legal_form_tokens(lang)
    for i in range(1, n):
        k = _legal_form_at(doc, i, lang) if tok_texts[i] in legal_firsts else 0
        if k:
            a = _run_left(doc, i)
            if a < i and not (tuple(t.text for t in doc[i:i + k]) in _WEAK_FORMS and a == i - 1
                              and doc[a].text in places):
                s = _span(doc, a, i + k, "ORG", "legal_form")
                if s:
                    add(s)

    role_until = 0
    for i, tok in enumerate(doc):
        t = tok.text
        # person titles
        if t in lexicon.PERSON_TITLES and i + 1 < n:
            b = _run_right(doc, i + 1, 3, particles=True)
            if b > i + 1:
                add(_span(doc, i + 1, b, "PER", "title"))
        # job titles and what follows them (not again inside a title already matched)
        k = _role_at(doc, i, lang) if i >= role_until else 0
        if k:
            role_until = i + k
            a = i
            while a > 0 and doc[a - 1].text in lexicon.ROLE_MODIFIERS and doc[a - 1].text.lower() not in (
                    "neue", "neuer", "neuen", "new", "former", "ehemalige", "ehemaliger", "ehemaligen"):
                a -= 1
            s = _span(doc, a, i + k, "ROLE", "role")
            if s:
                add(s)
            if lang == "en" and a > 0 and _name_like(doc[a - 1]) and not doc[a - 1].text.endswith("."):
                # "Apple CEO Tim Cook", "Microsoft co-founder Bill Gates": the organisation comes first
                left = _run_left(doc, a, 4)
                text = _doc_text(doc)[doc[left].idx:doc[a - 1].idx + len(doc[a - 1].text)]
                if text not in places and doc[left].text not in first and not any(
                        x.text in lexicon.ROLE_MODIFIERS or x.lower_ in ("vice", "chief") for x in doc[left:a]):
                    add(_span(doc, left, a, "ORG", "role_of"))
            j = i + k
            if j < n and doc[j].lower_ in ("von", "of", "bei", "at", "beim", "vom") and j + 1 < n:
                b = _run_right(doc, j + 1, 4)
                if b > j + 1:
                    text = _doc_text(doc)[doc[j + 1].idx:doc[b - 1].idx + len(doc[b - 1].text)]
                    add(_span(doc, j + 1, b, "LOC" if text in places else "ORG", "role_of"))
            elif j < n and _name_like(doc[j]) and doc[j].text not in places and not _role_at(doc, j, lang):
                b = _run_right(doc, j, 3, particles=True)
                if doc[j].text in first or b - j >= 2 or lang == "de":
                    add(_span(doc, j, b, "PER", "role_of"))
        # hyphen compounds (German keeps them in one token)
        if "-" in t[1:-1] and t[0].isupper():
            left, _, head = t.rpartition("-")
            head_word = head[:1].upper() + head[1:]
            if head_word in lexicon.ORG_COMPOUND_HEADS and left and left[0].isupper() and "-" not in left \
                    and left not in places and left.lower() not in _stop():
                add(Span(tok.idx, tok.idx + len(left), "ORG", "compound"))
                if head_word in lexicon.ROLE_COMPOUND_HEADS:
                    add(Span(tok.idx + len(left) + 1, tok.idx + len(t), "ROLE", "compound"))
        # "der Konzern Siemens", "chipmaker Qualcomm"
        if lang == "de":
            keyword = t in lexicon.ORG_KEYWORDS_DE or (
                t[:1].isupper() and len(t) > 6 and tok.lower_.endswith(lexicon.ORG_KEYWORD_SUFFIXES_DE))
        else:
            keyword = tok.lower_ in lexicon.ORG_KEYWORDS_EN
        if keyword and i + 1 < n and _name_like(doc[i + 1]) and doc[i + 1].text not in places \
                and not _role_at(doc, i + 1, lang):
            b = _run_right(doc, i + 1, 3)
            add(_span(doc, i + 1, b, "ORG", "keyword"))
        # first names ("Maarten de Boer", "Ursula von der Leyen": a particle may open the surname)
        if t in first and t not in places and i + 2 < n and tok_texts[i + 1] in lexicon.NAME_PARTICLES:
            j = i + 1
            while j < n and tok_texts[j] in lexicon.NAME_PARTICLES and j - i <= 3:
                j += 1
            if j < n and _name_like(doc[j]) and doc[j].text not in places and not doc[j].text.isupper():
                add(_span(doc, i, j + 1, "PER", "first_name"))
        if t in first and t not in places and i + 1 < n and _name_like(doc[i + 1]) \
                and not doc[i + 1].text.isupper() and doc[i + 1].text not in places \
                and not _role_at(doc, i + 1, lang):
            b = _run_right(doc, i + 1, 2, particles=True)
            if not any(x.text in lexicon.NON_PERSON_HEADS for x in doc[i:min(b + 1, n)]):
                add(_span(doc, i, b, "PER", "first_name"))
        # product after product nouns
        if t in lexicon.PRODUCT_KEYWORDS and i + 1 < n and _name_like(doc[i + 1]):
            b = _run_right(doc, i + 1, 3)
            if b < n and doc[b].like_num:
                b += 1
            words = [x.text for x in doc[i + 1:b]]
            if any(any(c.isdigit() for c in w) or any(c.isupper() for c in w[1:]) for w in words):
                add(_span(doc, i + 1, b, "PRODUCT", "product"))
        # a brand and a model word: "Vexo Fold", "Lumio Fold 3", "Surface Pro", "Galaxy Note 9" → PRODUCT
        if i + 1 < n and _name_like(tok) and tok_texts[i + 1] in lexicon.MODEL_WORDS and \
                (i == 0 or tok_texts[i - 1] not in lexicon.MODEL_WORDS) and not tok.text.isupper() and \
                t not in lexicon.PRODUCT_KEYWORDS:  # "sein faltbares Tablet Fold X": the noun is no brand
            a = i - 1 if i >= 1 and _name_like(doc[i - 1]) and doc[i - 1].text not in places and \
                tok_texts[i - 1] not in lexicon.PERSON_TITLES and i - 1 > 0 else i
            b = i + 2
            while b < n and (doc[b].like_num or tok_texts[b] in lexicon.MODEL_WORDS or (
                    len(tok_texts[b]) <= 2 and tok_texts[b].isupper())) and b - i < 4:  # "Fold X", "Note 9"
                b += 1
            add(_span(doc, a, b, "PRODUCT", "product_model"))
        # names of the gold training data: longest match of up to 5 tokens, spaces ignored
        if known and (t[:1].isupper() or t[:1].isdigit() or t[:1] in "@#"):
            best = _longest_key(tok_texts, i, known)
            if best:
                end_tok = doc[i + best - 1]
                add(Span(tok.idx, end_tok.idx + len(end_tok.text), known[key_of(doc, i, best)], "known"))
        # listed companies (gazetteers.listed_companies): longest match of up to 5 tokens, spaces ignored
        if t[:1].isupper() or t[:1].isdigit():
            best = _longest_key(tok_texts, i, listed)
            end = tok_starts[i + best - 1] + len(tok_texts[i + best - 1]) if best else 0
            if best and text_all[tok_starts[i]:end] not in places:  # "Phoenix", "Berkeley": towns first
                rule = "listed" if listed[key_of(doc, i, best)] else "listed_retype"
                add(Span(tok.idx, end, "ORG", rule))
        # places: longest gazetteer match of up to 4 tokens
        if t[:1].isupper():
            start = tok_starts[i]
            for k2 in range(min(4, n - i), 0, -1):
                text = text_all[start:tok_starts[i + k2 - 1] + len(tok_texts[i + k2 - 1])]
                if text in places:
                    add(Span(start, start + len(text), "LOC", "place"))
                    break
    return resolve_overlaps([c for c in cands if c is not None])


def _longest_key(tok_texts: list[str], i: int, table: dict) -> int:
    """How many tokens from `i` (up to 5) make the longest key of `table`, spaces ignored ("Deutsche Bank" is
    "DeutscheBank"); 0 when none does."""
    key, best = "", 0
    for k in range(min(5, len(tok_texts) - i)):
        key += tok_texts[i + k]
        if key in table:
            best = k + 1
    return best


def key_of(doc: Doc, i: int, k: int) -> str:
    return "".join(doc[j].text for j in range(i, i + k))


def resolve_overlaps(cands: list[Span]) -> list[Span]:
    """Keep the best candidate where candidates overlap: lower priority number first, then longer."""
    chosen: list[Span] = []
    for c in sorted(cands, key=lambda s: (PRIORITY.get(s.rule, 9), -(s.end - s.start), s.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda s: s.start)
