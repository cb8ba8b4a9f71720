"""Modality on invented sentences: the cue families news writers use, and the scope of each cue.

Every sentence was written for this test (companies and people are stand-ins); each covers one cue family of
docs/events-gold-format.md ("How modality is decided"): plan verbs and reported-speech subjunctives, expectations,
hearsay and possibilities, denials and called-off deals, double negation ("nicht ausschließen"), and scope —
a cue in a relative clause, a condition, a coordinated clause or a contrast clause stays there.

`PROBES` run through the whole pipeline (the event of the type must be found with that modality);
`CUE_PROBES` call `detect_modality` directly, for sentences whose event the extractor does not find yet.
"""

from __future__ import annotations

import pytest

from newsgraph.events.modality import detect_modality
from newsgraph.pipeline import process_text

PROBES = [
    # asserted (done, or reported as fact) --------------------------------------------------------------------------------------------
    ('de', 'acquisition', 'asserted', 'Siemens hat gestern den Softwareanbieter Brightfield übernommen.'),
    ('de', 'acquisition', 'asserted',
     'Brightfield sei bereits im Januar von Siemens übernommen worden, sagte ein Sprecher.'),
    ('de', 'acquisition', 'asserted',
     'Siemens hat nicht nur Brightfield übernommen, sondern auch den Rivalen Corvana.'),
    ('de', 'facility', 'asserted',
     'Siemens, das im vergangenen Jahr Brightfield übernommen hat, hat am Montag ein Werk in Polen eröffnet.'),
    ('de', 'layoffs', 'asserted', 'Bosch, das eigentlich eine Übernahme plante, hat am Montag 500 Stellen gestrichen.'),
    ('de', 'layoffs', 'asserted', 'Der Softwarekonzern SAP streicht 3.000 Stellen.'),
    ('de', 'financial_figure', 'asserted',
     'Die Lufthansa hat im vergangenen Jahr einen Umsatz von 35 Milliarden Euro erzielt.'),
    ('de', 'strike', 'asserted', 'Die IG Metall ruft die Beschäftigten von Bosch zum Warnstreik auf.'),
    ('de', 'strike', 'asserted', 'Die Beschäftigten von Bosch legten am Montag die Arbeit nieder.'),
    ('en', 'acquisition', 'asserted', 'Siemens acquired Brightfield on Monday.'),
    ('en', 'acquisition', 'asserted', 'Siemens agreed to acquire Brightfield for $2 billion.'),
    ('en', 'acquisition', 'asserted',
     'Siemens declined to comment on the acquisition of Brightfield, which closed on Monday.'),
    ('en', 'acquisition', 'asserted', 'Siemens not only acquired Brightfield but also bought Corvana.'),
    ('en', 'facility', 'asserted', 'Siemens, which has no plans to cut jobs, opened a new plant in Texas on Monday.'),
    ('en', 'facility', 'asserted', 'Siemens, which plans to cut jobs, opened a new plant in Texas on Monday.'),
    ('en', 'facility', 'asserted', 'Siemens opened a new plant in Texas and plans to hire 500 workers.'),
    ('en', 'layoffs', 'asserted', 'Siemens is cutting 3,000 jobs.'),
    ('en', 'financial_figure', 'asserted', 'Siemens reported revenue of $20 billion for the first quarter.'),
    ('de', 'acquisition', 'asserted',
     'Die Lufthansa hat am Dienstag die Übernahme der Fluggesellschaft ITA abgeschlossen.'),
    ('de', 'store_expansion', 'asserted', 'Rewe hat im vergangenen Jahr 50 neue Filialen eröffnet.'),
    ('de', 'partnership', 'asserted', 'Porsche und Rimac haben eine Partnerschaft vereinbart.'),
    ('de', 'financial_figure', 'asserted',
     'Die Commerzbank hat im dritten Quartal einen Gewinn von 1,2 Milliarden Euro erzielt.'),
    ('de', 'layoffs', 'asserted', 'Nach Angaben des Unternehmens hat Zalando 2.000 Stellen gestrichen.'),
    ('en', 'acquisition', 'asserted', 'Lufthansa completed its acquisition of ITA Airways on Tuesday.'),
    ('en', 'partnership', 'asserted', 'Porsche and Rimac agreed a partnership on Monday.'),
    ('en', 'financial_figure', 'asserted', 'Commerzbank posted a profit of 1.2 billion euros in the third quarter.'),
    ('en', 'layoffs', 'asserted', 'According to the company, Zalando cut 2,000 jobs last year.'),
    ('en', 'store_expansion', 'asserted', 'Zalando opened 20 stores last year and intends to open 30 more in 2027.'),
    # planned ---------------------------------------------------------------------------------------------
    ('de', 'acquisition', 'planned', 'Siemens will den Softwareanbieter Brightfield übernehmen.'),
    ('de', 'acquisition', 'planned', 'Siemens plant die Übernahme des Softwareanbieters Brightfield.'),
    ('de', 'acquisition', 'planned', 'Siemens beabsichtigt, den Softwareanbieter Brightfield zu übernehmen.'),
    ('de', 'acquisition', 'planned', 'Siemens strebt die Übernahme des Softwareanbieters Brightfield an.'),
    ('de', 'acquisition', 'planned', 'Siemens hat vor, den Softwareanbieter Brightfield zu übernehmen.'),
    ('de', 'acquisition', 'planned', 'Siemens kündigte an, den Softwareanbieter Brightfield zu übernehmen.'),
    ('de', 'acquisition', 'planned', 'Die Übernahme des Softwareanbieters Brightfield durch Siemens ist in Planung.'),
    ('de', 'acquisition', 'planned', 'Siemens wird den Softwareanbieter Brightfield übernehmen.'),
    ('de', 'acquisition', 'planned', 'Siemens möchte den Softwareanbieter Brightfield übernehmen.'),
    ('de', 'layoffs', 'planned', 'Siemens will bis Ende 2027 rund 2.000 Stellen streichen.'),
    ('de', 'store_expansion', 'planned',
     'Bosch soll nach dem Willen des Vorstands bis 2028 weitere 30 Filialen in Polen eröffnen.'),
    ('de', 'acquisition', 'planned', 'Siemens werde den Softwareanbieter Brightfield übernehmen, sagte ein Sprecher.'),
    ('de', 'store_expansion', 'planned',
     'Der Konzern wolle bis 2028 rund 50 neue Filialen eröffnen, sagte der Chef von Rossmann.'),
    ('de', 'facility', 'planned', 'Man werde in Polen ein neues Werk eröffnen, kündigte Bosch an.'),
    ('de', 'facility', 'planned', 'Der Konzern plane, in Polen ein Werk zu bauen, sagte der Chef von Bosch.'),
    ('de', 'acquisition', 'planned', 'Siemens beabsichtige, den Softwareanbieter Brightfield zu übernehmen, hieß es.'),
    ('de', 'acquisition', 'planned',
     'Falls die Behörden zustimmen, übernimmt Siemens den Softwareanbieter Brightfield.'),
    ('de', 'acquisition', 'planned',
     'Sollte das Kartellamt zustimmen, übernimmt Siemens den Softwareanbieter Brightfield.'),
    ('de', 'facility', 'planned', 'Siemens, das keine Stellen abbauen will, eröffnet im Mai ein Werk in Polen.'),
    ('de', 'strike', 'planned', 'Der Streik bei der Deutschen Bahn soll am Donnerstag beginnen.'),
    ('de', 'strike', 'planned', 'Verdi hat für Donnerstag zu einem Warnstreik bei der BVG aufgerufen.'),
    ('en', 'acquisition', 'planned', 'Siemens plans to acquire Brightfield.'),
    ('en', 'acquisition', 'planned', 'Siemens intends to acquire Brightfield.'),
    ('en', 'acquisition', 'planned', 'Siemens aims to complete the acquisition of Brightfield by June.'),
    ('en', 'facility', 'planned', 'Siemens is slated to open a new plant in Texas next year.'),
    ('en', 'facility', 'planned', 'Siemens is due to open a new plant in Texas next year.'),
    ('en', 'facility', 'planned', 'Siemens is scheduled to open a new plant in Texas in May.'),
    ('en', 'acquisition', 'planned', 'Siemens will acquire Brightfield.'),
    ('en', 'acquisition', 'planned', 'Siemens announced it would acquire Brightfield.'),
    ('en', 'facility', 'planned', 'Siemens said it had no plans to cut jobs, but would open a plant in Texas.'),
    ('en', 'acquisition', 'planned', 'If regulators approve, Siemens will acquire Brightfield.'),
    ('en', 'acquisition', 'planned',
     'Unless regulators object, Siemens will acquire Brightfield in the third quarter.'),
    ('en', 'facility', 'planned', 'Siemens, which acquired Brightfield last year, plans to open a plant in Texas.'),
    ('en', 'layoffs', 'planned', 'Siemens is to cut 3,000 jobs.'),
    ('en', 'acquisition', 'planned', 'Siemens is looking to sell its Brightfield unit to Bosch.'),
    ('en', 'acquisition', 'planned', 'Siemens hopes to close the acquisition of Brightfield by June.'),
    ('en', 'strike', 'planned', 'The union called a strike at Siemens for Thursday.'),
    ('de', 'store_expansion', 'planned', 'Rewe eröffnet in diesem Jahr 50 neue Filialen.'),
    ('de', 'layoffs', 'planned', 'Volkswagen wird nach eigenen Angaben 5.000 Stellen streichen.'),
    ('en', 'layoffs', 'planned', 'Volkswagen will cut 5,000 jobs, the company said.'),
    # expected --------------------------------------------------------------------------------------------
    ('de', 'acquisition', 'expected', 'Siemens dürfte den Softwareanbieter Brightfield übernehmen.'),
    ('de', 'acquisition', 'expected', 'Siemens wird voraussichtlich den Softwareanbieter Brightfield übernehmen.'),
    ('de', 'acquisition', 'expected', 'Analysten rechnen mit einer Übernahme von Brightfield durch Siemens.'),
    ('de', 'acquisition', 'expected', 'Analysten erwarten, dass Siemens den Softwareanbieter Brightfield übernimmt.'),
    ('de', 'acquisition', 'expected',
     'Analysten gehen davon aus, dass Siemens den Softwareanbieter Brightfield übernimmt.'),
    ('de', 'financial_figure', 'expected', 'Siemens rechnet für 2026 mit einem Umsatz von 80 Milliarden Euro.'),
    ('de', 'acquisition', 'expected', 'Die Übernahme von Brightfield durch Siemens gilt als sicher.'),
    ('de', 'acquisition', 'expected',
     'Der Abschluss der Übernahme von Brightfield durch Siemens wird für das Frühjahr erwartet.'),
    ('de', 'strike', 'expected', 'Ein Streik bei Bosch droht.'),
    ('en', 'acquisition', 'expected', 'Siemens is expected to acquire Brightfield.'),
    ('en', 'acquisition', 'expected', 'Analysts expect Siemens to acquire Brightfield.'),
    ('en', 'financial_figure', 'expected', 'Siemens forecast revenue of $80 billion for 2026.'),
    ('en', 'acquisition', 'expected', 'Siemens is set to acquire Brightfield.'),
    ('en', 'acquisition', 'expected', 'Siemens is poised to acquire Brightfield.'),
    ('en', 'acquisition', 'expected', 'Siemens expects to close the acquisition of Brightfield in the second quarter.'),
    ('de', 'merger', 'expected', 'Die Fusion von Vodafone und Three wird voraussichtlich im Herbst abgeschlossen.'),
    ('de', 'financial_figure', 'expected',
     'Für das Gesamtjahr erwartet die Commerzbank einen Gewinn von 2,4 Milliarden Euro.'),
    ('en', 'financial_figure', 'expected', 'Commerzbank expects a profit of 2.4 billion euros for the full year.'),
    # speculative -----------------------------------------------------------------------------------------
    ('de', 'acquisition', 'speculative',
     'Beobachter halten eine Übernahme von Brightfield durch Siemens für wahrscheinlich.'),
    ('de', 'acquisition', 'speculative', 'Siemens könnte den Softwareanbieter Brightfield übernehmen.'),
    ('de', 'acquisition', 'speculative', 'Siemens übernimmt angeblich den Softwareanbieter Brightfield.'),
    ('de', 'acquisition', 'speculative', 'Gerüchten zufolge will Siemens den Softwareanbieter Brightfield übernehmen.'),
    ('de', 'acquisition', 'speculative',
     'Wie aus Unternehmenskreisen verlautete, will Siemens den Softwareanbieter Brightfield übernehmen.'),
    ('de', 'acquisition', 'speculative',
     'Nach Informationen des Handelsblatts will Siemens den Softwareanbieter Brightfield übernehmen.'),
    ('de', 'acquisition', 'speculative', 'Insidern zufolge verhandelt Siemens über eine Übernahme von Brightfield.'),
    ('de', 'acquisition', 'speculative', 'Siemens erwägt eine Übernahme des Softwareanbieters Brightfield.'),
    ('de', 'acquisition', 'speculative', 'Siemens prüft eine Übernahme des Softwareanbieters Brightfield.'),
    ('de', 'acquisition', 'speculative', 'Siemens übernimmt möglicherweise den Softwareanbieter Brightfield.'),
    ('de', 'acquisition', 'speculative', 'Siemens schließt eine Übernahme von Brightfield nicht aus.'),
    ('de', 'acquisition', 'speculative',
     'Eine Übernahme von Brightfield durch Siemens sei nicht ausgeschlossen, hieß es.'),
    ('de', 'acquisition', 'speculative', 'Siemens soll den Softwareanbieter Brightfield übernommen haben.'),
    ('de', 'acquisition', 'speculative',
     'Siemens sei an einer Übernahme von Brightfield interessiert, berichtet das Handelsblatt.'),
    ('de', 'acquisition', 'speculative', 'Wahrscheinlich übernimmt Siemens den Softwareanbieter Brightfield.'),
    ('de', 'acquisition', 'speculative', 'Siemens sondiert eine Übernahme des Softwareanbieters Brightfield.'),
    ('de', 'acquisition', 'speculative', 'Siemens lotet eine Übernahme des Softwareanbieters Brightfield aus.'),
    ('de', 'acquisition', 'speculative',
     'Siemens ist Berichten zufolge an einer Übernahme von Brightfield interessiert.'),
    ('de', 'acquisition', 'speculative', 'Übernimmt Siemens den Softwareanbieter Brightfield?'),
    ('de', 'acquisition', 'speculative', 'Ob Siemens den Softwareanbieter Brightfield übernimmt, ist offen.'),
    ('de', 'acquisition', 'speculative',
     'Siemens steht nach Angaben von Insidern kurz vor der Übernahme von Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens could acquire Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens may acquire Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens might acquire Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens is weighing an acquisition of Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens is exploring a sale of its Brightfield unit to Bosch.'),
    ('en', 'acquisition', 'speculative', 'Siemens is in talks to acquire Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens is said to be preparing a bid to acquire Brightfield.'),
    ('en', 'acquisition', 'speculative',
     'Siemens is preparing an acquisition of Brightfield, according to people familiar with the matter.'),
    ('en', 'acquisition', 'speculative', 'Siemens has reportedly agreed to buy Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens is considering an acquisition of Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens is mulling an acquisition of Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens is eyeing an acquisition of Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens has held early discussions about an acquisition of Brightfield.'),
    ('en', 'acquisition', 'speculative',
     'Siemens has approached Brightfield about a takeover, Bloomberg News reported, citing sources.'),
    ('en', 'acquisition', 'speculative', 'Will Siemens buy Brightfield?'),
    ('en', 'acquisition', 'speculative', 'Siemens is unlikely to acquire Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens is believed to be in advanced talks to acquire Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens is reported to have acquired Brightfield.'),
    ('en', 'acquisition', 'speculative', 'Siemens has yet to decide whether to acquire Brightfield.'),
    ('de', 'merger', 'speculative',
     'Die Deutsche Bank verhandelt Insidern zufolge mit der Commerzbank über eine Fusion.'),
    ('de', 'layoffs', 'speculative', 'Dem Vernehmen nach will Volkswagen 5.000 Stellen streichen.'),
    ('de', 'layoffs', 'speculative', 'Volkswagen könnte bis zu 5.000 Stellen streichen, warnte der Betriebsrat.'),
    ('de', 'partnership', 'speculative', 'Porsche hat Gespräche über eine Partnerschaft mit Rimac bestätigt.'),
    ('de', 'facility', 'speculative',
     'Tesla soll in Grünheide ein zweites Werk bauen wollen, berichtet das Handelsblatt.'),
    ('en', 'merger', 'speculative',
     'Deutsche Bank is in early talks with Commerzbank about a merger, people close to the matter said.'),
    ('en', 'layoffs', 'speculative', 'Volkswagen could cut up to 5,000 jobs, the works council warned.'),
    ('en', 'spin_off', 'speculative', 'Bayer is considering spinning off its consumer health unit.'),
    ('en', 'layoffs', 'speculative', 'Zalando is reportedly planning to cut 2,000 jobs.'),
    ('en', 'acquisition', 'speculative', 'Lufthansa is unlikely to raise its stake in ITA Airways, analysts said.'),
    # negated ---------------------------------------------------------------------------------------------
    ('de', 'acquisition', 'negated', 'Siemens dementierte Berichte über eine Übernahme von Brightfield.'),
    ('de', 'acquisition', 'negated', 'Siemens wies Berichte über eine Übernahme von Brightfield zurück.'),
    ('de', 'acquisition', 'negated', 'Die Übernahme von Brightfield durch Siemens ist gescheitert.'),
    ('de', 'acquisition', 'negated', 'Die Übernahme von Brightfield durch Siemens ist geplatzt.'),
    ('de', 'acquisition', 'negated', 'Siemens hat die Übernahme von Brightfield abgesagt.'),
    ('de', 'acquisition', 'negated', 'Siemens verzichtet auf die Übernahme von Brightfield.'),
    ('de', 'acquisition', 'negated', 'Siemens hat keine Pläne für eine Übernahme von Brightfield.'),
    ('de', 'acquisition', 'negated', 'Siemens hat die geplante Übernahme von Brightfield abgeblasen.'),
    ('de', 'acquisition', 'negated', 'Siemens hat sein Angebot zur Übernahme von Brightfield zurückgezogen.'),
    ('de', 'acquisition', 'negated',
     'Die Übernahme von Brightfield, die im Mai angekündigt worden war, ist gescheitert.'),
    ('de', 'acquisition', 'negated', 'Das Bundeskartellamt untersagte die Übernahme von Brightfield durch Siemens.'),
    ('de', 'acquisition', 'negated', 'Siemens hat Brightfield nicht übernommen.'),
    ('de', 'acquisition', 'negated', 'Siemens hat die Verhandlungen über eine Übernahme von Brightfield abgebrochen.'),
    ('de', 'layoffs', 'negated', 'Einen Stellenabbau schloss der Vorstandschef von Siemens am Montag aus.'),
    ('de', 'acquisition', 'negated',
     'Einen Verkauf der Sparte an den Finanzinvestor KKR, über den zuletzt spekuliert wurde, schloss Siemens aus.'),
    ('de', 'layoffs', 'negated', 'Man habe keine Pläne, Stellen abzubauen, sagte ein Sprecher von Bosch.'),
    ('en', 'acquisition', 'negated', 'Siemens denied that it plans to acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens ruled out an acquisition of Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens scrapped its plan to acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens called off the acquisition of Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens walked away from the acquisition of Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens abandoned its bid to acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens has no plans to acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens declined to acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens failed to acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens did not acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens dropped its bid to acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens withdrew its offer to acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens pulled out of the acquisition of Brightfield.'),
    ('en', 'acquisition', 'negated', 'Siemens terminated its agreement to acquire Brightfield.'),
    ('en', 'acquisition', 'negated', 'The acquisition of Brightfield by Siemens collapsed.'),
    ('en', 'acquisition', 'negated', 'Regulators blocked the acquisition of Brightfield by Siemens.'),
    ('en', 'acquisition', 'negated', 'Rumours that Siemens could acquire Brightfield were dismissed on Monday.'),
    ('en', 'facility', 'negated', 'Siemens has shelved its plans for a new plant in Texas.'),
    ('en', 'facility', 'negated', 'Siemens put its plans for a new plant in Texas on hold.'),
    ('en', 'acquisition', 'negated', 'Siemens is not expected to acquire Brightfield.'),
    ('en', 'layoffs', 'negated', 'Siemens said it had no plans to cut jobs, but would open a plant in Texas.'),
    ('en', 'acquisition', 'negated', 'Siemens would not acquire Brightfield, a spokesman said.'),
    ('de', 'market_entry', 'negated',
     'Zalando dementiert Berichte, wonach das Unternehmen einen Markteintritt in Japan plant.'),
    ('de', 'merger', 'negated', 'Die Fusion von Vodafone und Three ist nach Einwänden der Behörden gescheitert.'),
    ('de', 'layoffs', 'negated', 'Volkswagen streicht nach Angaben des Betriebsrats keine Stellen.'),
    ('de', 'partnership', 'negated', 'Eine Partnerschaft mit Rimac strebt Porsche derzeit nicht an.'),
    ('de', 'spin_off', 'negated', 'Bayer hat Pläne für eine Abspaltung der Sparte Verbrauchergesundheit verworfen.'),
    ('de', 'financial_figure', 'negated', 'Anders als erwartet hat Siemens im ersten Quartal keinen Verlust gemacht.'),
    ('de', 'acquisition', 'negated',
     'Thyssenkrupp hat die Verhandlungen über einen Verkauf der Stahlsparte an EPH beendet, teilte der Konzern mit.'),
    ('de', 'acquisition', 'negated',
     'Ein Verkauf der Stahlsparte an EPH, den Thyssenkrupp lange vorbereitet hatte, ist vom Tisch.'),
    ('en', 'market_entry', 'negated', 'Zalando denied reports that it plans to enter the Japanese market.'),
    ('en', 'layoffs', 'negated', 'Volkswagen will not cut any jobs this year, a spokesman said.'),
    ('en', 'spin_off', 'negated', 'Bayer has abandoned plans to spin off its consumer health unit.'),
    ('en', 'facility', 'negated', 'Mercedes-Benz has cancelled the construction of a battery plant in Kuppenheim.'),
    ('en', 'acquisition', 'negated', 'Thyssenkrupp ended talks on a sale of its steel unit to EPH, the company said.'),
    ('en', 'layoffs', 'negated', 'Zalando has no intention of cutting jobs, its chief executive said.'),

]

