"""Data for language detection: frequent function words and telltale letters per language.

Function words are short, frequent and rarely shared between languages, so a handful of them
decides even a one-line title. Letters that only one language of a script uses (Ukrainian
"і ї є ґ", Russian "ы э ъ ё", German "ß", Spanish "ñ") settle the rest.
"""

from __future__ import annotations

import re
from typing import Final

STOPWORDS: Final[dict[str, frozenset[str]]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "a the of and to in is was for on that with as by at from it an are be this have has had were "
        "which or but not after over their its his her they he she we will would said says who about "
        "into than been more up out new how why what when",
        "de": "der die das und ist nicht mit dem den von zu ein eine einer eines auf für sich des im auch "
        "als wird wurde sind bei nach aus wie über vom zum zur noch dass oder aber haben hat ab bis seit gegen "
        "ohne unter durch sie wir ihr ihre sein seine seiner kann können soll sollen werden wurden worden "
        "heute nur schon",
        "fr": "de le la les et est des du un une dans pour pas que qui sur au aux avec ce cette par plus son "
        "sa ses ont été sont mais ou il elle ils nous vous leur entre selon après ne se était être avoir "
        "aussi comme tout tous déjà où lors depuis contre sans sous vers chez dont cet ces",
        "es": "de el la los las y es del en un una que por con para se al su sus como más pero lo fue son "
        "este esta entre sobre tras según ha han también",
        "it": "il lo la gli le e è di del della dei delle un una che per con non si al alla sono come "
        "anche ma nel nella dopo tra più questo questa ha hanno",
        "pt": "de o a os as e é do da dos das um uma que em no na nos nas por para com não se ao mais foi "
        "são como mas também entre após pelo pela",
        "nl": "de het een en van is in op te dat die met voor niet zijn aan er maar ook bij door naar "
        "om dan nog wordt werd heeft hebben uit over",
        "ru": "и в не на что с по к из за от как это для о у же но мы он она они его её их был была "
        "были было будет также так уже при после между или только если чтобы который которые "
        "после того со во об до над под ли бы есть",
        "uk": "і в не на що з у та до від як це для за про але ми він вона вони його її їх був була "
        "були було буде також так вже при після між або тільки якщо щоб який які із є",
    }.items()
}

# Every stopword, and the languages it is a stopword of: a text's words are counted once for all.
ANY_STOPWORD: Final = frozenset().union(*STOPWORDS.values())
LANGS_OF_STOPWORD: Final = {word: tuple(lang for lang in STOPWORDS if word in STOPWORDS[lang]) for word in ANY_STOPWORD}

# Letters that mark one language within its script; each hit counts like this many stopwords.
MARKERS: Final[dict[str, str]] = {
    "uk": "іїєґ",
    "ru": "ыэъё",
    "de": "ßäöü",
    "es": "ñ¿¡",
    "fr": "çœèêë",
    "it": "ì",
    "pt": "ãõ",
}
MARKER_WEIGHT: Final = 2.0
MARKER_LETTERS: Final = re.compile(f"[{''.join(MARKERS.values())}]")

# Other scripts are identified by the script alone.
_SCRIPT_RANGES: Final = {
    "el": r"\u0370-\u03ff",
    "he": r"\u0590-\u05ff",
    "ar": r"\u0600-\u06ff",
    "hi": r"\u0900-\u097f",
    "th": r"\u0e00-\u0e7f",
    "ka": r"\u10a0-\u10ff",
    "ko": r"\uac00-\ud7af\u1100-\u11ff",
    "ja": r"\u3040-\u30ff",
    "zh": r"\u4e00-\u9fff",
}
_CYRILLIC_RANGE = r"\u0400-\u04ff"
SCRIPTS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (lang, re.compile(f"[{letters}]")) for lang, letters in _SCRIPT_RANGES.items()
)
CYRILLIC: Final = re.compile(f"[{_CYRILLIC_RANGE}]")
LATIN: Final = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Any letter of a script other than Latin: most texts have none, and then need no counting.
NON_LATIN: Final = re.compile(f"[{_CYRILLIC_RANGE}{''.join(_SCRIPT_RANGES.values())}]")
WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# WORD for lower-case ASCII text, where its letters are a-z and its apostrophe is "'" (same matches)
ASCII_WORD: Final = re.compile(r"[a-z]+(?:'[a-z]+)?")

CYRILLIC_LANGS: Final = ("ru", "uk")
LATIN_LANGS: Final = ("en", "de", "fr", "es", "it", "pt", "nl")
