"""Patterns of non-body text, as data (no logic here), German and English.

The plain-text cleaner (plaintext.py) and the region finder (regions.py)
read these tables. Every rule describes a *kind* of boilerplate seen across
news sites and blogs, never a particular site; docs/content.md explains each
table. Adding a phrase is a one-line change plus a test row.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# --- whole lines made only of these words are widgets (share bars, buttons, menus) -------------
SHARE_WORDS = frozenset("""
teilen teile share shares sharing tweet tweeten tweets retweet pin pinnen posten post this article story
artikel beitrag seite diesen dieser diese jetzt auf on via per with mit bei link links kopieren copy copied
kopiert drucken print e-mail email mail senden send facebook twitter x whatsapp linkedin xing pinterest
telegram reddit threads bluesky mastodon instagram flipboard pocket messenger sms
""".split())
"""A line whose words all come from here, with at least one of SHARE_CORE, is a share bar."""

SHARE_CORE = frozenset("""
teilen teile share tweet tweeten pin pinnen drucken print facebook twitter whatsapp linkedin xing pinterest
telegram reddit bluesky mastodon flipboard
""".split())

NAVIGATION_WORDS = frozenset("""
startseite home homepage impressum imprint datenschutz datenschutzerklärung privacy policy kontakt contact
agb nutzungsbedingungen terms of use service conditions about über uns us menü menu suche search login
anmelden abmelden registrieren register logout archiv archive newsletter abo abonnement shop jobs karriere
careers presse press mediadaten advertise werben sitemap hilfe help faq rss feed news nachrichten politik
wirtschaft sport kultur panorama technik tech digital wissen ratgeber reise auto meinung video videos
podcast podcasts fotos bilder blog kategorien categories tags themen topics alle all mehr more
""".split())
"""A line split by menu separators into several short items all from here is a menu."""

NAV_SEPARATORS = re.compile(r"\s*(?:\||•|·|»|›|::)\s*|\s+(?:/|>|–|—)\s+")
"""Separators between menu items and breadcrumb steps (slashes, arrows and dashes only between spaces,
so "Li-Seifen/Mineralöl" or a URL is not a menu)."""

BUTTON_PHRASES = frozenset(p.strip() for p in """
menü
menu
suche
search
navigation
schließen
close
zurück
back
weiter
next
weiterlesen
read more
mehr lesen
mehr anzeigen
show more
mehr laden
load more
nach oben
zurück nach oben
back to top
zum inhalt springen
skip to content
skip to main content
alle akzeptieren
accept all
akzeptieren
accept
ablehnen
reject
alle ablehnen
reject all
einstellungen
cookie-einstellungen
cookie settings
settings
ok
verstanden
got it
anzeige
advertisement
werbung
sponsored
gesponsert
kommentieren
antworten
reply
""".strip().splitlines())
"""Lines consisting only of one of these phrases (ignoring punctuation and case) are buttons or labels."""

# --- lines that are boilerplate when they match and are short ----------------------------------
MAX_BOILERPLATE_LINE = 300
"""Longer lines are body text even when they mention a boilerplate phrase."""

LINE_PATTERNS: dict[str, re.Pattern[str] | tuple[re.Pattern[str], ...]] = {
    "cookie": re.compile(
        r"\bcookies?\b.*\b(akzeptier|zustimm|einverstanden|einwillig|verwende|nutzen|setzen|speicher|"
        r"accept|consent|agree|we use|use of|datenschutz|privacy|browser|erfahrung|experience)|"
        r"\b(akzeptier|zustimm|einverstanden|accept|consent|we use|wir verwenden|wir nutzen|diese website "
        r"verwendet|this (web)?site uses)\b.*\bcookies?\b", _I),
    "donate": (
        re.compile(r"\b(spende[nt]?|spenden sie|donat\w*|paypal|patreon|steady|ko-fi|buy me a coffee|"
                   r"kaffee spendieren|unterstütze[n]?|support)\b", _I),
        re.compile(r"\b(uns|unsere?[mnrs]?|us|our|me|mich|mir|bitte|please|jetzt|now|blog|journalism|"
                   r"journalismus)\b", _I),
        re.compile(r"\b(spende|donat\w*|paypal|patreon|steady|ko-fi|coffee|kaffee|reader-funded|"
                   r"leserfinanziert)", _I)),
    "subscribe": re.compile(
        r"\b(newsletter (abonnieren|bestellen|anmelden)|jetzt abonnieren|abonnieren sie|abonniere[n]? "
        r"(unseren|den|unsere)|zum newsletter|für (unseren|den) newsletter|subscribe( now| to| for)?|"
        r"sign up (for|to)|melden sie sich .*newsletter|folge[n]? (sie )?(uns|mir) auf|follow (us|me) on|"
        r"get (our|the) newsletter|join our mailing list|"
        # the publisher's own newsletter, or one offered to the reader ('hol dir jetzt meinen gratis Newsletter')
        r"(mein|meinen|unser|unseren|my|our) (\w+ )?newsletter|\b(dir|dich|euch)\b.*\bnewsletter|"
        r"newsletter\b.*\b(dir|dich|euch))\b", _I),
    "copyright": re.compile(r"^\s*(©|\(c\)|copyright\b)|\balle rechte vorbehalten\b|\ball rights reserved\b", _I),
    "tags": re.compile(r"^\s*(tags|schlagworte|schlagwörter|stichworte|themen|kategorie[n]?|categories|"
                       r"category|filed under|abgelegt unter|posted in|veröffentlicht in)\s*:", _I),
    "reading_time": re.compile(r"^\s*(lesezeit|lesedauer|reading time)\s*:?\s*(ca\.\s*)?\d+\s*(min|minuten|"
                               r"minutes?)\b|^\s*\d+\s*(min\.?|minuten|minutes?)\s*(read|lesezeit|lesen)\s*$", _I),
    "image_credit": re.compile(r"^\s*(foto|fotos|bild|bilder|photo|image|quelle des bildes|titelbild|"
                               r"beitragsbild|bildquelle|image source|credit)\s*:\s*\S.{0,120}$", _I),
}
"""Name → pattern, or tuple of patterns that must all match. A non-empty line of at most
MAX_BOILERPLATE_LINE chars (cookie notices: twice that) that matches is dropped. Donation calls need a
donation word, an address to the reader and a money word, so news *about* donations stays."""

PLACEHOLDER = re.compile(r"\{\{\s*[\w.\- ]+\s*\}\}|\{%[^%]*%\}|\{[A-Za-z_][\w.\-]*\}|%%[A-Z_]+%%|\[\[[\w.\- ]+\]\]")
"""Unfilled template fields: {author_bio}, {{ title }}, {% include %}, %%NAME%%, [[slot]]."""

# --- signatures -----------------------------------------------------------------------------------
SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
"""The e-mail signature line `-- `: what follows is dropped when it is short enough to be a signature."""

SIGNATURE_MAX_LINES = 8
SIGNATURE_MAX_CHARS = 600

CLOSING_FORMULA = re.compile(
    r"^\s*(mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|"
    r"lg|mfg|best regards|kind regards|regards|best wishes|cheers|sincerely|yours truly|bis bald|"
    r"bis zum nächsten mal)\b[\s,!.]*(\S.{0,40})?$", _I)
"""A closing formula within the last lines starts a signature (it and what follows is dropped)."""

SIGNATURE_WINDOW = 6
"""How many non-empty lines from the end a closing formula may stand at."""

# --- bylines and publication dates in the first or last lines ------------------------------------
BYLINE = re.compile(
    r"^\s*(?i:von|by|autor(?:in)?|author|text|geschrieben von|written by|verfasst von)\s*:?\s+"
    r"(?P<names>[A-ZÄÖÜ][\w.'\-]+(?:\s+[A-ZÄÖÜ][\w.'\-]+){0,3}"
    r"(?:\s*(?:,|und|and|&)\s*[A-ZÄÖÜ][\w.'\-]+(?:\s+[A-ZÄÖÜ][\w.'\-]+){0,3})*)"
    r"\s*(?:[,|·•–—-]\s*.{0,60}?)?(?<![^\W\d_][.!?])$")
"""'Von Anna Schmidt', 'By Jane Doe and John Roe', 'Autor: Max Muster | 12.03.2021'. A line ending like a
sentence ('Von Siemens, Bosch und SAP kamen Zusagen.') is not a byline."""

NAME_SPLIT = re.compile(r"\s*(?:,|\bund\b|\band\b|&)\s*")

DATE_LABEL = re.compile(
    r"^\s*(?:veröffentlicht|publiziert|erschienen|erstellt|datum|stand|published|posted|date|"
    r"first published|zuerst veröffentlicht)(?:\s+(?:am|on|:))?\s*:?\s*", _I)
"""Labels that introduce the publication date on a dateline."""

DATELINE_TAIL = re.compile(
    r"^\s*(?:(?:um|at|,|-|–|\|)\s*)*(?:\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|[ap]\.m\.))?(?:\s*(?:mez|mesz|cet|"
    r"cest|utc|gmt|[a-z]{2,4}))?)?\s*$", _I)
"""What may follow the date on a dateline: a time of day, a time zone."""

DATELINE_TIME_PREFIX = re.compile(r"^(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?\s*[,|·•–—-]?\s*", re.I)
"""A time of day between the date and a byline on a dateline."""

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1, "februar": 2, "feber": 2, "february": 2, "feb": 2,
    "märz": 3, "maerz": 3, "march": 3, "mär": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}
"""German and English month names and their usual abbreviations."""

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")),
    ("dmy_numeric", re.compile(r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})")),
    ("mdy_slash", re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})")),
    ("dmy_named", re.compile(rf"(?P<d>\d{{1,2}})\.?\s+(?P<mn>{_MONTH})\.?\s+(?P<y>\d{{4}})", _I)),
    ("mdy_named", re.compile(rf"(?P<mn>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", _I)),
)
"""Date shapes accepted on a dateline; the whole date must be the line's (label-stripped) start."""