CUE_PROBES = [
    # (lang, trigger word, modality, sentence)
    ("de", "Werk", "planned", "Der Autobauer hat sich vorgenommen, bis 2028 ein Werk in Ungarn zu bauen."),
    ("de", "Werk", "negated", "Siemens hat die Pläne für ein Werk in Ungarn auf Eis gelegt."),
    ("de", "gekauft", "speculative",
     "Siemens habe Brightfield für 2 Milliarden Euro gekauft, berichtete die Zeitung unter Berufung auf Insider."),
    ("de", "abzuspalten", "speculative", "Bayer erwägt, seine Sparte für Verbrauchergesundheit abzuspalten."),
    ("de", "abzuspalten", "planned",
     "Es sei geplant, die Sparte Verbrauchergesundheit abzuspalten, sagte ein Bayer-Sprecher."),
    ("de", "abspaltet", "speculative",
     "Ob Bayer die Sparte Verbrauchergesundheit abspaltet, soll im Sommer entschieden werden."),
    ("de", "stillzulegen", "negated",
     "Die Bahn plant nicht, weitere Strecken stillzulegen, und will stattdessen 2.000 Lokführer einstellen."),
    ("de", "einstellen", "planned",
     "Die Bahn plant nicht, weitere Strecken stillzulegen, und will stattdessen 2.000 Lokführer einstellen."),
    ("de", "übernehmen", "planned", "Siemens hat vor, den Softwareanbieter Brightfield zu übernehmen."),
    ("de", "übernommen", "asserted", "Siemens hat vor zwei Tagen den Softwareanbieter Brightfield übernommen."),
    ("de", "Werk", "asserted", "Im Raum Stuttgart eröffnet Bosch ein neues Werk."),
    ("de", "übernimmt", "speculative", "Falls Siemens Brightfield übernimmt, müsste der Konzern neue Schulden aufnehmen."),
    ("en", "plant", "negated", "Tesla has put plans for a second plant in Gruenheide on ice."),
    ("en", "plant", "planned", "Construction of the battery plant is scheduled to begin in 2027."),
    ("en", "buy", "expected", "Siemens is nearing a deal to buy Brightfield."),
    ("de", "Warnstreik", "asserted",
     "Nach dem Warnstreik am Montag hat Verdi für Donnerstag einen weiteren Streik bei Bosch angekündigt."),
    ("de", "Übernahme", "negated", "Nach der geplatzten Übernahme will Siemens nun Corvana kaufen."),
    ("en", "merger", "asserted", "After the merger with Brightfield, Siemens plans to cut 500 jobs."),
    ("de", "übernommen", "asserted", "Bosch hat gestern Brightfield übernommen und will nun den Rivalen Corvana kaufen."),
    ("de", "übernehmen", "planned",
     "Bosch teilte mit, dass es Brightfield übernehmen und Corvana verkaufen will."),
    ("en", "bid", "negated", "Siemens said it would not pursue a bid for Brightfield."),
    ("de", "Übernahme", "speculative", "Siemens hat die Übernahme offenbar abgeschlossen."),
    ("en", "merger", "negated", "The merger of Vodafone and Three collapsed after regulators objected."),
    ("en", "plant", "asserted", "Siemens opened a new plant in Texas and plans to hire 500 workers."),
    ("en", "plant", "planned", "Siemens said it had no plans to cut jobs, but would open a plant in Texas."),
    # words that look like cues but are none here
    ("en", "Revenue", "asserted", "Revenue dropped 5 percent to 2 billion euros."),
    ("en", "Revenue", "asserted", "Revenue declined to 2 billion euros."),
    ("en", "dismissed", "asserted", "About 1,200 workers were dismissed by the steelmaker at its plant last month."),
    ("en", "Striking", "asserted", "Striking workers blocked the entrance to the plant."),
    ("en", "profit", "asserted", "The strong euro weighs on the profit of exporters."),
]

