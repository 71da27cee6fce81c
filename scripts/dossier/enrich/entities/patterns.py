"""Data for finding people and organisations that are not in the registry: titles and roles,
words that are never part of a name, organisation head words, and the patterns that use them.

Kept apart from the logic in discovery.py, so that a new role or stopword is a one-line
change here. Words are compared casefolded. Every pattern is compiled once, at import.
"""

from __future__ import annotations

import re
from typing import Final

# "Mr Blair", "Dr John Reid": the title is not part of the name.
HONORIFICS: Final = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame rev rev. reverend madam mme mlle "
    "monsieur madame herr frau senor señor signor г-н г-жа господин госпожа".split()
)
# "Sir Paul", "Dame Judi": with one word after them, these titles take the given name.
KNIGHTHOODS: Final = frozenset({"sir", "dame"})
# "Lord Falconer", "Prince Charles": the title is part of how the person is named.
NOBLE_TITLES: Final = frozenset(
    "lord lady baroness baron earl duke duchess viscount prince princess king queen pope sheikh emir".split()
)
# Words naming a role or office: a capitalised name right after one is a person
# ("Foreign Minister Sergey Lavrov", "spokesman John Smith", "Tory leader Michael Howard").
ROLES: Final = frozenset(
    """
    minister ministers secretary chancellor president vice-president premier leader chairman chairwoman chair
    spokesman spokeswoman spokesperson director chief executive governor mayor senator congressman
    congresswoman ambassador envoy commissioner general colonel major captain lieutenant sergeant admiral
    commander officer inspector detective superintendent constable judge justice magistrate attorney
    lawyer barrister solicitor counsel speaker deputy mp mep msp am counterpart adviser advisor aide
    economist analyst professor lecturer researcher editor correspondent reporter columnist presenter
    founder boss manager coach chairperson head candidate campaigner activist author writer novelist
    singer actor actress star comedian comic dj director producer player striker midfielder defender goalkeeper
    winger captain champion rival colleague predecessor successor archbishop bishop cardinal rabbi imam
    ayatollah cleric priest vicar diplomat official treasurer registrar ombudsman auditor whip agent
    министр президент премьер глава посол спикер председатель представитель заместитель замминистра
    директор руководитель генсек
    """.split()
)
# Words that open a role ("Foreign Secretary", "Shadow Home Secretary"): never part of a name.
ROLE_MODIFIERS: Final = frozenset(
    """
    foreign home prime deputy shadow vice first junior senior chief acting former interim defence defense
    health education trade industry culture environment transport work pensions treasury state justice
    finance interior economy economic culture media sport northern development commonwealth affairs
    international constitutional general attorney solicitor lord high executive managing assistant
    """.split()
)
# Small words that start sentences or join phrases: stripped from the start of a run, and never
# part of a name ("But Patricia Hewitt", "Yesterday Michael Howard").
FUNCTION_WORDS: Final = frozenset(
    """
    the a an and or but if in on at for of to with by from as after before when while since yet so this
    that these those it its he she they we i you his her their our my your there here what which who whom
    how why where all any some many most more no not one two three four five six seven eight nine ten also
    however meanwhile yesterday today tomorrow tonight last next new old other another every each both
    either neither such than then thus still even only just already almost again about above across
    against along among around because behind below beneath beside between beyond despite down during
    except inside into like near off onto out outside over past through throughout toward towards under
    until unlike up upon via within without according although though unless whether whatever let please
    thank thanks dear yes well now instead indeed perhaps speaking asked writing meet meets welcome
    former ex then late once twice holders earlier later sure anything everything nothing something
    overall moreover furthermore nevertheless nonetheless separately additionally firstly secondly
    several often eventually maybe could would should might must various numerous few recent recently
    usually currently initially finally sadly luckily apparently certainly clearly obviously presumably
    probably possibly hopefully fortunately unfortunately interestingly notably especially particularly
    typically generally mostly largely partly nearly barely hardly merely really actually basically
    essentially certain whose whoever
    """.split()
)
# Capitalised words that are never part of a person's name.
GENERIC_WORDS: Final = frozenset(
    """
    government parliament party council ministry department office agency commission committee union
    radio television association federation bank corporation company group institute foundation authority service court
    assembly congress senate trust society organisation organization university college school hospital
    police army navy force forces board league network news times daily sunday weekly magazine
    street road avenue lane square station airport palace castle cathedral city town county
    republic kingdom empire island islands act bill law treaty agreement agreements accord convention
    charter directive policy plan strategy war election elections campaign conference summit talks
    meeting inquiry report review budget week month year century world cup games olympics championship
    olympic paralympic
    premiership democrats democrat republicans socialists nationalists unionists communists independents
    conservatives liberals tories tory labour lib dem dems internet web online email e-mail mobile digital award
    awards prize trophy medal memorial festival stadium tour album single film series show open
    championships marathon league
    """.split()
)
# Words that are not a first or middle name but can be a surname ("Damian Green", "Dawn French",
# "Charlotte Church"): accepted only as the last word after a known given name.
SURNAME_WORDS: Final = frozenset(
    """
    north south east west northern southern eastern western central united national international
    federal royal state states day house hall church park post green white black young law bridge english
    french welsh irish scottish british american russian german european soviet ukrainian chinese
    japanese indian african asian australian canadian italian spanish dutch polish islamic muslim
    catholic protestant jewish arab israeli palestinian iraqi iranian conservative liberal republican
    socialist nationalist unionist communist independent
    """.split()
)
# Words of a settlement or an area before "of" and its name ("the Thai island of Koh Phi Phi", "the
# town of Kirkcaldy", "the province of Aceh"): the name is a place. Not "state" ("the state of the
# NHS") nor "capital" ("the capital of France" names the city after it).
SETTLEMENTS: Final = frozenset(
    "island islands town village city province region county district port suburb resort".split()
)
# How demonyms and adjectives of places end ("European", "Italian", "British", "Chinese"): a name
# ending so is no place's name ("the seat of European power", "the city of Italian fashion").
ADJECTIVE_ENDS: Final = ("ean", "ian", "ish", "ese")
# Nationalities that no ending marks, as nouns and adjectives ("Briton", "Spaniard", "Czech",
# "Argentine"): before a name they say where the person is from ("Briton Hayley Yelling", "Czech
# Jiri Novak"), as "Belgian", "Kenyans" and "Dutchman" do by their endings (shapes.origin).
ORIGINS: Final = frozenset(
    """
    briton britons brit brits scot scots spaniard spaniards czech czechs slovak slovaks swede swedes
    pole poles turk turks greek greeks thai thais swiss dutch french welsh argentine argentines kiwi
    kiwis aussie aussies serb serbs croat croats slovene slovenes basque basques kurd kurds uzbek
    kazakh tajik afghan afghans israeli israelis iraqi iraqis saudi saudis kuwaiti qatari omani
    yemeni pakistani pakistanis bangladeshi nepali somali somalis filipino filipinos filipina
    icelander icelanders zealander zealanders cypriot cypriots
    """.split()
)
# " v " between two sides of a fixture ("Arsenal v West Ham", "Leeds vs. Hull"), before the second.
VERSUS: Final = r"\s+(?:v|vs)\.?\s+[A-Z]"
MONTHS: Final = frozenset(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Feasts and seasons of the calendar: capitalised, yet neither a town ("in Christmas week"), nor
# a ground ("at Christmas 1986"), nor a body opening a sentence ("Before Christmas, Cairn...").
FEASTS: Final = frozenset("christmas easter halloween hogmanay ramadan diwali hanukkah passover".split())
# Words of the compass that open a place's or a region's name ("South African", "North London").
COMPASS: Final = frozenset("north south east west northern southern eastern western central".split())
SEASONS: Final = frozenset("spring summer autumn winter".split())  # "in Spring next year": no Texan town
# Lowercase words allowed inside a name ("Ursula von der Leyen", "Charles de Gaulle").
PARTICLES: Final = frozenset("de da di del della der den van von la le du dos das bin ibn al el ter ten".split())
# Capitalised words that end or open an organisation's name ("Labour Party", "Bank of England").
ORG_HEADS: Final = frozenset(
    """
    party council ministry department office agency commission committee union association federation
    confederation bank corporation corp company co group institute institution foundation authority
    service court parliament assembly congress senate trust society organisation organization
    university college academy police army navy airlines airways railway railways inc ltd plc llc
    limited holdings industries motors enterprises partners fund charity network broadcasting channel
    chamber board league club school hospital agency bureau directorate secretariat alliance
    coalition movement front министерство партия агентство комитет совет служба
    records studios laboratory laboratories lab labs cooperative co-operative securities petroleum pictures
    entertainment communications telecom library libraries
    telecommunications technologies electronics insurance pharmaceuticals brewery analytics mirror telegraph
    times herald gazette journal observer guardian express post fc rovers wanderers athletic united exchange
    administration presse force consortium tribunal systems panel productions guild centre center
    """.split()
)
# Heads that open a name, before a place or a name: "Radio Wales", "Universities UK".
OPENING_HEADS: Final = frozenset({"radio", "universities"})
# Head words that end an organisation's name but are also surnames ("Associated Press", "Warner
# Bros"; "Jim Press"): heads for organisation names only, still allowed in a person's name.
SURNAME_HEADS: Final = frozenset({"press", "bros", "chambers"})
# Organisation heads that open a name followed by "of"/"for" ("Ministry of Defence").
ORG_OPENERS: Final = frozenset(
    """
    ministry department bank university office council commission committee institute court church
    federation confederation union organisation organization association chamber chambers society
    academy board agency league college school house laboratory directorate library guild
    """.split()
)
# Heads that need a country or a proper name: "Foreign Ministry" alone could be any country's.
GENERIC_HEADS: Final = frozenset("ministry department министерство".split())
# Acronyms that name no organisation.
NON_ORG_ACRONYMS: Final = frozenset(
    """
    AI IT ICT LGBT LGBTQ LGBTQI FM PM MP MEP MSP AM CEO CFO COO CTO GDP GNP VAT TV HD DVD CD PC SMS MMS
    OK BC AD IQ ID HIV AIDS SARS DNA PR HQ VIP UFO WMD CCTV ASBO GCSE GCSEs ISA PEP APR PIN ATM MBA PHD
    OBE MBE CBE QC KC GMT BST EST PST CET UTC USD GBP EUR RPI CPI IPO CV FAQ RSVP PS NB AKA DIY ASAP
    LCD LED GPS USB PDF PDA SIM UK US USA UV DS PSP XP HDTV DJ GB IPTV UWB RFID DRM HSDPA IE TB GPRS
    PVR GTA RSS IP DTT AK OS SSL UMD VHS DC JK AND MW ADSL LA PPI GM CSI DVR MMR TFT WAP VOIP VOD AGM
    GP GPs R&B Q&A R&D B&B UAE USSR
    """.split()
)
# Roles that make a single capitalised word a surname when they stand, capitalised, just before
# it ("President Bush", "Chancellor Brown"); words such as "Rival" or "Chief" do not.
TITLE_ROLES: Final = frozenset(
    """
    president minister secretary chancellor premier senator congressman congresswoman governor mayor
    ambassador commissioner judge inspector detective sergeant constable colonel lieutenant admiral
    archbishop bishop cardinal rabbi imam ayatollah chairman chairwoman spokesman spokeswoman
    """.split()
)
# Words that open the name of a law, not of an organisation ("Act of Parliament").
LAW_WORDS: Final = frozenset("act acts bill law laws treaty agreement accord convention charter directive".split())
# Words after which a capitalised name is a place, not a team or a person ("in Dublin", "of Russia").
LOCATIVES: Final = frozenset(
    """
    in at from near outside inside across around throughout within into towards toward via of through
    в во из на под
    """.split()
)
# Words just before a capitalised name that make it a work or a group, never a person ("the film
# Vera Drake", "the band Franz Ferdinand", "the character Harry Potter", "hit single Virginia Plain").
WORK_WORDS: Final = frozenset(
    """
    film films movie movies song songs single singles album albums hit hits musical musicals play plays
    novel novels book books series sitcom drama dramas soap character characters band bands group groups
    track tracks comedy thriller documentary programme show opera ballet game games biopic
    sequel remake duo trio quartet franchise magazine newspaper website brand label
    """.split()
)
# Words of company names in other languages: never part of a person's name ("Deutsche Boerse",
# "Cia. Vale Do Rio Doce", "Banco Santander", "Societe Generale").
CORPORATE_WORDS: Final = frozenset(
    """
    deutsche deutscher banco banca banque credit societe compagnie compania companhia cia cie groupe gruppo
    nippon sa ag gmbh nv bv spa sarl srl ab asa oy kk sl
    """.split()
)
# Roles that, after a comma, say the name before them is a person's ("Assad Omar, Afghanistan's
# envoy", "Alexandra Tower, a spokeswoman for the bank"); words an organisation can also be
# called ("rival", "champion", "head") are left out.
APPOSITIVE_ROLES: Final = ROLES - frozenset(
    "rival colleague counterpart predecessor successor champion head chair star general major board".split()
)
# Words just before a name that make it an organisation's ("handset maker Ericsson", "union Unison").
ORGANISATION_WORDS: Final = frozenset(
    """
    firm firms company companies group giant giants maker makers rival rivals bank banks broker carrier
    airline retailer publisher publishers studio studios label newspaper paper tabloid magazine
    broadcaster channel network insurer chain developer operator agency watchdog regulator charity
    consultancy subsidiary manufacturer supplier exchange exchanges conglomerate lender bookmaker
    outfit start-up startup club clubs in-house union unions party parties team side body organisation
    broadcasters station website provider monopoly carmaker carmakers miner miners steelmaker steelmakers
    automaker insurers lenders retailers chains airlines operators consortium partner unit owner investor
    investors manufacturers suppliers agencies regulators analysts researchers service
    """.split()
)
SPEECH_VERBS: Final = frozenset(
    "said says told added warned argued claimed insisted explained admitted stressed noted wrote asked".split()
)

# A capitalised word: "Blair", "O'Brien", "Kilroy-Silk", "McDonald", "Лавров". A possessive "'s"
# is not part of the word; a dot ends it ("Mr. Smith" gives "Mr" and "Smith").
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_CAP = rf"[{_UPPER}][\w]*(?:['’](?!s\b)[\w]+|-[\w]+|&[{_UPPER}][\w]*)*"
# A plural possessive inside a body's name, before its head word: "Professional Footballers'
# Association", "Musicians' Union", "Writers' Guild" (elsewhere the apostrophe ends the run:
# "Wales' Gareth Thomas").
_BODY_OF = r"(?:Association|Union|Guild|Federation|League|Society|Council|Trust|Club|Alliance|Fund|Institute)\b"
_CAP_OR_PLURAL = rf"{_CAP}(?:(?<=s)['’](?=[ ]+{_BODY_OF}))?"
# Arabic names carry a lowercase article inside a run: "Mohammed Mustafa al-Jibouri".
_ARTICLE_NAME = rf"(?:al|el|ul|ad|ash|as|at|az|ar|an|bin|ibn|abu|abd)-[{_UPPER}][\w]*"
_JOIN = r"(?:of|for|and|the|on|&|" + "|".join(sorted(PARTICLES)) + ")"
# A run of capitalised words on one line, joined by single spaces and by small words ("Bank of
# England", "Trade and Industry Secretary Patricia Hewitt", "Ursula von der Leyen"). The pattern
# has no look-behind where it starts, which keeps it fast: the caller drops the first word of a
# run that starts inside a word ("ex-UKIP", "iPod"); the plural possessive's look-behind is tried
# only after a capitalised word, before an apostrophe.
CAPITAL_RUN: Final = re.compile(rf"{_CAP_OR_PLURAL}(?:[ ]+(?:{_JOIN}[ ]+)*(?:{_CAP_OR_PLURAL}|{_ARTICLE_NAME}))*")
# Suffixes that turn a name into an adjective: "a Janet Jackson-style controversy".
HYPHEN_SUFFIX: Final = re.compile(
    r"-(?:style|era|led|backed|based|born|like|type|esque|linked|owned|run|winning|bound|made|funded|sponsored"
    r"|registered|listed|controlled|dominated|focused)$"
)
ACRONYM: Final = re.compile(rf"[{_UPPER}][{_UPPER}&]{{1,5}}")
ROMAN_NUMERAL: Final = re.compile(r"[IVXLC]+")
# Words that make a line read like a headline when capitalised; small words do not count.
LINE_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
SMALL_WORDS: Final = frozenset(
    "a an and as at but by for from in into of on or over the to up via vs with is are be its it s".split()
)
HEADLINE_SHARE: Final = 0.75  # a short line where this share of words is capitalised is a headline
HEADLINE_WORDS: Final = 16  # longer lines, and lines ending in a full stop, are sentences
