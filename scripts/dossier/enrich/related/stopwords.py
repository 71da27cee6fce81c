"""Words too common to say what a document is about, in English and Russian.

Used by text_tokens before TF-IDF: dropping them keeps document vectors small (faster sparse
products) and stops "said", "also" or "который" from making unrelated documents look alike.
The lists are the usual function words plus the reporting verbs and fillers of news text.
"""

from __future__ import annotations

from typing import Final

_ENGLISH = """
a about above after again against ago all almost along already also although always am among an and
another any anyone anything are around as at away back be became because been before being below
between both but by can cannot could did do does doing done down during each either else enough even
ever every few for from further get gets getting give given go goes going gone got had has have having
he her here hers herself him himself his how however i if in including instead into is it its itself
just last least less let like made make makes many may me might more most mr mrs ms much must my
myself near need never new next no nor not now of off often on once one only onto or other others
otherwise our ours ourselves out over own per perhaps put quite rather really said same say saying
says see seen several shall she should since so some something still such take taken than that the
their theirs them themselves then there these they thing things this those though through thus to
told too took toward towards under until up upon us use used using very via was way we well were
what whatever when where whether which while who whole whom whose why will with within without would
yet you your yours yourself yourselves
don doesn didn isn wasn aren weren won wouldn couldn shouldn hasn haven hadn ll ve re
"""

_RUSSIAN = """
а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до
его ее её ей ему если есть еще ещё же за здесь и из или им их к как какая какой когда кто ли либо
между меня мне может можно мой мы на над надо наш не него нее неё нет ни них но ну о об однако он она
они оно от очень по под после при про с сам свое своей свои свой себе себя сейчас со так также такой
там тем то тогда того тоже только том тот ту тут ты у уже хотя чего чей чем что чтобы чье эта эти
это этого этой этом этот я
который которая которое которые которых которым которой котором
будет будут было заявил заявила заявили сказал сказала сообщил сообщила отметил отметила
год года году лет
"""

STOPWORDS: Final[frozenset[str]] = frozenset(_ENGLISH.split()) | frozenset(_RUSSIAN.split())

# Russian inflectional endings, longest first: text_tokens strips the longest one that leaves a
# stem of at least four letters ("переговоров", "переговорах" -> "переговор").
RUSSIAN_SUFFIXES: Final[tuple[str, ...]] = tuple(
    sorted(
        """
        ами ями ого его ому ему ыми ими ией иях иям ием ов ев ей ой ий ый ая яя ое ее ые ие ую юю ом ем ам ям
        ах ях ою ею ым им ых их ия ья ью а я о е ы и у ю ь й
        """.split(),
        key=lambda s: (-len(s), s),
    )
)
