"""The short forms the listed-companies table is built from (newsgraph.train.listed_companies)."""

from __future__ import annotations

from newsgraph.train.listed_companies import forms, plain_word


def test_forms_drop_legal_form_article_and_generic_tail():
    assert {"Infineon Technologies AG", "Infineon Technologies", "Infineon"} <= forms("Infineon Technologies AG")
    assert "Cheesecake Factory" in forms("The Cheesecake Factory")
    assert "Merck" in forms("Merck & Co.")
    assert not any(f.endswith("&") for f in forms("Organon & Co."))


def test_plain_words_are_the_ones_never_added():
    assert plain_word("Lufthansa") and plain_word("Nestlé")
    assert not plain_word("SAP") and not plain_word("Deutsche Bank") and not plain_word("HelloFresh")
