"""Words that typically open a sentence (German and English): data for segment.py.

After a token ending in a period ("5.", "Inc.") a sentence only starts when one of these follows;
other capitalised words (German nouns, names, months) continue the sentence.
"""

from __future__ import annotations

SENTENCE_OPENERS: frozenset[str] = frozenset({
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Er", "Sie", "Es", "Wir", "Ich",
    "Ihr", "Man", "Dies", "Diese", "Dieser", "Dieses", "Damit", "Dabei", "Danach", "Dann", "Doch", "Aber", "Auch",
    "Und", "Oder", "Im", "In", "Am", "An", "Auf", "Aus", "Bei", "Mit", "Nach", "Seit", "Von", "Vor", "Zum", "Zur",
    "Für", "Um", "Wie", "Was", "Wer", "Wo", "Wenn", "Weil", "Als", "Laut", "Nun", "Noch", "Jetzt", "Heute",
    "Bereits", "So", "Zudem", "Außerdem", "Allerdings", "Insgesamt", "Demnach", "Derzeit", "Zuletzt", "Zuvor",
    "The", "A", "An", "He", "She", "It", "We", "They", "I", "This", "That", "These", "Those", "In", "On", "At",
    "But", "And", "Or", "For", "With", "After", "Before", "Since", "However", "Meanwhile", "Its", "His", "Her",
    "Their", "Our", "There", "Here", "As", "If", "When", "While", "According",
})
