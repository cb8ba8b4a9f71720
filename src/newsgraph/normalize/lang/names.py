"""Tables for organisation, role and person names (constants only)."""

from __future__ import annotations

LEGAL_FORMS = (
    "GmbH & Co. KGaA", "GmbH & Co. KG", "GmbH & Co KG", "AG & Co. KGaA", "AG & Co. KG", "SE & Co. KGaA",
    "SE & Co. KG", "gGmbH", "GmbH", "mbH", "KGaA", "AG", "SE", "KG", "OHG", "GbR", "UG (haftungsbeschränkt)",
    "UG", "e.V.", "eG", "Inc.", "Inc", "Incorporated", "Corp.", "Corp", "Corporation", "Co., Ltd.",
    "Co. Ltd.", "Co.,Ltd.", "Co., Ltd", "Ltd.", "Ltd", "Limited", "LLC", "L.L.C.", "LLP", "LP", "L.P.",
    "PLC", "plc", "P.L.C.", "S.A.", "SA", "S.p.A.", "SpA", "S.A.S.", "SAS", "S.L.", "SL", "N.V.", "NV",
    "B.V.", "BV", "A/S", "AB", "ASA", "Oyj", "Oy", "S.à r.l.", "Sarl", "S.r.l.", "Srl", "Pty Ltd",
    "Pty. Ltd.", "Pty", "K.K.", "Holdings", "Holding", "Group", "Gruppe", "Co.", "& Co.", "Company",
    "Pvt. Ltd.", "Pvt Ltd", "Private Limited", "Pvt.", "S.A.B. de C.V.", "SAB de CV", "S.A. de C.V.",
    "S/A", "PAO", "OAO", "ZAO", "PJSC", "OJSC", "JSC", "(publ)", "Co Ltd", "Co", "Tbk", "Sdn Bhd", "Bhd",
    "Berhad", "Ltda.", "Ltda", "A.Ş.", "a.s.", "s.r.o.", "Sp. z o.o.", "S.A.S", "GmbH & Co. OHG",
    "Aktiengesellschaft", "Gesellschaft mit beschränkter Haftung", "Kommanditgesellschaft auf Aktien",
    "Kommanditgesellschaft", "Europäische Gesellschaft", "Societas Europaea", "Public Limited Company",
    "Limited Liability Company", "Sociedad Anónima", "Società per Azioni", "Aktiebolag", "Naamloze Vennootschap",
    "Besloten Vennootschap",
)
"""Legal-form suffixes, longest first when matched. 'Group'/'Holding(s)' are
stripped too: 'Xiaomi Group' and 'Xiaomi Inc.' name one entity."""

ORG_PREFIXES = (
    "des Konzerns", "dem Konzern", "der Konzern", "den Konzern", "des Unternehmens", "das Unternehmen",
    "dem Unternehmen", "der Firma", "die Firma", "des Herstellers", "der Hersteller", "dem Hersteller",
    "den Hersteller", "des Technologiekonzerns", "der Technologiekonzern", "des Smartphone-Herstellers",
    "der Smartphone-Hersteller", "des Elektronikkonzerns", "des Chipherstellers", "der Chiphersteller",
    "des Autobauers", "der Autobauer", "der Handelskette", "die Handelskette", "des Händlers",
    "der Händler", "the company", "the firm", "the group", "the maker", "company", "firm",
)

GENITIVE_EXCEPTIONS = frozenset({
    "Genesis", "Paris", "Lewis", "Davis", "Thales", "Dennis", "Chris", "Iris", "Axis", "Basis", "Oasis",
    "Airbus", "Lotus", "Nexus", "Campus", "Bonus", "Status", "Corpus", "Virus", "Ikarus", "Uranus",
    "Celsius", "Tesla Motors", "Mercedes", "Hermes", "Siemens", "Adidas", "Philips", "Hennes",
    "Aldi Süd", "Lidl", "Vans", "Nvidia",
    "Forbes", "Jones", "Dow Jones", "Gates", "Hughes", "Barnes", "Holmes", "Rhodes", "Stokes", "Hayes", "Torres",
    "Flores", "Reyes", "Fuentes", "Gomes", "Lopes", "Moraes", "Mines", "Les Echos", "Hades", "Ares",
    "Emirates", "Times",
})
"""Names ending in -s that are not German genitives. A -s after a vowel is read as the genitive
(Xiaomis, Nestlés; after -e only in one-word names: Googles, not 'Infineon Technologies') unless
the name is here or `known` says otherwise; after a consonant ('Samsungs') only `known` decides,
since Siemens, Philips and Reuters end the same way."""

