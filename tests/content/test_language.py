"""Language identification restricted to configured languages."""

from __future__ import annotations

import pytest

from newsgraph.content import identify_language
from newsgraph.content.language import choose_language
from newsgraph.settings import Settings


@pytest.mark.parametrize("text, lang", [
    ("Xiaomi hat gestern eine Absichtserklärung mit Qualcomm unterschrieben.", "de"),
    ("Xiaomi signed a preliminary agreement with Qualcomm yesterday.", "en"),
])
def test_language_identified(text, lang):
    found, confidence = identify_language(text, ["de", "en"])
    assert found == lang and 0.9 < confidence <= 1.0


def test_language_german_article_with_english_quote_stays_german():
    text = ("Der Firmenchef sagte auf der Pressekonferenz in Madrid: \"We are very happy to be here.\" "
            "Danach stellte das Unternehmen seine Pläne für die nächsten drei Jahre vor und kündigte an, "
            "dass die Hälfte der neuen Geschäfte außerhalb Chinas entstehen soll.")
    assert identify_language(text, ["de", "en"])[0] == "de"
    assert identify_language("We are very happy to be here.", ["de", "en"])[0] == "en"


def test_language_restricted_to_allowed_set():
    lang, _ = identify_language("Le gouvernement français a annoncé de nouvelles mesures.", ["de", "en"])
    assert lang in ("de", "en")
    assert identify_language("Le gouvernement français a annoncé.", ["fr", "de"])[0] == "fr"


def test_language_single_allowed_and_no_letters():
    assert identify_language("irgendein Text", ["en"]) == ("en", 1.0)
    assert identify_language("12 345 ,.;", ["de", "en"]) == ("", 0.0)


def test_language_fallback_when_not_confident():
    settings = Settings(default_language="de", min_language_confidence=0.999999)
    assert choose_language("OK", settings)[0] == "de"
    settings = Settings(default_language="en", min_language_confidence=0.5)
    assert choose_language("12 345", settings) == ("en", 0.0)


def test_language_unknown_codes_never_leak_other_languages():
    assert identify_language("Xiaomi hat gestern unterschrieben.", ["xx", "yy"]) == ("xx", 0.0)
    lang, _ = identify_language("Xiaomi hat gestern unterschrieben.", ["xx", "en"])
    assert lang == "en"