# Third round (ninth sprint): offers, turning down, stalled or collapsed talks, averted events, threats and jobs at
# stake, absolute phrases, listings and targets told in the present tense, a temporal phrase that ends before a verb,
# a list of names in apposition, and a name that starts like a cue word
PROBES += [
    ('de', 'acquisition', 'planned',
     'Der Chemiehändler Korvex legt den Aktionären des Farbenherstellers Pigmenta ein Übernahmeangebot vor.'),
    ('en', 'acquisition', 'planned', 'Buyout firm Larchmont has made an offer for engineering group Stelmar.'),
    ('de', 'acquisition', 'asserted', 'Die Aktionäre von Pigmenta haben das Übernahmeangebot von Korvex angenommen.'),
    ('de', 'acquisition', 'negated', 'Der Vorstand von Pigmenta hat das Übernahmeangebot von Korvex abgelehnt.'),
    ('de', 'acquisition', 'negated', 'Korvex hat kein Übernahmeangebot für Pigmenta vorgelegt.'),
    ('de', 'merger', 'negated', 'Eine Fusion mit dem Rivalen Brevon lehnt der Versicherer Salvia ab.'),
    ('en', 'agreement', 'negated', 'Negotiations between Corvana and Helix on a supply deal have stalled.'),
    ('de', 'insolvency', 'negated', 'Die Insolvenz des Möbelherstellers Lignora ist vorerst abgewendet.'),
    ('en', 'strike', 'negated', 'A strike at the airline Bluefin was averted after a late pay offer.'),
    ('en', 'layoffs', 'negated', 'Layoffs at the brewer Hopsworth have been averted.'),
    ('de', 'layoffs', 'asserted', 'Um die Insolvenz abzuwenden, streicht der Möbelhersteller Lignora 200 Stellen.'),
    ('de', 'insolvency', 'expected', 'Der Fahrradhersteller Radwerk steht vor der Insolvenz.'),
    ('en', 'insolvency', 'expected', 'The retailer Brightmart faces bankruptcy after losing its main lender.'),
    ('en', 'store_expansion', 'planned', 'The bakery chain Crustin is growing, with 30 new stores planned in Austria.'),
    ('de', 'spin_off', 'planned', 'Der Industriekonzern Valtec bringt seine Antriebssparte Drivetec an die Börse.'),
    ('de', 'financial_figure', 'expected',
     'Für 2027 peilt der Brillenhändler Sehwerk einen Umsatz von 500 Millionen Euro an.'),
    ('en', 'strike', 'planned', 'The union Harbourline has authorised a strike at the ferry operator Seacross.'),
    ('de', 'market_entry', 'planned', 'Der Möbelhändler Wohnzeit startet im Herbst in Polen.'),
    ('de', 'merger', 'planned',
     'Die Sparkassen Talheim und die Sparkasse Bergau sollen nach dem Willen ihrer Träger fusionieren.'),
    ('en', 'merger', 'speculative', 'A merger of the two lenders, Corvana Bank and Helix Bank, is unlikely, analysts said.'),
    ('de', 'investment', 'asserted', 'Der Investor Nordfonds beteiligt sich mit 5 Millionen Euro an dem Start-up Planora.'),
    ('en', 'meeting', 'asserted', 'Executives from Corvana sat down with trade minister Ellen Hart on Monday.'),
]
CUE_PROBES_THIRD_ROUND = [
    ("en", "merger", "negated", "Talks over a merger of the regional carriers Airlinx and Northjet collapsed on Tuesday."),
    ("de", "Stellen", "speculative", "Beim Möbelhersteller Lignora stehen 300 Stellen auf der Kippe."),
    ("en", "jobs", "speculative", "Up to 400 jobs at the brewer Hopsworth are at risk."),
    ("de", "Streik", "negated", "Ein Streik bei der Bahn wurde in letzter Minute verhindert."),
    ("de", "Streik", "asserted", "Der Streik verhindert die Auslieferung der Pakete."),
    ("de", "Pleite", "expected", "Der Textilhändler Modea steht vor der Pleite."),
    ("de", "Fusion", "negated", "Die Fusion lehnte der Aufsichtsrat ab."),
    ("de", "übernommen", "asserted", "Korvex hat Pigmenta übernommen, eine Stellungnahme lehnte der Konzern ab."),
]