WEEKDAY_PREFIX = re.compile(
    r"^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+", _I)

DATELINE_WINDOW = 3
"""A dateline must be among the first or last this many non-empty lines."""

# --- blocks: a heading line that starts a non-body region -----------------------------------------
REGION_HEADINGS: dict[str, re.Pattern[str]] = {
    "related": re.compile(
        r"^\s*(mehr zum thema|mehr zu(m|r)? [\w\- ]{1,40}|das könnte sie (auch )?interessieren|"
        r"das könnte dich (auch )?interessieren|auch interessant|ebenfalls interessant|weitere artikel|"
        r"weitere beiträge|ähnliche artikel|ähnliche beiträge|verwandte artikel|verwandte beiträge|"
        r"passend zum thema|empfohlene artikel|meistgelesen|meistgelesene artikel|beliebte beiträge|"
        r"top-artikel|related( articles| posts| stories| content| reading| coverage)?|"
        r"you (may|might) also like|you may be interested in|more on this( topic| story)?|"
        r"more from [\w\- ]{1,30}|recommended( for you| articles| reading)?|read next|most read|"
        r"most popular|trending|popular posts|further reading|see also|siehe auch)\s*[:.!…]*\s*$", _I),
    "teaser": re.compile(
        r"^\s*(lesen sie auch|lies auch|auch lesen|lesetipp|weiterlesen|read also|also read|read more|"
        r"see also|siehe auch|mehr dazu|more|mehr)\s*[:»>→\-–]\s*\S", _I),
    "author": re.compile(
        r"^\s*(über den autor|über die autorin|über die autoren|zum autor|zur autorin|der autor|die autorin|"
        r"about the author|about the authors|author bio|autorenprofil|autoreninfo)\s*[:.]?\s*$", _I),
    "comments": re.compile(
        r"^\s*(\d+\s+)?(kommentare?|comments?|leserkommentare|diskussion|discussion|responses|antworten|"
        r"reaktionen|replies)(\s*\(\d+\))?\s*[:.]?\s*$|^\s*(schreibe einen kommentar|hinterlasse einen kommentar|"
        r"kommentar (schreiben|verfassen)|leave a (comment|reply)|add a comment|join the discussion|"
        r"(\d+|one|two|three|eine?|zwei|drei) (responses?|replies|antworten|kommentare?|comments?) (to|zu|auf)\b)"
        r".*$", _I),
}
"""Headings that open a region of Article.text that is not body text, by Region.kind.

`teaser` lines carry their teaser after the label on the same line ("Lesen Sie auch: …")."""