DESCRIPTOR_HEADS = (
    "konzern", "hersteller", "unternehmen", "firma", "kette", "händler", "riese", "bauer", "anbieter",
    "gruppe", "dienstleister", "versorger", "zulieferer", "spezialist", "betreiber", "entwickler", "produzent",
    "versender", "versicherer", "gesellschaft", "start-up", "startup", "plattform", "dienst", "marke", "sender",
    "verlag", "discounter", "fonds", "investor", "institut", "bank", "börsenneuling",
)
"""Last parts of German nouns that describe a company before its name ('der Softwarekonzern SAP',
'des Elektroautobauers Tesla'); the whole phrase up to the name is dropped."""

ROLE_TITLES = {
    "CEO": ("ceo", "chief executive officer", "chief executive", "vorstandschef", "vorstandschefin",
            "vorstandsvorsitzender", "vorstandsvorsitzende", "vorstandsvorsitzenden", "konzernchef",
            "konzernchefin", "unternehmenschef", "unternehmenschefin", "firmenchef", "firmenchefin",
            "vorsitzender des vorstands", "vorsitzende des vorstands", "sprecher des vorstands",
            "vorstandssprecher", "chef", "chefin", "boss", "president and ceo", "group ceo",
            "konzernlenker", "spitzenmanager"),
    "CFO": ("cfo", "chief financial officer", "finanzvorstand", "finanzvorständin", "finanzchef",
            "finanzchefin", "finance director"),
    "CTO": ("cto", "chief technology officer", "chief technical officer", "technikvorstand", "technikchef",
            "technologievorstand", "technologiechef"),
    "COO": ("coo", "chief operating officer", "operativer vorstand", "betriebsvorstand"),
    "CMO": ("cmo", "chief marketing officer", "marketingvorstand", "marketingchef", "marketingchefin"),
    "chairman": ("chairman", "chairwoman", "chair", "chairperson", "aufsichtsratschef", "aufsichtsratschefin",
                 "aufsichtsratsvorsitzender", "aufsichtsratsvorsitzende", "vorsitzender des aufsichtsrats",
                 "vorsitzende des aufsichtsrats", "verwaltungsratspräsident", "verwaltungsratschef",
                 "board chairman", "chairman of the board"),
    "founder": ("founder", "co-founder", "cofounder", "gründer", "gründerin", "mitgründer", "mitgründerin",
                "firmengründer", "firmengründerin"),
    "managing director": ("geschäftsführer", "geschäftsführerin", "managing director", "general manager",
                          "geschäftsleiter", "geschäftsleiterin", "country manager", "landeschef",
                          "landeschefin", "deutschlandchef", "deutschlandchefin", "europachef",
                          "europachefin"),
    "president": ("president", "präsident", "präsidentin"),
    "vice president": ("vice president", "vizepräsident", "vizepräsidentin", "vp"),
    "senior vice president": ("senior vice president", "svp"),
    "executive vice president": ("executive vice president", "evp"),
    "board member": ("vorstand", "vorstandsmitglied", "vorständin", "board member", "member of the board",
                     "mitglied des vorstands", "director"),
    "supervisory board member": ("aufsichtsrat", "aufsichtsratsmitglied", "aufsichtsrätin",
                                 "mitglied des aufsichtsrats"),
    "head": ("leiter", "leiterin", "head", "head of", "chef der", "bereichsleiter", "abteilungsleiter"),
    "spokesperson": ("sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson",
                     "unternehmenssprecher", "unternehmenssprecherin", "konzernsprecher", "konzernsprecherin"),
    "partner": ("partner", "partnerin", "managing partner"),
}
"""Canonical role → spellings (lower case; German forms with and without -in)."""

ROLE_QUALIFIERS = ("neuer", "neue", "neuen", "designierter", "designierte", "ehemaliger", "ehemalige",
                   "früherer", "frühere", "bisheriger", "bisherige", "amtierender", "amtierende",
                   "interim", "interims-", "kommissarischer", "kommissarische", "new", "former", "outgoing",
                   "incoming", "acting", "the", "der", "die", "den", "des", "dem")
"""Words that change who holds a role, not the role: stripped before lookup."""

PERSON_TITLES = ("Dr.", "Prof.", "Professor", "Herr", "Frau", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Sir",
                 "Dame", "Dipl.-Ing.", "Ing.", "Mag.", "Lord")
NAME_PARTICLES = ("von", "van", "de", "der", "den", "di", "da", "du", "del", "della", "le", "la", "zu",
                  "von der", "van der", "van den", "de la", "dos", "das", "ten", "ter", "bin", "al")

CHINESE_SURNAMES = frozenset("""
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang
Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao
Zhong Cui Tan Fan Liao Shi Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Shao
Wan Gu Lai Kong Mao Hao Qian Qi Tao Hong Zhai Chang Kang Mo Niu Ou Ouyang Tse Lee Chan Wong Cheung Leung
Lau Ng Ho Xi Ren Tsang Chow Kwok Yip Lam Fung Tang Koo Teng
""".split())
"""Common Chinese family names in pinyin and Cantonese romanisation, for name order."""