@pytest.mark.parametrize("lang,trigger,expected,text", CUE_PROBES_THIRD_ROUND,
                         ids=[p[3][:60] for p in CUE_PROBES_THIRD_ROUND])
def test_cue_probe_third_round(lang, trigger, expected, text):
    start = text.index(trigger)
    assert detect_modality(text, start, start + len(trigger), lang).modality == expected


@pytest.mark.parametrize("lang,type_,expected,text", PROBES, ids=[p[3][:60] for p in PROBES])
def test_modality_probe(lang, type_, expected, text):
    article = process_text(text, language=lang, published="2026-03-10", source="<probe>")
    found = [e.modality for e in article.events if e.type == type_]
    assert found, f"no {type_} event"
    assert expected in found


@pytest.mark.parametrize("lang,trigger,expected,text", CUE_PROBES, ids=[p[3][:60] for p in CUE_PROBES])
def test_cue_probe(lang, trigger, expected, text):
    start = text.index(trigger)
    assert detect_modality(text, start, start + len(trigger), lang).modality == expected


def test_a_relative_clause_frames_nothing_after_it():
    s = "Siemens, which has no plans to cut jobs, opened a new plant in Texas on Monday."
    start = s.index("plant")
    assert detect_modality(s, start, start + 5, "en").modality == "asserted"
    start = s.index("cut")
    assert detect_modality(s, start, start + 3, "en").modality == "negated"


def test_the_main_clause_goes_on_after_a_relative_clause():
    s = "Die Übernahme von Brightfield, die im Mai angekündigt worden war, ist gescheitert."
    assert detect_modality(s, 4, 13, "de").modality == "negated"
    s = "Die Übernahme von Brightfield, die im Mai angekündigt worden war, soll im Herbst abgeschlossen werden."
    assert detect_modality(s, 4, 13, "de").modality == "planned"


def test_an_expectation_keeps_its_word_beside_a_source():
    s = "Siemens is expected to sign a supply deal with Bosch this month, people familiar with the talks said."
    start = s.index("deal")
    assert detect_modality(s, start, start + 4, "en").modality == "expected"