REGION_ITEM_MAX_CHARS = 160
"""Lines of a related/teaser list are short; a longer line ends the list."""

REGION_MAX_ITEMS = 10
"""A related list ends after this many items, or at the first blank line after an item."""

AUTHOR_BOX_MAX_CHARS = 600
"""An author box is the heading plus at most this much following text (one short paragraph)."""

COMMENTS_MIN_POSITION = 0.4
"""A comments heading only opens a comment section (to the end) after this fraction of the text."""

COMMENT_FORM_HEADING = re.compile(
    r"^\s*(schreibe einen kommentar|hinterlasse einen kommentar|kommentar (schreiben|verfassen)|"
    r"leave a (comment|reply)|add a comment|join the discussion)\b", _I)
"""Headings of the comment form: they open a comments region without further evidence."""

COMMENT_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\s*(antworten|reply|melden|report|gefällt mir|like)\s*$|\s[-–|]\s*(antworten|reply)\s*$", _I | re.M),
    re.compile(r"\b(sagt|says|schreibt|schrieb|wrote|meint)\s*:", _I),
    re.compile(r"\b\d{1,2}[:.]\d{2}\s*(uhr|am|pm)\b.*$", _I | re.M),
    re.compile(r"^[\w.\-]{2,30}:\s+\S", re.M),
)
"""Signs that what follows a comments heading really is comments (reply links, "X sagt:", time
stamps, "user: text" lines). A count heading ("3 Kommentare") needs one of them within
COMMENT_MARKER_WINDOW characters; a bare "Comments" link label in a page's header does not open a region."""

COMMENT_MARKER_WINDOW = 1500

# --- HTML metadata clean-up ------------------------------------------------------------------------
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s*$|\s+(?:\||-|–|—|::|·|•|»)\s+(?=[^|\-–—:·•»]*$)")
"""The last separator of a page title ("Headline - Site", "Headline | Site"), or a dangling one at the end."""

AUTHOR_PREFIXES = re.compile(
    r"^\s*(?:view all posts by|all posts by|posts by|articles by|written by|posted by|geschrieben von|"
    r"alle beiträge von|beiträge von|verfasst von|von|by|por|par|di|door)\s+", re.IGNORECASE)
"""Link texts and labels that CMSs put before an author's name."""

LEGAL_FORMS = re.compile(r"\b(gmbh|ag|se|kg|ltd|llc|inc|plc|s\.a\.|e\.v\.|verlag|media group)\b\.?", re.IGNORECASE)
"""An author with a legal form is the publisher; dropped when a person is named beside it."""
