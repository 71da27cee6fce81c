"""The words a web page uses for its own parts, in ten languages: furniture lines made only of them.

A short line whose every word names a part of the page (a player, a newsletter, cookies, an
advert, comments), an action on it (listen, subscribe, accept, share), a general page word
(article, page, latest) or a grammatical word is a control or a label of the page, whatever
its exact wording: "Keyboard shortcuts for audio player", "Cookie Information", "Zulassen von
Cookies", "Go Ad-Free". One word outside these lists ("Share prices slump", "Podcasts and
politics", "The cookie problem") keeps the line in the article, as does the want of a word
that only pages use (``FEATURES``): "Read the full story" is left to the other rules. Two page
words joined with no action on them are a heading's shape ("Cookies and consent").

The lists are written from what each part of a page is called, not from collected lines, and
leave out the adjectives prose uses of the web ("online", "digital", "mobile", "social"):
"Digital advertising" is a heading an article may have.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from dossier.extract.furniture_patterns import READER_OR_US, SITE_VOICE

# Parts of a page that articles name only when writing about them at length: one is needed.
FEATURES: Final = frozenset(
    """
    cookie cookies newsletter newsletters podcast podcasts inbox email e-mail emails app apps
    ad ads ad-free adblock adblocker adblockers advert adverts advertisement advertisements
    advertising advertiser advertisers sponsored promoted player audio video videos episode episodes
    playlist comments comment gallery slideshow login log-in logout signup sign-up subscription
    subscriptions subscriber subscribers paywall notifications notification alerts browser
    javascript keyboard shortcuts rss homepage menu navigation privacy consent settings preferences
    untermenü clipboard bookmark bookmarks livestream webcast transcript fullscreen autoplay playback
    spotify itunes soundcloud e-paper epaper captcha recaptcha password username sign-in signin
    popup pop-up widget sidebar hyperlink url button buttons tab tabs podcasting livestreams
    newsletter-anmeldung werbeanzeige abonnieren-button infobox
    werbung anzeige anzeigen werbefrei werbeblocker gesponsert postfach abo abonnement
    kommentare kommentar bildergalerie galerie einstellungen datenschutz datenschutzeinstellungen
    zustimmung tastenkürzel benachrichtigungen mediathek vorlesefunktion startseite menü hörfassung
    publicité publicités publicitaire publicitaires sponsorisé courriel appli application
    vidéo vidéos épisode lecteur commentaires diaporama connexion abonnement abonnés paramètres
    confidentialité consentement navigateur replay
    boletín publicidad anuncio anuncios patrocinado vídeo episodio reproductor comentarios galería
    suscripción suscriptores privacidad consentimiento notificaciones portada menú aplicación
    pubblicità annuncio sponsorizzato episodio commenti galleria abbonamento abbonati consenso
    impostazioni notifiche
    куки рассылка рассылки рассылку подкаст подкасты приложение приложения реклама рекламы рекламу
    аудио аудиоверсия видео плеер комментарии комментариев фотогалерея подписка подписку подписки
    конфиденциальности уведомления меню розсилка коментарі застосунок додаток
    nieuwsbrief advertentie reacties reklama komentarze
    abonnenten abonnentinnen podcastfolge infolettre balado pódcast audios boletines iscritti
    подписчики подписчиков подписчикам подписчика аудиозапись трансляция трансляцию трансляции
    """.split()
)
# General words for a page's parts, which prose uses too: none is enough alone.
PAGE: Final = frozenset(
    """
    article articles story stories page pages site website news latest top home link links photo
    photos image images picture pictures search text version edition section sections feedback
    terms policy notice information info details options more all full here now today previous
    next radio stream live choices partner partners subscribe-button dialog window
    upgrade donation donations premium plus publisher vendor vendors purposes data account
    artikel beitrag seite nachrichten suche text version ausgabe bereich informationen infos mehr alle
    hier jetzt daten partner konto
    actualités infos page site recherche informations détails éditeur partenaires données compte
    noticias página sitio búsqueda información datos cuenta
    notizie pagina sito ricerca informazioni dati
    статья статьи новости страница сайт поиск информация данные партнеры
    """.split()
)
# Actions on a page's parts, in the forms of a button or a prompt.
ACTIONS: Final = frozenset(
    """
    listen play pause stop watch read share subscribe sign log register follow download save print
    copy close open search accept reject refuse manage allow deny go get try start skip continue
    learn show hide view see click tap enable disable turn remove delete join enter submit send
    report load expand collapse back return jump hear unsubscribe customize customise change update
    scroll swipe zoom refresh reload retry dismiss cancel confirm verify unlock renew donate
    contribute upgrade exit mute unmute replay
    hören anhören teilen abonnieren anmelden registrieren drucken kopieren öffnen schließen lesen
    herunterladen folgen kommentieren merken senden zulassen akzeptieren ablehnen verwalten
    abspielen wiedergeben vorlesen
    erlauben zurück weiter laden anzeigen ändern suchen einblenden ausblenden konfigurieren
    écouter partager s'abonner abonnez-vous imprimer copier ouvrir fermer lire télécharger suivre
    suivez commenter enregistrer envoyer accepter refuser gérer voir afficher accéder supprimer
    autoriser modifier configurer connectez-vous inscrivez-vous rejoignez-nous paramétrer
    écoutez regardez regarder lisez partagez téléchargez
    escuchar escucha escuchá compartir suscríbete suscribirse imprimir copiar abrir cerrar leer
    descargar seguir síguenos comentar guardar enviar aceptar rechazar ver mostrar gestionar configurar
    reproducir
    ascolta ascoltare condividi iscriviti stampa copia apri chiudi leggi scarica segui commenta
    salva invia accetta rifiuta vedi mostra gestisci riproduci guarda guardare
    слушать прослушать поделиться подписаться подпишитесь распечатать скопировать открыть закрыть
    читать скачать скачайте сохранить отправить смотреть показать принять отклонить настроить
    воспроизвести
    resume rewind weiterlesen ansehen anschauen zustimmen einloggen abmelden inscrire continuer
    aktivieren deaktivieren activer désactiver activar desactivar attivare disattivare
    poursuivre découvrir regístrate registrarse continuar descubre registrati accedi continua scopri
    читайте слушайте смотрите подписывайтесь зарегистрируйтесь войдите продолжить узнать перейти
    """.split()
)
# Grammatical words and marks a control's label may hold between its page words.
GRAMMAR: Final = frozenset(
    """
    the a an to for of on in with and or our your you this these all my me us it by from via at up
    out off & | · • - — – : > » › + / please again not no yes ok okay
    der die das den dem des ein eine einen und oder von vom zu zum zur mit für auf im an am bei per
    ihr ihre ihren sie uns unser unsere
    le la les l' un une des du de d' et ou à au aux en sur pour par avec votre vos notre nos tous
    toutes cet cette ce
    el los las una del y o al con para por su sus tu tus nuestro nuestra
    il lo gli di della e con per tuo tua nostro nostra
    и или в на с к по для от из о все всё ещё наш наши ваш ваши это этот
    """.split()
)
MAX_WORDS: Final = 7
CONJUNCTIONS: Final = frozenset("and & und et y e и or oder ou o".split())
_SETTINGS: Final = frozenset(
    "settings preferences options choices einstellungen paramètres préférences configuración impostazioni "
    "настройки".split()
)
_EDGES: Final = "\"“”„«»‘’'()[]!?…*:.,;"
# A site's own name among the words: an acronym ("BBC", "WJ", "NPR") or a domain ("MDR.DE").
_SITE: Final = re.compile(r"^[\w-]+\.(?:com|de|fr|ru|it|es|nl|pl|ua|at|ch|net|org|co\.uk|info)$", re.I)
_ACRONYM: Final = re.compile(r"^[A-ZА-Я]{2,5}$")


def in_vocabulary(word: str) -> bool:
    """Whether a case-folded word is one of the page's: a feature, a page word, an action or a
    grammatical word."""
    return word in FEATURES or word in PAGE or word in ACTIONS or word in GRAMMAR


def _known(word: str, folded: str) -> tuple[bool, bool]:
    """(Is the word one a page's label may hold, is it a feature word); ``folded``: its casefold."""
    if folded in FEATURES:
        return True, True
    if folded.endswith(("'s", "’s")) and _ACRONYM.match(word[:-2]):
        return True, False  # "NPR's"
    return in_vocabulary(folded) or bool(_ACRONYM.match(word) or _SITE.match(word)), False


def page_words_only(text: str) -> bool:
    """Two to seven words, none of them outside the page's vocabulary, one a feature of the page,
    and no sentence's end: a label or control ("Cookie Information", "Go Ad-Free")."""
    if text.endswith((".", ",", ";")):
        return False
    words = [word.strip(_EDGES) for word in text.split()]
    words = [word for word in words if word]
    if not 2 <= len(words) <= MAX_WORDS:
        return False
    folded = [word.casefold() for word in words]
    if folded[0] == "from" and "to" in folded[2:]:
        return False  # a change's heading ("From print to subscription", "From blog to paid newsletter")
    if len(words) == 2 and folded[1] in ("on", "off") and ":" not in text:
        return False  # a heading ("Notifications off"); a switch shows its state after a colon ("Autoplay: On")
    feature = False
    for word, fold in zip(words, folded, strict=True):
        known, is_feature = _known(word, fold)
        if not known:
            return False
        feature = feature or is_feature
    return feature and not _joins_things(folded)


def _joins_things(folded: list[str]) -> bool:
    """Whether case-folded words join things: a heading's shape ("Cookies and consent", "Search
    and Navigation"). A button joins actions ("Accept and close", "Save and exit"), and a link to
    settings ends with them ("Cookies and advertising settings")."""
    if not folded or folded[-1] in _SETTINGS:
        return False
    return any(before in CONJUNCTIONS and after not in ACTIONS for before, after in itertools.pairwise(folded))


def joins_things(text: str) -> bool:
    """Whether a line joins things with "and" or another language's word for it, as a heading
    does ("Файлы cookie и реклама"); see _joins_things."""
    return _joins_things([folded for word in text.split() if (folded := word.strip(_EDGES).casefold())])


# Lines about the page at the edges of the text (names_the_page): their lengths.
MAX_LABEL_WORDS: Final = 12
MAX_SENTENCE_WORDS: Final = 20
MAX_PAGE_LABEL_WORDS: Final = 6
# The page speaking of itself in a sentence: "This article is for subscribers only."
_SELF: Final = re.compile(
    r"\bthis (?:article|story|page|site|video|audio|podcast|episode|newsletter|feature|content|post)\b|"
    r"\b(?:dieser|diesen|dieses) (?:artikel|beitrag|seite)\b|\bcet article\b|\bcette page\b|"
    r"\bэт(?:а|у|ой) стат\w+|\best[ea] (?:artículo|página)\b|\bquest[oa] (?:articolo|pagina)\b|"
    r"\b(?:at|on) the (?:bottom|top|foot) of (?:any|every|each|this|the) page\b",
    re.IGNORECASE,
)
# a label's bullet after its first words ("Podcast | ..."), or a length ("4 min", "12:30")
_LABEL_MARK: Final = re.compile(
    r"^[^\W\d_]+(?: [^\W\d_]+)?\s*[|•›»]|\b\d{1,2}:\d{2}\b|"
    r"\b\d+\s*(?:min|mins|minutes|minute|sec|secs|seconds|Min|Minuten|мин|минут\w*)\b"
)
# The page's own nouns, of PAGE: "Audio version". ("more" or "plus" would take headings:
# "Subscribers are paying more".)
PAGE_NOUNS: Final = frozenset(
    """
    article articles story page site website link links version edition section
    artikel beitrag seite ausgabe édition página sitio versión articolo pagina sito versione
    статья статьи страница сайт версия
    """.split()
)
# the actions that open a link's label ("Watch: ...", "LISTEN: ...")
_LINKING: Final = frozenset(
    "watch listen read see hear play view hören lesen sehen écouter lire voir слушать читать смотреть".split()
)
# a sentence's end inside the line
_INSIDE_END: Final = re.compile(r"[.!?…][\"”’')]* [A-ZА-ЯЁÀ-Ý]")
# the actions of a player, which a length or a bullet follows ("Vorlesen · 6 Minuten")
_PLAYING: Final = frozenset(
    "listen hear play watch hören anhören vorlesen abspielen écouter escuchar ascolta слушать смотреть "
    "воспроизвести riproduci reproducir".split()
)
# the voice of the page's audio version, named as a label: "Read by Jane Doe"
_NARRATION: Final = re.compile(
    r"^(?i:narrated|read|voiced|read aloud|gelesen|gesprochen|vorgelesen|lu|narré|narrado|leído|letto|"
    r"narrato|читает|озвучи\w+) (?i:by|von|par|por|da)\s+[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,3}$"
)
# where a compound or an elision splits: "audio-version", "l'audio"
_COMPOUND: Final = re.compile(r"[-'’]")
# the reader speaking in a button ("Sign me up", "Remind me later")
_ME: Final = re.compile(r"\b(?:me|my|mich|mir|moi|мне|меня)\b", re.IGNORECASE)
# a speaker's turn in a transcript ("MINISTER: You can download the app today ...")
_SPEAKER: Final = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{1,40}:")
# The newsroom's notes on the article's own text: corrections, clarifications, updates. They
# speak of "this story" and may name its subscribers or its video, and they are the article's.
_EDITORIAL: Final = re.compile(
    r"^(?:corrections?|clarifications?|update[sd]?|editor'?s note|amendment|rectificatif|rectification|"
    r"berichtigung|korrektur|correcci[oó]n|aclaraci[oó]n|rettifica|precisazione|исправление|уточнение)\b|"
    r"\ban earlier version of this\b|\bthis (?:article|story) (?:was|has been) (?:amended|updated|corrected)\b|"
    # a request for comment, the newsroom's own words at an article's end: "... did not respond to
    # our requests", "... is asking X for comment and will update this post"
    r"\bfor comment\b|\bwill update (?:this|the) (?:post|story|article)\b|"
    r"\bn['’]a pas (?:encore |immédiatement )?(?:répondu|donné suite) à (?:nos|notre)\b|"
    r"\b(?:antwortete|reagierte) (?:bis )?(?:zunächst )?nicht\b|\bauf (?:eine )?anfrage\b|"
    r"\bне ответил\w* на (?:запрос|вопрос)|\bno respondió a\b|\bnon ha risposto\b",
    re.IGNORECASE,
)
# A relative pronoun: a heading's or a sentence's shape ("Apps that track you"), not a button's.
_RELATIVE: Final = frozenset("that which who whom whose qui dont который которая которое которые che cui".split())
# ... and in a sentence, a contrast or a second clause: advice's shape ("Clearing your cookies won't
# make you invisible, but it's a good start."), not a prompt's
_CLAUSES: Final = _RELATIVE | frozenset("but although though whereas aber obwohl mais pero aunque ma но однако".split())
# A question word opening a label: a heading ("Why you should clear cookies", "How to ...")
_ASKING: Final = frozenset(
    "why|how|what|when|where|which|who|warum|wie|was|wann|wo|pourquoi|comment|quand|où|почему|как|что|когда|"
    "qué|por qué|cómo|cuándo|dónde|perché|come|quando|dove".split("|")
)  # "por qué" two words (names_the_page looks at the first two): "por" alone opens prompts ("Por favor, ...")
# a connective opening a sentence: an article's conclusion ("In short, keep the ..."), not a prompt
_DISCOURSE: Final = frozenset(
    "in short|in the end|in sum|in any case|after all|either way|ultimately|finally|overall|so|still|"
    "for now|above all|in other words|instead|otherwise|meanwhile|kurz|letztlich|bref|enfin|en somme|"
    "en resumen|al final|insomma|alla fine|в итоге|короче".split("|")
)
#: a sentence to the reader alone, no longer than this: a prompt ("Check your inbox to confirm.")
MAX_READER_SENTENCE_WORDS: Final = 12


def names_the_page(text: str, *, last: bool = False) -> bool:
    """A line about the page itself, said of lines at the edges of the text (furniture.py's
    edge_furniture). It names one of the page's features (a newsletter, cookies, the player,
    an advert) or opens with an action on the page, and is either

    - a label (no sentence's end, at most 12 words) that also acts for the reader, speaks to
      them, names the page or a length, or is a command alone ("Sign me up", "Watch: ...",
      "Audio version", "Podcast · 4 min", "Tap to unmute"). A line in the run that closes the
      text (``last``) needs only a feature and the page's words, one other word allowed
      ("Podcast archive", "Le podcast du matin"): no heading ends an article, as nothing follows
      it there, while at the head a heading may ("Inbox overload", "Search for survivors"); a
      piece of prose without its full stop has more words of its own ("Im kurzen Video gezeigt")
      and is kept;
    - or a sentence of at most 20 words to the reader ("you", "our": READER_OR_US) or about the
      page ("This article ...") that also acts on the page or names it ("Check your inbox to
      confirm your subscription."). A news sentence about subscribers or advertising names no
      reader and no page; advice to the reader about advertising acts on no page.

    A line going on from the last one (a small letter first), a speaker's turn in a transcript
    ("MINISTER: ..."), a newsroom's note on the text ("Correction: An earlier version of this
    story ...") and a label with a relative pronoun ("Apps that track you") are none of these."""
    split = text.split(maxsplit=MAX_SENTENCE_WORDS)
    if not split or len(split) > MAX_SENTENCE_WORDS or text[:1].islower():
        return False  # most first and last lines of articles: told without reading them further
    if _EDITORIAL.search(text):
        return False
    if _NARRATION.match(text) and not text.endswith("."):
        return True  # the voice of an audio version: "Narrated by Jane Doe", "Gelesen von ..."
    speaker = _SPEAKER.match(text)
    if speaker and speaker[0].rstrip(":").casefold() not in _LINKING:
        return False
    words = [word for word in (word.strip(_EDGES).casefold() for word in split) if word]
    if not words:
        return False
    addressed = bool(READER_OR_US.search(text) or _SELF.search(text))
    # The site speaking ("we", "our") or the page named ("this article"): the reader addressed
    # alone ("you", "your") is advice's voice too, which must say more (_page_sentence, _page_label)
    site = bool(SITE_VOICE.search(text) or _SELF.search(text))
    # a notice and its button ("... accepted the relevant cookies. Enable cookies") reads as one
    if text.rstrip("\"”’') ").endswith((".", "!", "?", "…")) or _INSIDE_END.search(text):
        return _page_sentence(words, addressed, site=site)
    return _page_label(text, words, addressed, site=site, last=last)


def _page_sentence(words: list[str], addressed: bool, *, site: bool) -> bool:
    """A sentence to the reader or about the page that names a feature and acts on the page or
    names it ("Check your inbox to confirm your subscription.", "This article is for subscribers
    only."); not advice about advertising ("You should never use an ad rate card ..."). A
    sentence to the reader alone, without the site's voice, is a prompt only when short and of one
    clause: advice runs longer ("Open the Settings app and tap Privacy to see which apps ...")."""
    opening = {words[0], " ".join(words[:2]), " ".join(words[:3])}
    if not site and (
        len(words) > MAX_READER_SENTENCE_WORDS or not _CLAUSES.isdisjoint(words) or not _DISCOURSE.isdisjoint(opening)
    ):
        return False
    return (
        addressed
        and any(word in FEATURES for word in words)
        and any(word in ACTIONS or word in PAGE_NOUNS for word in words)
    )


def _page_label(text: str, words: list[str], addressed: bool, *, site: bool, last: bool) -> bool:
    """A label naming a feature or opening with an action, with one more sign that it is the
    page's (see names_the_page). Its words count in compounds and after an elision too
    ("Audio-Version", "Riproduci l'audio"), which sentences' are not: prose's compounds name
    topics ("Web-Video, Online-Journalismus ...")."""
    parts = [*words, *(part for word in words for part in _COMPOUND.split(word) if part and part != word)]
    feature = any(part in FEATURES for part in parts)
    if len(words) > MAX_LABEL_WORDS or not (feature or words[0] in ACTIONS) or not _RELATIVE.isdisjoint(words):
        return False
    if words[0] in _ASKING or (len(words) > 1 and f"{words[0]} {words[1]}" in _ASKING):
        return False  # a question word opens a heading: "Why you should clear cookies", "How to ..."
    return bool(
        (last and feature and sum(not in_vocabulary(word) for word in words) <= 1)
        # the reader addressed, with a feature or the page itself named, and the site speaking
        # or an action of the page first: not advice ("Download at your own risk")
        or (addressed and (feature or bool(_SELF.search(text))) and (site or words[0] in ACTIONS))
        or all(word in ACTIONS or word in GRAMMAR for word in words)
        or _ME.search(text)
        or ((feature or words[0] in _PLAYING) and _LABEL_MARK.search(text))  # not "Update | <headline>"
        or (words[0] in _LINKING and text.split(maxsplit=1)[0].endswith(":"))
        or (feature and len(words) <= MAX_PAGE_LABEL_WORDS and any(part in PAGE_NOUNS for part in parts))
    )
