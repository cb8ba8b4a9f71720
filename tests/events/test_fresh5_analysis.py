"""Rules added when fresh set 5 was analysed in the seventh sprint: each pinned with other names and words."""

from __future__ import annotations


def _args(event) -> dict[str, str]:
    return {a.role: a.text for a in event.arguments}


def of_type(events, type_: str) -> list[dict[str, str]]:
    return [_args(e) for e in events if e.type == type_]


# --- descriptors the recogniser tags as organisations --------------------------------------------------------

def test_a_tagged_descriptor_before_a_name_is_no_company(events_of):
    text = "Der Kölner Zahlungsdienstleister Brandhof übernimmt das Leipziger Start-up Kalyx."
    got = of_type(events_of(text, [("Kölner Zahlungsdienstleister", "ORG"), ("Brandhof", "ORG"), ("Kalyx", "ORG")],
                            source="model"), "acquisition")
    assert [(a["acquirer"], a["target"]) for a in got] == [("Brandhof", "Kalyx")]


def test_an_english_tagged_descriptor_before_a_name_is_no_target(events_of):
    text = "Halden Group agreed to buy Finnish battery maker Kvanta for $90 million."
    got = of_type(events_of(text, [("Halden Group", "ORG"), ("Finnish battery maker", "ORG"), ("Kvanta", "ORG")],
                            lang="en", source="model", values=[("$90 million", "money", {"amount": 9e7})]),
                  "acquisition")
    assert [(a["acquirer"], a["target"]) for a in got] == [("Halden Group", "Kvanta")]


def test_the_first_part_of_a_descriptor_compound_is_no_antecedent(events_of):
    text = ("Die Bremer Reederei-Gruppe Nordlicht Shipping hat 2025 einen Umsatz von 900 Millionen Euro erzielt. "
            "Für 2026 rechnet Finanzchefin Ilka Bergmann mit einem Umsatz von einer Milliarde Euro.")
    events = events_of(text, [("Reederei", "ORG"), ("Nordlicht Shipping", "ORG"), ("Ilka Bergmann", "PER")],
                       split=True, source="model",
                       values=[("900 Millionen Euro", "money", {"amount": 9e8, "currency": "EUR"}),
                               ("einer Milliarde Euro", "money", {"amount": 1e9, "currency": "EUR"})])
    assert {a["company"] for a in of_type(events, "financial_figure")} == {"Nordlicht Shipping"}


def test_a_name_ending_in_a_descriptor_stays_a_name(events_of):
    # "Commerzbank" ends like a descriptor ("-bank") but is no common noun: the organisation after it is another one
    text = "Die Commerzbank Holmsen Capital übernimmt die Kieler Privatbank Sörensen."
    got = of_type(events_of(text, [("Commerzbank", "ORG"), ("Holmsen Capital", "ORG"), ("Sörensen", "ORG")],
                            source="model"), "acquisition")
    assert got and got[0]["acquirer"].startswith("Commerzbank")
