"""Data for page-furniture detection: the shapes of lines that belong to a web page, not its article.

The patterns describe kinds of lines (player and sharing controls, newsletter and cookie
prompts, advert markers, tracker tokens, captions and credits, separators), not the strings of
any one site. Each is used with a length limit in furniture.py: a long line is article text.
"""

from __future__ import annotations

import re
from typing import Final

_I = re.IGNORECASE


def by_first_letter(phrases: tuple[str, ...]) -> str:
    """One alternation of ``phrases`` (each starting with a plain letter), grouped by that letter.

    The regex engine tries the alternatives of a group one by one at every word it looks at;
    grouped by first letter, it tries only those that can start there, which keeps a long list
    of phrases about as fast as a short one.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0].casefold(), []).append(phrase[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


# Phrases that only page controls and prompts use; one is enough in a short line. Each one is
# matched as whole words, and each starts with a plain letter (no group): see by_first_letter.
CONTROL_PHRASES: Final = (
    # audio players and narration
    r"audio (?:version|player|edition)",
    # the page's audio made by a machine, said of the audio itself: "Diese Audioversion wurde künstlich
    # erzeugt" (not "Das Bild wurde künstlich erzeugt", a news sentence)
    r"audio-?(?:version|fassung) (?:[\w-]+ ){0,3}(?:künstlich|automatisch|maschinell|mit ki|per ki|durch ki)",
    r"version audio (?:[\w'’-]+ ){0,4}(?:générée?|synthétisée?) (?:par|avec) (?:une |l['’])?"
    r"(?:ia|intelligence artificielle)",
    r"voix (?:[\w'’-]+ ){0,4}(?:générée?|synthétisée?) (?:par|avec) (?:une |l['’])?(?:ia|intelligence artificielle)",
    r"audio (?:[\w'’-]+ ){0,4}(?:générée?|synthétisée?|generad[oa]|generat[oa]) "
    r"(?:par|avec|por|con|dall['’]|con l['’]) ?(?:une |l['’])?"
    r"(?:ia|intelligence artificielle|inteligencia artificial|intelligenza artificiale)",
    r"lue? par une (?:voix de synthèse|ia|intelligence artificielle)",
    r"voz (?:[\w-]+ ){0,4}generad[oa] (?:por|con) (?:ia|inteligencia artificial)",
    r"voce (?:[\w'’-]+ ){0,4}generat[oa] (?:dall['’]|con l['’])?(?:ia|intelligenza artificiale)",
    r"озвучен\w* (?:ии|искусственным интеллектом|нейросетью)",
    r"artificially[- ]generated",
    r"ai[- ]generated",
    r"automatically[- ]generated",
    r"computer[- ]generated",
    r"text[- ]to[- ]speech",
    r"listen to (?:this|the|our|full)? ?(?:article|story|audio|podcast|episode|report)",
    r"listen to (?:[\w'’]+ ){1,3}(?:articles|stories)",  # "listen to <site> articles"
    r"hear (?:this|the) (?:article|story)",
    r"your browser does not support (?:the )?<?(?:audio|video|html5)>?",
    r"ai narration",
    r"to hear more audio (?:stories|articles)",
    r"transcripts? of (?:our|this|these|the) episodes?",
    r"not (?:been )?fully edited for (?:grammar|spelling|accuracy)",
    r"let us know if you have (?:any )?feedback",
    r"выпуск можно послушать",
    r"read aloud",
    r"prefer to listen(?=\?)",
    r"listen to (?:this|the) (?:piece|feature|interview)",
    r"hear (?:this|the) (?:report|piece|interview)",
    r"tap the play",
    r"press the play",
    r"click the play",
    r"hit the play",
    r"narrated (?:article|story|version)",
    r"on your (?:chosen |favou?rite |preferred )?podcast (?:platform|app|player)",
    r"narrated by (?:an? )?(?:ai|artificial|automated|computer|synthetic)",
    r"voiced by (?:an? )?(?:ai|artificial|automated|computer|synthetic)",
    r"min(?:ute)?s? listen",
    r"send (?:us )?(?:your )?feedback",
    r"give (?:us )?(?:your )?feedback",
    r"leave (?:us )?(?:your )?feedback",
    r"share (?:us )?(?:your )?feedback",
    r"more info",
    r"artikel (?:an|vor)?hören",
    r"vorlesefunktion",
    r"écouter (?:l['’]article|cet article)",
    r"слушать (?:статью|новость|материал)",
    r"аудиоверси\w+",
    r"escuchar (?:la noticia|el artículo|este artículo)",
    r"ascolta (?:l['’]articolo|questo articolo|la notizia)",
    # newsletters, sign-up and subscription prompts
    r"delivered (?:straight |directly )?to your inbox",
    r"in your inbox",
    r"enter (?:your )?e-?mail",
    r"unlimited (?:digital )?access",
    r"start (?:your|a) free trial",
    r"of your \d+ free articles?",
    r"your (?:last )?free article",
    r"réservée?s? aux abonnés",
    r"solo para suscriptores",
    r"solo per (?:gli )?abbonati",
    r"direkt in ihr\w* (?:postfach|mailbox|inbox)",
    r"meet your inbox",
    r"straight to your inbox",
    r"allowing ads on (?:this|our) site",
    r"support us by",
    r"fund our (?:[\w-]+ ){0,2}journalism",
    r"recommended by (?:outbrain|taboola|revcontent|zergnet|mgid)",
    r"promoted by (?:outbrain|taboola|revcontent|zergnet|mgid)",
    r"powered by (?:outbrain|taboola|revcontent|zergnet|mgid)",
    r"how relevant is this ad to you",
    r"why did i (?:get|see) this ad",
    r"ad (?:froze|was repetitive|prevented|covered the content|did not (?:load|play|finish))",
    r"notify me of (?:new )?(?:posts|comments|follow-up comments)",
    r"get (?:[\w.'’-]+ ){1,5}for [£$€]\d+(?:[.,]\d\d)?\s?(?:/|a |per )(?:year|month|week|yr|mo)\b",
    r"part of (?:complete|full|our) coverage on",
    r"scroll (?:down )?to keep reading",
    r"weiter nach der (?:anzeige|werbung)",
    r"article continue ci-dessous",
    r"article continue après la publicité",
    r"la suite après (?:la|cette) publicité",
    r"sigue leyendo (?:abajo|debajo)",
    r"contin[úu]a(?: leyendo)? (?:después (?:del|de la)|tras (?:el|la)) (?:anuncio|publicidad)",
    r"continua (?:a leggere )?dopo (?:la pubblicità|l'annuncio)",
    r"продолжение (?:ниже|после рекламы)",
    r"share (?:it|this) with (?:a friend|your friends)",
    r"noch keine kommentare verfasst",
    r"do you want to search",
    r"limit of free articles",
    r"free articles? (?:left|remaining)",
    r"create (?:a |your )?free account",
    r"create an account to (?:continue|keep) reading",
    r"exclusivo para suscriptores",
    r"already (?:a )?(?:subscriber|member|registered)",
    r"become a (?:member|subscriber|supporter)",
    r"support (?:our|independent|quality) journalism",
    r"thank you for (?:subscribing|signing up|registering)",
    r"by (?:signing up|subscribing|registering)",
    r"you agree to (?:our|the) (?:terms|privacy|use|cookie)",
    r"mailing list",
    r"protected by recaptcha",
    r"google privacy policy and terms of service apply",
    r"unsubscribe (?:at any time|anytime)",
    r"jederzeit (?:abbestellen|abmelden|kündbar|widerrufen)",
    r"abmeldung ist jederzeit möglich",
    r"désinscrire à tout moment",
    r"désabonner à tout moment",
    r"darte de baja en cualquier momento",
    r"cancelar (?:la|tu) suscripción en cualquier momento",
    r"annullare l'iscrizione in qualsiasi momento",
    r"disiscriverti in qualsiasi momento",
    r"отписаться в любой момент",
    r"gracias por (?:suscribirte|tu suscripción|registrarte)",
    r"grazie per (?:esserti iscritt[oa]|l'iscrizione|la registrazione)",
    r"danke für (?:ihre|deine) (?:anmeldung|registrierung)",
    r"merci (?:pour|de) votre (?:inscription|abonnement)",
    r"спасибо за (?:подписку|регистрацию)",
    r"free (?:articles?|stories) (?:this|per|a|each) month",
    r"no spam",
    r"newsletter abonnieren",
    r"anmeldung zum newsletter",
    r"ins? (?:ihr )?postfach",
    r"dans votre boîte (?:mail|e-mail|aux lettres|de réception)",
    r"en tu (?:bandeja de entrada|correo(?: electrónico)?)",
    r"nella tua (?:casella|email|inbox)",
    r"на (?:вашу|свою) (?:почту|электронную почту)",
    r"suscríbete",
    r"iscriviti alla",
    r"abonnez-vous",
    r"inscrivez-vous",
    r"lettre d'information",
    r"подписывайтесь",
    r"подпишитесь",
    # the twentieth and twenty-first collections' tuning halves: Russian and German/French sites' own
    # prompts, each in wordings of our own in the tests (inbox, confirmation, paywall meter, donation)
    r"в вашей (?:почте|почтовом ящике)",
    r"in (?-i:Ihrem|Ihren) (?:e-mail-)?postfach",
    r"jeden (?:morgen|abend|tag|werktag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b"
    r"[^.!?]{0,30}\bin (?-i:Ihrem|Ihr) (?:e-mail-)?postfach",
    r"подтверд(?:ите|ить) (?:вашу |свою )?подписк\w+",
    r"confirm your (?:subscription|sign-?up)",
    r"bestätigen sie (?:ihre|die) (?:anmeldung|newsletter-anmeldung)",
    r"confirme[zr] (?:votre )?(?:inscription|abonnement)",
    r"осталось \d+ бесплатн\w+ (?:стат|материал)\w*",
    r"бесплатн\w+ (?:стат|материал)\w* (?:в этом|на этот) месяц\w*",
    r"читать (?:[\w-]+ ){0,2}(?:по|с) подписк\w+",
    r"читайте (?:[\w-]+ ){0,2}(?:по|с) подписк\w+",
    r"доступн\w+ (?:[\w-]+ ){0,2}(?:по|с) подписк\w+",
    r"оформи(?:те|ть) (?:[\w-]+ ){0,2}пожертвовани\w+",
    r"сдела(?:йте|ть) (?:[\w-]+ ){0,2}пожертвовани\w+",
    r"поддержите (?:нас|редакцию|независим\w+ (?:журналистик\w+|издани\w+|СМИ)|наш\w* работ\w+)",
    r"підтримайте (?:нас|редакцію|незалежн\w+ журналістик\w+)",
    r"join our (?:community|membership)",
    r"like what you['’]re reading",
    r"thanks for (?:subscribing|signing up|registering)",
    r"look out for your first (?:newsletter|email|e-mail|issue|edition)",
    r"an e-?mail has been sent to",
    r"to confirm (?:your |list |the )?(?:signup|sign-up|subscription)",
    r"join (?:\d[\d,.]*\+? |more than [\d,.]+ |over [\d,.]+ )(?:other )?(?:readers|subscribers|people|others)",
    r"i['’]?d like to receive",
    r"pour continuer (?:à|a) lire",
    r"um weiterzulesen",
    r"résiliable à tout moment",
    r"в нашем сюжете",
    r"на всех (?:подкаст-)?платформах",
    r"на всіх платформах",
    r"поделит(?:есь|ься) (?:этой|этим|этот) (?:новост|стат|материал|текст)\w*",
    r"поділіться (?:цією|цим|цією) (?:новин|статт|матеріал|текст)\w*",
    r"sendung verpasst",
    r"folge verpasst",
    r"материал (?:подготовлен\w*|предоставлен\w*|создан\w*) (?:при поддержке |совместно с |нашим )?партн[её]р\w*",
    r"контент (?:подготовлен\w*|предоставлен\w*|создан\w*) (?:при поддержке |совместно с |нашим )?партн[её]р\w*",
    r"матеріал (?:підготовлено|надано) (?:за підтримки |спільно з )?партнер\w*",
    # a sign-up or log-in form's own messages
    r"your submission has been received",
    r"you(?:'|’)?ll receive (?:your|our|the) (?:first |next )?(?:edition|issue|newsletter|briefing|email)",
    r"confirm your e-?mail(?: address)?",
    r"bestätigen sie (?:ihre|die) e-?mail(?:-?adresse)?",
    r"confirme[zr] (?:votre )?(?:adresse )?e-?mail",
    r"подтвердите (?:ваш |свой )?(?:адрес )?(?:электронной почты|e-?mail|почту)",
    r"e-?mail address is (?:not valid|invalid|required)",
    r"enter a valid e-?mail",
    r"adresse e-?mail (?:n['’]est pas valide|invalide|non valide)",
    r"ungültige e-?mail-?adresse",
    r"e-?mail-?adresse ist (?:ungültig|nicht gültig)",
    r"indirizzo e-?mail non valido",
    r"correo electrónico no válido",
    r"dirección de correo no válida",
    r"некорректный (?:адрес|e-?mail)",
    r"неверный (?:адрес|e-?mail)",
    r"введите (?:ваш |свой )?(?:адрес электронной почты|e-?mail|почту)",
    # a trial offer's price after the trial: "Try 4 weeks for £1, then £7.50/month"
    r"then [£$€]\d+(?:[.,]\d\d)?(?: ?/ ?| a | per )(?:month|week|year|mo)",
    r"danach \d+(?:,\d\d)? ?€ (?:pro|im|/) ?(?:monat|woche)",
    r"anschließend \d+(?:,\d\d)? ?€ (?:pro|im|/) ?(?:monat|woche)",
    r"puis \d+(?:,\d\d)? ?€ ?(?:/|par) ?(?:mois|semaine)",
    r"something went wrong while submitting",
    r"déjà abonné",
    r"je m'abonne",
    r"bereits abonniert",
    r"bereits abonnent",  # "Bereits Abonnent/in?"
    r"уже подписаны",
    # adverts and sponsored content
    r"scroll (?:down )?to continue",
    r"enthält affiliate[- ]links?",
    r"prices? (?:were |was |are |is )?(?:accurate|correct) at (?:the )?time of (?:publishing|publication|writing)",
    r"go ad-free",
    r"en partenariat avec (?:notre|un) annonceur",
    r"contenu (?:sponsorisé|partenaire)",
    r"contains affiliate[- ]links?",
    r"contient des affiliate[- ]links?",
    r"content continues",
    r"continues (?:below|after) (?:this |the )?(?:ad|advert\w*)",
    r"advert\w* (?:has not loaded|not loaded|loading|below|above)",
    # links to other articles
    r"story continues",
    r"article continues",
    r"text continues",
    # sharing, comments, navigation
    r"click here",
    r"tap here",
    r"follow us",
    r"share (?:this|on|via)",
    r"share full article",
    r"sharing options",
    r"copy link",
    r"link copied",
    r"gift (?:this )?(?:article|story)",
    r"save (?:for later|this (?:article|story))",
    r"join the (?:conversation|discussion|debate)",
    r"reprints? (?:&|and) permissions",
    r"send (?:via|by) (?:whatsapp|e-?mail|sms|messenger|telegram)",
    r"view (?:all )?comments",
    r"show (?:all )?comments",
    r"see (?:all )?comments",
    r"hide comments",
    r"leave a comment",
    r"artikel teilen",
    r"auf (?:facebook|twitter|whatsapp|x) teilen",
    r"kommentar schreiben",
    r"partager (?:cet article|sur)",
    r"поделиться (?:в|во|через) (?:соцсетях|социальных сетях|telegram|вконтакте|vk|whatsapp|одноклассниках)",
    r"поделиться (?:ссылкой|статьей|статьёй|новостью|материалом)",
    r"print (?:this )?(?:article|page|story)",
    r"email (?:this|to a friend)",
    r"back to top",
    r"skip (?:to|ads?|advert\w*)",
    r"jump (?:directly )?to (?:the )?(?:main )?content",
    r"skip this (?:ad|advert\w*)",
    r"passer (?:la |cette )?(?:pub|publicité|annonce)",
    r"werbung überspringen",
    r"salta (?:l['’])?(?:annuncio|pubblicità)",
    r"omitir (?:el )?anuncio",
    r"пропустить рекламу",
    r"editors independently (?:select|selected|choose|chose|review|reviewed|pick|picked)",
    r"paid for (?:and controlled )?by an advertiser",
    r"controlled by an advertiser",
    r"produced by the [\w'’]+(?: [\w'’]+){0,2} (?:labs|studios?) team",
    r"der preis für sie ändert sich (?:dadurch )?nicht",
    r"an dieser stelle finden sie (?:einen )?externen inhalt",
    r"mit einem klick anzeigen (?:lassen|und wieder ausblenden)",
    r"direkt zum inhalt",
    r"zum inhalt springen",
    r"aller au contenu",
    r"перейти к (?:содержанию|содержимому|основному|контенту)",
    r"all rights reserved",
    # where else to hear a podcast: "... or wherever you get your podcasts"
    r"wherever you (?:get|listen to|find) (?:your )?podcasts",
    r"plateformes (?:de )?podcasts?",
    r"überall,? wo es podcasts gibt",
    r"plataformas? de podcasts?",
    r"piattaforme di podcast",
    r"на (?:всех )?подкаст-платформах",
    # a paywall's meter and notice: "You have reached your limit of free articles", "Nur für Abonnenten"
    r"l[íi]mite de art[íi]culos gratuitos",
    r"articles gratuits",
    r"kostenlose\w* artikel",
    r"articoli gratuiti",
    r"бесплатн\w+ (?:статей|материалов)",
    r"available (?:exclusively |only )?(?:to|for) (?:premium |paying |registered )?(?:members|subscribers)",
    r"reserved (?:exclusively |only )?(?:to|for) (?:premium |paying |registered )?(?:members|subscribers)",
    r"nur für (?:abonnent\w*|plus-leser\w*)",
    r"exklusiv für (?:abonnent\w*|plus-leser\w*)",
    r"riservat[oa] agli abbonati",
    r"только (?:для )?подписчик\w+",
    r"weiterlesen mit \S+(?: \S+)? (?:plus|premium|abo)",
    r"weiterlesen mit [\w-]+(?=\+)",
    r"für [\w-]*abonnent(?:en|innen)\w* (?:zugänglich|verfügbar|lesbar|freigeschaltet)",
    r"unterstützen sie (?:unabhängigen|unseren|guten|kritischen) journalismus",
    r"schon ab \d+ (?:euro|€) (?:im|pro) monat",
    r"cet article vous est offert",
    r"lire gratuitement (?:les autres|nos|tous les) articles",
    r"subscribe (?:[\w'’.&+-]+ ){0,4}to (?:keep|continue) reading",
    r"sign up (?:[\w'’.&+-]+ ){0,4}to (?:keep|continue) reading",
    r"log in (?:[\w'’.&+-]+ ){0,4}to (?:keep|continue) reading",
    r"register (?:[\w'’.&+-]+ ){0,4}to (?:keep|continue) reading",
    r"days of (?:free |unlimited |full )?(?:digital )?access",
    r"weeks of (?:free |unlimited |full )?(?:digital )?access",
    r"months of (?:free |unlimited |full )?(?:digital )?access",
    r"subscribe (?:to (?:[\w'’.&-]+ ){1,4})?(?:for|from) (?:just |only )?[£$€]\s?\d",
    r"subscribe for free to (?:receive|get)",
    r"subscribe to (?:[\w'’.&-]+ ){0,3}[\w'’.&-]+:\s?[£$€]\s?\d",
    r"support my work",
    r"while we verify (?:your )?access",
    r"log ?in(?:to)? (?:to )?your [\w'’.&-]+(?: [\w'’.&-]+)? account",
    r"upgrade to paid",
    r"gift (?:a )?subscriptions? (?:start|starting|from|for)",
    r"sign up to (?:receive|get) (?:our|the)",
    r"as soon as (?:they'?re|they’re|they are|it'?s|it’s|it is) published",
    r"support from readers like you",
    r"only possible with (?:the )?support (?:of|from) (?:our )?readers",
    r"donate (?:to (?:[\w'’.&-]+ ){1,3})?(?:today|now)",
    r"from as little as [£$€]\s?\d",
    r"consider supporting us",
    r"it only takes a minute",
    r"is being used on another device",
    r"se está usando en otro dispositivo",
    r"hazte (?:socio|socia|miembro)",
    r"apoya (?:el )?periodismo (?:independiente|de calidad|libre)",
    r"i have read and (?:accept|agree to)",
    r"he leído y acepto",
    r"j['’]ai lu et (?:j['’])?accepte",
    r"ho letto e accetto",
    r"abbonati anche tu",
    r"poi \d+(?:,\d\d)? ?€ al mese",
    r"al mese per \d+ mesi",
    r"controlla la tua (?:casella|email|posta)",
    r"iscrizione avvenuta con successo",
    r"затем \d+(?: \d{3})? ?(?:₽|руб\w*) в месяц",
    r"первые \d+ дн\w* бесплатно",
    r"оформите (?:ежемесячное |регулярное )?пожертвование",
    r"artikel wird (?:unter|nach) der (?:anzeige|werbung) fortgesetzt",
    r"media playback is (?:unsupported|not supported)",
    # sign-up forms: their privacy line, a free trial, "already a subscriber?" and "subscribe to read on"
    r"mit (?:der|ihrer) anmeldung (?:akzeptieren|stimmen) sie",
    r"testen sie (?:jetzt )?\d+ (?:tage|wochen) (?:kostenlos|gratis)",
    r"ya eres suscriptor",
    r"sei già abbonat[oa]",
    r"уже есть подписка",
    r"per continuare a leggere",
    r"чтобы читать дальше",
    r"text wird (?:unter|nach) der (?:anzeige|werbung) fortgesetzt",
    # a machine's audio said of itself, word order reversed: "This audio is generated automatically"
    r"audio (?:is |was )?(?:generated|produced|created|read) (?:automatically|by (?:an? )?(?:ai|computer|machine))",
    r"narration (?:is |was )?(?:generated|produced|created) (?:automatically|by (?:an? )?(?:ai|computer|machine))",
    # a podcast's platforms named to the listener, and a transcript's notes
    r"anywhere you (?:listen|get (?:your )?(?:podcasts|audio))",
    r"wherever you listen",
    r"transcript provided by",
    r"audio transcript of",
    r"transcript of (?:the |this |our )?(?:[\w'’&-]+ ){0,5}(?:podcast|episode|programme|program|show)",
    r"added to the tv['’]?s watch history",
    r"sign in to youtube",
    # adverts: an advert's own player, Amazon's associates disclosure, an advertiser's team
    r"will (?:play|start|begin|resume) after (?:this|the) ad",
    r"as an amazon associate",
    r"earns? from qualifying purchases",
    r"amazon product advertising api",
    r"produced by (?:the )?[\w'’]+(?: [\w'’]+){0,2} commercial (?:team|department|unit)",
    r"erhalten wir (?:[\w-]+ ){0,4}(?:eine )?(?:kleine )?provision",
    r"für sie ändert sich (?:dadurch )?(?:am|an dem|der) preis nichts?",
    # sign-up boxes and paywalls: what the site offers and asks, in the reader's terms
    r"on-?site version of (?:our|the|this)",
    r"sign up here",
    r"subscribe here",
    r"register here",
    r"log ?in here",
    r"already have access (?:via|through) your",
    r"your support (?:makes|means) (?:all the|a|the) difference",
    r"paid for by (?:those|readers) who can afford",
    r"support (?:(?:our|independent|quality|fact-based|local|trusted|free|public[- ]interest)[, ]+(?:and )?){1,3}"
    r"journalism",
    r"by making a (?:one-off |one-time |monthly |recurring )?donation (?:today|now)",
    r"make a (?:one-off |one-time |monthly |recurring )?donation (?:today|now)",
    r"ad-free experience",
    r"try (?:[\w'’-]+ ){0,3}free for (?:\d+|one|a) (?:days?|weeks?|months?)",
    r"keep reading with",
    r"continue reading with",
    r"buy this (?:article|story) (?:for|from)",
    r"already subscribed",
    r"you(?:'|’)?ve successfully (?:signed|logged) (?:in|up|out)",
    r"successfully (?:subscribed|signed up)",
    r"i (?:would like|want|agree) to receive (?:updates|news|offers|emails?|the newsletter|newsletters|information)",
    r"dank für (?:ihre|deine) (?:anmeldung|registrierung|bestellung)",
    r"jetzt \d+ (?:tage|wochen|monate) (?:lang )?(?:kostenlos|kostenfrei|gratis|für \d+(?:,\d\d)? ?€) testen",
    # official sites' feedback forms and banners (GOV.UK, ministries), in six languages
    r"is this page useful",
    r"other (?:statements|speeches|documents|press releases|items) in this (?:collection|series)",
    r"подробнее на сайте партн[её]ра",
    r"отключить рекламу",
    r"письмо для подтверждения подписки",
    r"хотите получать (?:главные |свежие |самые важные |утренние )?новости",
    r"голос:? синтезированный",
    r"озвучен\w* с помощью",
    r"подкаст доступен на всех (?:площадках|платформах)",
    r"yes,? this page is (?:not )?useful",
    r"no,? this page is (?:not )?useful",
    r"war diese seite hilfreich",
    r"cette page (?:vous )?a-t-elle été utile",
    r"te ha resultado útil (?:esta|la) página",
    r"questa pagina (?:ti )?è stata utile",
    r"была ли (?:эта )?(?:страница|информация) полезн\w*",
    r"thank you for your feedback",
    r"danke für ihr feedback",
    r"merci pour votre (?:retour|avis)",
    r"спасибо за (?:ваш )?отзыв",
    r"help us improve (?:gov\.uk|this (?:site|website|page|service)|our (?:site|website|service))",
    r"don['’]?t include personal or financial information",
    r"ihre meinung ist uns wichtig",
    r"here['’]s how you know",
    r"an official website of the united states government",
    r"link to this (?:page|article|story)",
    r"vai al contenuto",
    r"ir al contenido",
    r"saltar al contenido",
    # the twenty-second (real pages) and twenty-third (Spanish, Italian, Portuguese, Dutch, Polish
    # sites) collections' tuning halves, in wordings of our own in the tests
    r"ir para o conteúdo",
    r"przejdź do (?:treści|zawartości)",
    r"ga naar (?:de )?(?:hoofd)?inhoud",
    r"prova gratis per \d+ (?:giorni|settimane|mesi)",
    r"prueba gratis (?:durante |por )?\d+ (?:días|semanas|meses)",
    r"experimente (?:grátis|gratuitamente)(?: (?:por|durante) \d+ dias)?",
    r"probeer (?:\d+ (?:dagen|weken|maanden) )?gratis",
    r"opzeggen kan (?:altijd|op elk moment|maandelijks|dagelijks)",
    r"dagelijks opzegbaar",
    r"maandelijks opzegbaar",
    r"altijd opzegbaar",
    r"kup (?:[\w.]+ ){0,2}(?:subskrypcj\w+|prenumerat\w+)",
    r"wykup (?:[\w.]+ ){0,2}(?:subskrypcj\w+|prenumerat\w+)",
    r"zamów (?:[\w.]+ ){0,2}(?:subskrypcj\w+|prenumerat\w+)",
    r"exclusief voor abonnees",
    r"alleen voor abonnees",
    r"exclusiv[oa] para assinantes",
    r"só para assinantes",
    r"apenas para assinantes",
    r"tylko dla (?:subskrybentów|prenumeratorów|abonentów)",
    r"zostań (?:prenumeratorem|subskrybentem)",
    r"já é assinante",
    r"sei già abbonato",
    r"ben je al abonnee",
    r"bent u al abonnee",
    r"masz już (?:konto|subskrypcję|prenumeratę)",
    r"acesso ilimitado",
    r"acceso ilimitado",
    r"accesso illimitato",
    r"onbeperkt toegang",
    r"nielimitowany dostęp",
    r"assine (?:a |o )?(?:nossa |nosso )?newsletter",
    r"inscreva-se (?:na|no|em|gratuitamente)",
    r"zapisz się na (?:newsletter|nasz)",
    r"in je (?:inbox|mailbox)",
    r"ricevi (?:ogni (?:giorno|sera|mattina|settimana)|gratis|gratuitamente)",
    r"al (?:registrarte|suscribirte),? aceptas",
    r"iscrivendoti,? accetti",
    r"ao (?:se )?(?:registar|registrar|inscrever|subscrever|assinar),? (?:você )?(?:aceita|concorda)",
    r"door je aan te melden,? ga je akkoord",
    r"apoie o (?:jornalismo|nosso)",
    r"apoya (?:el periodismo|nuestro)",
    r"sostieni (?:il giornalismo|il nostro|l['’]informazione)",
    r"steun (?:onafhankelijke journalistiek|ons|onze journalistiek)",
    r"wesprzyj (?:nas|niezależne)",
    r"wspieraj (?:nas|niezależne)",
    r"funded by (?:our )?readers",
    r"continua (?:após|depois d)[ao] (?:publicidade|anúncio)",
    r"artikel gaat verder (?:onder|na) (?:de|deze) advertentie",
    r"link di affiliazione",
    r"enlaces de afiliados?",
    r"links? de afiliad[oa]s?",
    r"informazione pubblicitaria",
    r"materiał partnera",
    r"artykuł sponsorowany",
    r"treść sponsorowana",
    r"conteúdo patrocinado",
    r"gesponsorde (?:inhoud|content)",
    r"voorgelezen door een (?:computerstem|computer|ai-stem)",
    r"tu navegador no (?:soporta|admite|es compatible)",
    r"su navegador no (?:soporta|admite|es compatible)",
    r"seu navegador não (?:suporta|é compatível)",
    r"il tuo browser non supporta",
    r"je browser ondersteunt (?:geen|dit niet)",
    r"twoja przeglądarka nie obsługuje",
    # a local paper's appeals and alerts, a portal's app, a wire's disclaimers
    r"if you value our (?:reporting|journalism|work)",
    r"please consider making a (?:donation|contribution)",
    r"keep local (?:news|journalism) free",
    r"free (?:whatsapp|telegram) (?:alerts|updates|channel)",
    r"by joining our (?:community|channel|group)",
    r"this (?:article|story|post) (?:was )?originally (?:appeared|published)",
    r"continua a leggere su",
    r"continue reading on",
    r"weiterlesen auf",
    r"lire la suite sur",
    r"seguir leyendo en",
    r"provided by (?:third parties|a third party)(?= and (?:are|is) not (?:written|edited))",
    r"not (?:written|edited|reviewed)(?: or (?:written|edited|reviewed))? by (?:this|our|the) newsroom",
    r"we['’]?d like to know more about your visit",
    r"ots-originaltext",
    r"unter ausschlie(?:ss|ß)licher inhaltlicher verantwortung",
    r"zugang zu allen [\w+-]+ ?artikeln",
    r"bereits ein (?:[\w+-]*abo\w*|abonnement)",
    r"laden sie (?:sich )?(?:die |unsere )?[\w.-]*app herunter",
    r"direkt auf ihr (?:smartphone|handy|telefon)",
    r"download (?:the|our) (?:free )?(?:[\w.&'’-]+ ){0,3}app",
    r"abonnez-vous pour (?:lire|continuer|découvrir|accéder)",
    r"pour lire la suite",
    r"faites un don",
    r"soutenez (?:une information|l['’]information|un journalisme|le journalisme|"
    r"notre (?:rédaction|journalisme|travail))",
    r"чтобы продолжить чтение",
    r"оформите подписку",
    r"вы подписаны на (?:рассылку|новости|уведомления)",
    r"нажимая (?:на )?кнопку",
    r"вы соглашаетесь с",
    r"ya (?:sos|es) suscriptor",
    r"acepto (?:la|las) (?:política|condiciones)",
    r"recibir comunicaciones comerciales",
)
# A page's controls in English, by what they do, as whole lines: the buttons and labels of
# podcast and audio players, sign-up forms, pagers, menus, galleries and advert slots, written
# from what each control does, not from a collected line. Prose does not write them as a line.
ENGLISH_CONTROLS: Final = (
    r"(?:listen|subscribe|follow) (?:on|via|with|in) (?:apple podcasts|spotify|itunes|google podcasts|amazon music|"
    r"soundcloud|deezer|stitcher|youtube(?: music)?|pocket casts|audible|overcast|castbox|podbean|tunein)",
    r"now playing|play (?:episode|audio|video|now|all|podcast)|(?:playback )?speed \d(?:\.\d+)?x|playback speed|"
    r"(?:skip|jump|seek) (?:forward|back(?:ward)?|ahead) \d{1,2} seconds|video unavailable|"
    r"stop seeing this ad|(?:first|last|full|given|family) name\s?\*?|secure (?:donation|payment|checkout)|"
    r"hide this message|i accept (?:all )?cookies|ok,? i agree|what went wrong\??|printer[- ]friendly (?:version|page)|"
    r"make a (?:gift|donation)|"
    r"explore (?:more |our |all )?(?:offers|plans|subscriptions)\.?|"
    r"download (?:the )?(?:pdf|document|file)(?: \([^()]{1,30}\))?|embed(?: (?:this )?(?:video|code))?|"
    r"watch(?: now| live| here)?|listen live (?:to|on) [^.!?]{1,40}|"
    r"watch (?:it |the video |the full video )?on (?:youtube|un web tv|[\w.-]+ ?tv)|"
    r"powered by (?:beyondwords|trinity audio|readspeaker|speechkit|ad auris|audioeye|instaread)",
    r"(?:your )?e-?mail(?: address)?\s?\*?|submit|sign me up|"
    r"(?:please )?(?:enter|provide) a valid e-?mail(?: address)?|"
    r"invalid e-?mail(?: address)?|thanks? (?:you )?for (?:signing up|subscribing|registering)!?",
    r"(?:open|close|toggle|show|hide) (?:the )?(?:menu|navigation|nav|search|sidebar|comments)|"
    r"close|log ?out|sign ?out|my account|(?:next|previous|prev)(?: (?:article|story|page|post|slide|image|photo))?",
    r"page \d+ of \d+|show (?:more|less|all)|load more(?: (?:stories|articles|comments))?|"
    r"see (?:all|more)|view (?:all|more)|"
    r"expand|collapse",
    r"table of contents|link copied(?: to clipboard)?|add to (?:favou?rites|bookmarks|reading list)|"
    r"gift (?:this )?article",
    r"(?:closed )?captions? (?:not available|settings)|closed caption(?:ing)? settings|captions will look like this|"
    r"(?:video |audio )?player is loading\.?|accessibility(?: statement| help| settings)?|edition:? (?:uk|us|"
    r"international|europe|asia|australia|india|africa)|(?:change|switch) edition|manage (?:your |my )?account|"
    r"account settings|scroll to (?:the )?top|"
    r"follow (?-i:[A-Z])\S*(?: (?-i:[A-Z])\S*){0,3} on (?:x|twitter|facebook|instagram|linkedin|threads|bluesky|"
    r"tiktok|youtube)|editor['’]?s recommendations?|"
    r"report (?:an? )?issue|report abuse|reblog|share (?:to|on|via) [\w.-]+|all sections|site (?:index|map)|sitemap|"
    r"advertise|comments|shop now\s*[>›»→]?|\d{1,2} related (?:articles|stories|posts)|"
    r"(?:relevant |interest-based |personali[sz]ed )?ads? opt-?out",
    r"follow (?-i:[A-Z])\S*(?: (?-i:[A-Z])\S*){0,3}(?: followed)?",
    r"ad feedback|report (?:this |an? )?(?:inappropriate |offensive )?ad|pause|mute|unmute|"
    r"(?:enter |exit )?full ?screen|loading (?:audio|video|the player|player|comments)(?:\.\.\.|…)?|"
    r"save and (?:exit|close|continue)|save (?:my )?(?:choices|preferences|settings)|"
    r"(?:ads? )?recommended by|why this ad\?|remove ads|ad-?free|"
    r"advertise (?:with|on|at) (?:us|[\w.!&'’-]+(?: [\w.!&'’-]+){0,3})|ads? by [\w-]+",
    # an advert's feedback form and disclosures (the twenty-fourth collection: real pages)
    r"about (?:our|these) ads",
    r"(?:live tv|on live tv(?: now)?|related videos?)|change (?:region|country|edition|language)|"
    r"set edition(?: preference)?|go to (?:contents?|navigation|main content)(?: go to (?:contents?|navigation))?",
    r"leave a reply(?: cancel reply)?|cancel reply|more share|e-?newsletters?|"
    r"save to (?:instapaper|pocket|readability)(?: save to (?:instapaper|pocket|readability))*|"
    r"visit (?:us|our) (?:on )?(?:facebook|twitter|instagram|youtube|linkedin)(?: page)?|"
    r"(?:like )?follow @\w+",
    r"listen(?: now| live| here)?|(?:hit|press|tap|click) play",
    r"tweet|pin(?: it)?|copy (?:url|link|article link)|(?:post a |add a )?comment|send to a friend|bookmark|"
    r"e-?mail this",
    r"enlarge (?:this )?(?:image|photo|picture)|expand (?:this )?(?:image|photo)|view larger(?: image)?|"
    r"open (?:image )?in gallery|view (?:the )?(?:full )?gallery|(?:photo |image )?gallery|\d{1,3} of \d{1,3}",
)
# A page's controls, by what they do, in German, French, Russian, Ukrainian, Spanish, Italian,
# Dutch, Polish and Portuguese: written from each language's words for the action (listen, share,
# copy the link, print, comment, save, subscribe, go back, open the menu, show more), not from
# any collected line. Each language's prose uses these verbs ("Der Minister wollte nicht
# zuhören", "Il faut partager"), so they count only as a whole line (CONTROL_LINES), where an
# article has no reason to write them.
MULTILINGUAL_CONTROLS: Final = (
    # a Russian site's player, feeds, partners and appeals
    r"(?:включить|выключить) звук|пауза|загрузить ещ[её]|показать ещ[её]|лента новостей|новости сми2|"
    r"помочь редакции|пожертвовать(?: \d[\d  ]*\s?₽)?|промо|коммерческий партн[её]р|партн[её]рский (?:проект|материал)|"
    r"аналитические (?:файлы )?cookie|настройки конфиденциальности|"
    r"слушать (?:на|в) (?:звуке|яндекс[ .]музыке|apple podcasts|вконтакте|castbox)",
    # listening to the article
    r"(?:(?:den |diesen )?(?:artikel|beitrag|text|audio) )?(?:jetzt )?(?:an|vor)?hören",
    r"(?:artikel |text )?vorlesen(?: lassen)?|(?:audio|podcast) (?:abspielen|starten)",
    r"écouter(?: (?:l['’]article|cet article|ce contenu|la version audio|le podcast|l['’]émission))?",
    r"(?:version|lecture) audio(?: de l['’]article)?",
    r"(?:про|по)?слушать(?: (?:статью|новость|материал|текст|подкаст|аудиоверсию|эфир))?",
    r"аудиоверсия(?: (?:статьи|материала|новости))?|(?:про)?слухати(?: (?:статтю|новину|матеріал))?",
    r"escuch(?:ar|a)(?: (?:la noticia|el artículo|este artículo|el audio|el podcast))?|versión (?:en )?audio",
    r"ascolta(?:re)?(?: (?:l['’]articolo|questo articolo|la notizia|il podcast))?",
    r"(?:be)?luister(?: naar)?(?: (?:dit|het) artikel)?|(?:po|od)słuchaj(?: (?:artykułu|tekstu))?",
    r"ouvir(?: (?:o artigo|a notícia|este artigo))?|ouça(?: (?:o artigo|a notícia))?",
    # sharing, copying the link, sending, printing, saving, commenting
    r"(?:artikel |beitrag )?teilen|partager(?: (?:l['’]article|cet article))?|compartir|condividi|delen|"
    r"udostępnij|поделиться|поділитися|compartilhar|partilhar",
    r"(?:compartir|condividi|compartilhar) (?:en|su|no|via) (?:facebook|twitter|x|whatsapp|telegram|linkedin)",
    r"link (?:kopieren|kopiert)|(?:copier|copiez) le lien|lien copié|(?:скопировать|копировать) ссылку|"
    r"ссылка скопирована|cop(?:iar|ia) (?:el |il )?(?:enlace|link)|kopiuj link|link kopiëren",
    r"(?:per e-?mail|als e-?mail) (?:senden|versenden|teilen)|envoyer (?:par (?:e-?mail|courriel)|à un ami)|"
    r"enviar por (?:e-?mail|correo)|invia (?:per|via) e-?mail|отправить (?:по (?:почте|e-?mail)|другу)",
    r"(?:artikel |seite )?drucken|druckversion|imprimer(?: (?:l['’]article|cet article|la page))?|"
    r"version imprimable|imprimir|stampa(?: (?:l['’]articolo|la pagina))?|распечатать|версия для печати|"
    r"drukuj|afdrukken",
    r"(?:artikel )?merken|merkliste|(?:sauvegarder|enregistrer)(?: (?:l['’]article|cet article))?|"
    r"guardar(?: (?:artículo|noticia))?|salva(?: (?:articolo|per dopo))?|в закладки|добавить в (?:избранное|закладки)",
    r"kommentare|kommentieren|(?:alle )?kommentare anzeigen|commentaires|commenter|réagir|"
    r"(?:voir|lire) les commentaires|"
    r"комментарии|комментировать|коментарі|comentarios|comentar|commenti|commenta|reacties|komentarze",
    # subscribing (a prompt's longer wordings are in CONTROL_PHRASES and UI_WEAK)
    r"(?:newsletter )?(?:abonnieren|bestellen)|jetzt (?:kostenlos )?(?:abonnieren|anmelden|registrieren|testen)",
    r"s['’]abonner(?: à (?:la|notre) (?:newsletter|lettre))?|je m['’]inscris|recevoir (?:la|notre) newsletter",
    r"suscr[ií]b(?:ete|irse|ase)(?: (?:al|a nuestro|a la) (?:boletín|newsletter))?|"
    r"iscriviti(?: alla newsletter)?|abbonati|assine(?: já)?",
    r"подписаться(?: на (?:рассылку|новости|канал|уведомления))?|підписатися|підписуйтесь|підпишіться|"
    r"abonneer(?: je)?|zapisz się|subskrybuj",
    # the page's navigation
    r"(?:zur )?startseite|accueil|retour à l['’]accueil|(?:на )?главн(?:ая|ую)(?: страниц[ау])?|"
    r"inicio|volver al inicio|torna (?:su|all['’]inizio|alla home)|головна",
    r"zurück|retour|назад|volver|indietro|terug|powrót",
    r"menü (?:öffnen|schließen)|(?:ouvrir|fermer) le menu|(?:открыть|закрыть) меню|(?:abrir|cerrar) (?:el )?menú|"
    r"(?:apri|chiudi) (?:il )?menu",
    r"suche (?:öffnen|schließen)|rechercher|recherche|поиск по сайту|buscar|búsqueda|cerca|zoeken|szukaj|пошук",
    r"mehr anzeigen|weiterlesen|(?:afficher|voir|lire) (?:plus|la suite)|показать (?:ещё|еще|больше|полностью)|"
    r"читать (?:далее|полностью|дальше)|ver más|leer más|mostra (?:di più|altro)|leggi (?:tutto|di più)|lees meer|"
    r"czytaj dalej|далее|далі",
    r"(?:vorheriger|nächster) (?:artikel|beitrag)|article (?:précédent|suivant)|"
    r"(?:предыдущ|следующ)(?:ая|ий) (?:статья|новость|материал)|(?:artículo|noticia) (?:anterior|siguiente)",
    # a player's notices and settings, a form's e-mail field, membership
    r"video nicht verfügbar|vidéo (?:non disponible|indisponible)|vídeo no disponible|video non disponibile|"
    r"видео недоступно|wiedergabegeschwindigkeit|vitesse de lecture|velocidad de reproducción|"
    r"velocità di riproduzione|скорость воспроизведения",
    r"(?:tu|su) (?:correo(?: electrónico)?|e-?mail|dirección de correo(?: electrónico)?)\s?\*?|"
    r"(?:ihre|deine) e-?mail(?:-?adresse)?\s?\*?|(?:votre|ton) (?:adresse )?(?:e-?mail|courriel)\s?\*?|"
    r"(?:la tua|il tuo) (?:e-?mail|indirizzo e-?mail)\s?\*?|(?:ваш )?(?:e-?mail|адрес электронной почты)\s?\*?",
    r"сообщить об ошибке|оставить отзыв|s['’]inscrire|все новости|alle nachrichten|toutes les actualités|"
    r"todas las noticias|tutte le notizie|otras noticias|autres actualités|andere nachrichten|"
    r"(?:[\w,.-]+ ){1,3}live (?:hören|sehen|schauen)|(?:regarder|écouter) [^.!?]{1,40} en direct|"
    r"(?:ver|escuchar) [^.!?]{1,30} en directo|(?:guarda|ascolta) [^.!?]{1,30} in diretta|"
    r"смотреть [^.!?]{1,30} (?:в прямом эфире|онлайн)",
    r"jetzt (?:mitglied|abonnent(?:in)?|unterstützer(?:in)?) werden|devenez (?:membre|abonnée?)|"
    r"hazte (?:socio|socia|miembro)|diventa (?:socio|abbonato)|стать (?:участником|подписчиком)",
    # advert and sponsored-content markers
    r"(?:gesponserter|bezahlter) (?:inhalt|beitrag)|contenu (?:sponsorisé|partenaire)|(?:article )?sponsorisé|"
    r"contenido patrocinado|patrocinado|contenuto sponsorizzato|sponsorizzato|на правах рекламы|"
    r"партн[её]рский материал|реклама\.?|anuncio|annuncio|advertentie|reklama",
    r"спецпро[еє]кт|партнерськ\w+ матеріал|реклама|рекламн\w+ (?:объявление|оголошення)|"
    r"информация о рекламодателе|інформація про рекламодавця|pub|advertorial|contenu commandité|"
    r"espace partenaire|publi-?information|sonderveröffentlichung",
    # pages, contents and the accessible version
    r"inhaltsverzeichnis|table des matières|оглавление|содержание статьи|"
    r"(?:page|article) (?:suivante?|précédente?)|(?:nächste|vorherige) seite|(?:следующая|предыдущая) страница|"
    r"(?:página|pagina) (?:siguiente|anterior|successiva|precedente)|наступна сторінка",
    r"(?:версия|версія) для (?:слабовидящих|людей з порушенням зору)",
    # a programme to hear or see again, a podcast in Quebec's word
    r"(?:ré)?écouter (?:l['’]émission|l['’]épisode|le podcast|la chronique)|"
    r"revoir (?:l['’]émission|le replay|la vidéo|l['’]épisode)|(?:sendung|folge) (?:nachhören|anschauen|ansehen)",
    r"écoute[zr] (?:[\w'’-]+ ){0,3}balados?(?: sur [^.!?]{1,30})?",
    # gifting, keeping and copying the article; sharing it on a named network
    r"(?:artikel|beitrag|text) verschenken|(?:offrir|offrez) (?:cet |l['’])article|подарить статью",
    r"(?:artikel )?(?:zur|auf die) merkliste (?:hinzufügen|setzen)|ajouter à (?:mes|vos) (?:favoris|lectures)|"
    r"добавить в избранное",
    r"link (?:wurde )?(?:in die zwischenablage )?kopiert|lien copié(?: dans le presse-papiers?)?",
    r"(?:bei|auf|via|über|per) (?:whatsapp|telegram|facebook|x|twitter|linkedin|threads|bluesky|mastodon|e-?mail) "
    r"teilen|partager (?:sur|via|par) (?:whatsapp|telegram|facebook|x|twitter|linkedin|e-?mail|courriel)|"
    r"поделиться (?:в|во) (?:telegram|телеграм\w*|вконтакте|whatsapp|одноклассниках)",
    # the support button alone
    r"(?:поддержать|підтримати)(?: (?:нас|редакцию|редакцію|проект|проєкт|издание|журналистику))?|"
    r"jetzt unterstützen|soutenez-nous|nous soutenir",
    r"aanmelden|inloggen|registreren|zaloguj się|zarejestruj się|apúntate(?: gratis)?|iscriviti gratis|"
    r"inscreva-se(?: grátis| gratuitamente)?|meld je (?:gratis )?aan|faça login|entrar|contribua|doneer|dona ora",
    r"(?:volver|ir) arriba|torna su|voltar ao topo|terug naar boven|naar boven|wróć na górę|do góry|"
    r"(?:saltar|ir|pular) (?:al|ao|para o) (?:contenido|conteúdo)(?: principal)?(?:\s*\[\d{1,3}\])?",
    r"(?:assista|veja) (?:ao|o) vídeo|mira el vídeo|guarda il video|bekijk de video|obejrzyj (?:wideo|film)|"
    r"ouvir (?:o texto|a notícia|o artigo)",
    r"oglądaj [^.!?]{1,30} na żywo|(?:assista|veja) [^.!?]{1,30} ao vivo|"
    r"(?:mira|sigue) [^.!?]{1,30} en (?:directo|vivo)|(?:kijk|bekijk) [^.!?]{1,30} live",
    r"(?:ver|veja) (?:todas as|mais) notícias(?: de [^.!?]{1,30})?|ver (?:todas las|más) noticias(?: de [^.!?]{1,30})?|"
    r"(?:altre notizie|altri articoli) (?:di|da|su) [^.!?]{1,30}|(?:altri articoli )?dello stesso autore",
    r"publicidade|reclame|gesponsord|tweeter|"
    r"(?:compartilhe|partilhe|comparte|condividi|deel|udostępnij) (?:esta notícia|este artigo|esta noticia|"
    r"este artículo|questo articolo|dit artikel|ten artykuł)|skopiuj link",
)
# Where podcasts are heard: the platforms a show's page lists.
_PLATFORMS = (
    r"apple(?: podcasts)?|spotify|itunes|google podcasts|amazon music|soundcloud|deezer|stitcher|youtube(?: music)?|"
    r"pocket casts|audible|overcast|castbox|podbean|tunein|ivoox|podimo|acast|iheart(?:radio)?|pandora|"
    r"яндекс[ .]музык\w*|вконтакте|звук[еа]?(?= *$)"
)
# ... and what a whole control line, or its opening words, may be.
CONTROL_LINES: Final = (
    r"(?:[-–—•*]\s*)?(?:advert(?:isement)?s?|ads?|sponsored|promoted|gesponsert|anzeigen?|werbung|publicit[ée]|"
    r"publicidad|pubblicit[àa]|реклама|audiobeitrag|anhören|écouter|слушать|прослушать|"
    r"commercial content|publi-?rédactionnel|publireportage|contenu (?:sponsorisé|partenaire)|werbeanzeige|"
    r"contenu (?:de|d'un|de nos|de notre) partenaires?|"
    r"(?:log|sign) ?in|se connecter|s'identifier|connectez-vous|anmelden|einloggen|войти|вход)(?:\s*[-–—•*:.])?"
    # "Реклама. 18+": an advert's age mark; "Ad • 0:15", "Ad · 0:15": its length
    r"(?:\s*[·|]?\s*\d{1,2}\+|\s*[·|]?\s*\d{1,2}:\d\d)?$",
    # a donation box's amounts: "$5   $10   $25   $50   Other amount"
    r"(?:[£$€]\s?\d+(?:[.,]\d\d)?\s+){2,}(?:[£$€]\s?\d+(?:[.,]\d\d)?|other(?: amount)?|autre montant|otro importe|"
    r"altro importo|anderer betrag|другая сумма)$",
    r"(?:forgot (?:your )?password|passwort vergessen|mot de passe oublié|¿?olvidaste (?:tu )?contraseña|"
    r"password dimenticata|забыли пароль)\s?\??$",
    r"(?:turn (?:on|off)|show|hide) (?:closed )?(?:captions|subtitles)$|untertitel (?:ein|aus)(?:blenden)?$|"
    r"(?:activer|désactiver) les sous-titres$",
    r"hosted by [^.!?]{3,60}\.\s*(?:produced|edited|mixed) by [^.!?]{3,80}\.?$",
    r"[←‹«<]?\s*(?:previous|prev) (?:article|story|post)\s*[|•·]\s*next (?:article|story|post)\s*[→›»>]?$",
    r"(?:contenido ofrecido por|contenuto offerto da|contenu (?:proposé|offert) par|ein angebot von) [^.!?]{1,40}$",
    # a screen reader's marks around a list of links: "list of 4 items", "end of list"
    r"list of \d{1,2} items?$|end of list$",
    # a sponsor's label before its logo, alone: "Ofrecido por", "Powered by" ("Presented by" and
    # "Sponsored by" are LABEL_PHRASES, anywhere in a label)
    r"(?:ofrecido por|patrocinado por|offert par|proposé par|präsentiert von|powered by|offerto da|"
    r"presentato da|при поддержке)\s*:?$",
    # where to hear a podcast, after an imperative: "Retrouvez tous les épisodes sur Apple Podcasts,
    # Spotify et Deezer" ("Apple Podcasts, Spotify and YouTube dominate listening" is prose)
    r"(?:listen|subscribe|follow|find|hear|retrouvez|écoutez|écouter|abonnez-vous|escucha|escúchalo|suscríbete|"
    r"síguenos|hören sie|anhören|abonnieren sie|ascolta|ascoltate|seguici|слушайте|слушать|подписывайтесь|"
    r"слухайте)\b(?:[^.!?]|\.(?=\w)){0,80}?"
    rf"\b(?:{_PLATFORMS})\b[^.!?]{{0,40}}?\b(?:{_PLATFORMS})\b",
    # a video advert's countdown, and the labels of advertisers' own content
    r"skip(?: ad)? in \d{1,2}(?: ?s(?:ec(?:onds?)?)?)?$",
    r"(?:[\w&'’.-]+ ){0,2}brand ?studio$|advertiser content(?: (?:from|by) [^.!?]{1,40})?$|"
    r"paid post(?: (?:from|by) [^.!?]{1,40})?$",
    # imperatives to the reader that open a line: "Turn on notifications ...", "Hide all ads ...",
    # "Be the first to comment"; and a comments box's empty state, as the whole line
    r"(?:turn on|enable|allow) (?:push )?notifications\b|(?:hide|remove) (?:all )?ads\b|"
    r"be the first to comment\b|soyez le premier à (?:commenter|réagir)\b|"
    r"(?:there are )?no comments yet\.?$|aucun commentaire\.?$",
    # a player's speed and autoplay switch: "1x", "Speed 1.5x", "Lecture automatique"
    r"(?:(?:playback )?speed:?\s*)?\d(?:[.,]\d{1,2})?\s?[x×]$",
    r"(?:lecture automatique|autoplay|automatische wiedergabe|reproducción automática|riproduzione automatica|"
    r"автовоспроизведение)$",
    # a form's error message, as the whole line
    r"(?:(?:oops|whoops|sorry|hoppla|oups|ups|упс)[!.,]? )?"
    r"(?:something went wrong|etwas ist schiefgelaufen|une erreur s'est produite|algo salió mal|"
    r"qualcosa è andato storto|что-то пошло не так)[.!,]?(?: (?:please try again(?: later)?|bitte versuchen sie es "
    r"(?:später )?erneut|veuillez réessayer(?: plus tard)?|inténtalo de nuevo(?: más tarde)?|riprova(?: più tardi)?|"
    r"попробуйте (?:ещё|еще) раз(?: позже)?)[.!]?)?$",
    # an imperative to listen to a podcast or an episode: "Listen to the latest episode of <show>"
    r"(?:how to )?listen to (?:[\w'’-]+ ){0,4}(?:podcasts?|episodes?)\b",
    # controls whose words prose also uses, as whole lines only: "Artikel per WhatsApp teilen",
    # "Close share panel", "Haut de page", "Мобильная версия", "Download der Audiodatei"
    r"(?:artikel |beitrag )?per (?:whatsapp|e-?mail|facebook|twitter|x|telegram|messenger|sms) teilen$",
    r"(?:open|close) (?:the )?share (?:panel|menu|options)$|e-?mail a link to a friend\b.*",
    r"(?:alle )?kommentare (?:[\w-]+ ){0,3}anzeigen$|charte des commentaires$",
    r"(?:haut de page|retour en haut(?: de (?:la )?page)?|(?:zurück )?nach oben|наверх)$",
    r"(?:мобильная|полная) версия(?: сайта)?$|(?:mobile|desktop|full) (?:version|site)$|version (?:mobile|classique)$",
    r"(?:download|herunterladen|télécharger)(?: der| the| l')? ?(?:audio(?:datei|file)?|mp3|podcast)$",
    r"download (?:der|the) audio file$",
    r"(?:размещение рекламы|реклама на сайте|розміщення реклами|advertise with us|werben (?:bei|auf) [\w.-]+)\s*:",
    r"\d+(?:[.,]\d+)?\s?(?:€|euros?|\$|£|chf|zł)\s?(?:/|par|pro|per|a|al|por|za)\s?(?:mois|monat|month|mese|mes|mês|"
    r"maand|miesiąc|месяц)\b",
    r"(?:ofrecido|patrocinado|presentado) por (?-i:[A-Z])[\w&.'’-]*(?: [\w&.'’-]+){0,3}$|"
    r"(?:in samenwerking met|in collaborazione con|em parceria com|we współpracy z|mogelijk gemaakt door) "
    r"(?-i:[A-Z])[\w&.'’-]*(?: [\w&.'’-]+){0,3}$",
    # a player's length in words: "Durée : 3 minutes 6 secondes", "Dauer: 4 Min."
    r"(?:durée|dauer|duration|длительность)\s*:?\s*\d+\s*(?:min\w*\.?|мин\w*)(?:\s*\d+\s*(?:s\w*|сек\w*))?$",
    # a sharing or comments count: "Comments (12)", "12 comments"
    r"(?:comments?|kommentare?|commentaires?|комментари\w*)\s*\(\d+\)$|\d+ (?:comments?|kommentare?)$",
    r"\d{1,2}:\d{2}\s*[-–]\s*source:\s*[\w .&-]{2,30}$",
    # a button's count: "Like 27", "Shares 2.4k", "1.2K shares"
    r"(?:likes?|shares?|comments?|reactions?)\s*\(?\d[\d.,]*[km]?\)?$|\d[\d.,]*[km]? (?:likes|shares|reactions)$",
)
# Labels that are furniture when they stand as a label (alone, or before a colon or a headline) but
# that can open or sit in a sentence ("Sponsored by a brewery, the race drew 500 runners."):
# furniture.py takes them only in a line that does not end like a sentence.
LABEL_PHRASES: Final = (
    # a label, not a heading's subject: "Sponsored content blurs the line" goes on with a verb
    r"sponsored (?:content|by|posts?|story|links?)(?! (?!by\b|from\b|for\b|with\b|von\b)(?-i:[a-z]))",
    r"promoted (?:content|stories|story|posts?|links?|by)(?! (?!by\b|from\b|for\b|with\b)(?-i:[a-z]))",
    r"paid (?:content|post|partnership|promotion)(?! (?!by\b|from\b|for\b|with\b)(?-i:[a-z]))",
    r"partner (?:content|stories|story)(?! (?!by\b|from\b|for\b|with\b)(?-i:[a-z]))",
    r"branded content(?! (?!by\b|from\b|for\b|with\b)(?-i:[a-z]))",
    r"advert(?:isement|ising) feature",
    r"content (?:from|by) (?:our )?partners?",
    r"read more",
    r"continue reading",
    r"more on this (?:story|topic|subject)",
    r"subscriber[- ]exclusive",
    r"from our sponsors?",
    r"presented by",
    r"brought to you by",
    r"in association with",
    r"from around the web",
    r"paid for by our partners?",
    r"more (?:stories|articles|news) like this",
    r"for subscribers only",
    r"subscribers?[- ]only",
    r"exclusive(?:ly)? (?:to|for) (?:our )?subscribers",
    r"paid for by (?:an? )?advertiser",
    r"produced by (?:an? )?advertiser",
    r"available (?:as|in) (?:an )?audio(?: version)?",
    r"audio (?:is|was) (?:generated|produced|created) (?:by|using|with) (?:ai|artificial intelligence)",
    r"you (?:may|might) (?:also )?(?:like|enjoy|find (?:this |these |it )?interesting|be interested)",
    r"lesen sie auch",
    r"mehr zum thema",
    r"auch interessant",
    r"könnte sie (?:auch )?interessieren",
    r"lire aussi",
    r"voir aussi",
    r"sur le même sujet",
    r"читайте также",
    r"смотрите также",
    r"похожие (?:материалы|новости|статьи|публикации)",
)
LABEL_LINES: Final = (
    r"(?:supported by|a message from|in partnership with|paid for by)\b",
    r"related (?:articles|stories|topics|content|links|coverage|posts|news|reading|documents|pages|publications|"
    r"guidance|videos)\b",
    # not going on in small letters to a verb, as a heading does ("Most popular baby names revealed")
    r"(?:most (?:read|popular|viewed|shared)|recommended for you)\b(?!,)(?! [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,4}ed$)",
    r"(?:meistgelesen\w*|meistgeklickt\w*|les plus (?:lus|populaires|partagés|commentés)|"
    r"(?:i|gli|le) più (?:letti|lette|visti|viste|condivisi)|(?:lo|los|las) más (?:leíd[oa]s?|vist[oa]s?)|"
    r"editors['’]? picks|empfehlungen der redaktion|la sélection de la rédaction|scelti dalla redazione|"
    r"выбор редакции|"
    r"самое (?:читаемое|популярное)|trending (?:nationally|locally|worldwide|today|now))\b",
    r"новости (?:партн[её]ров|от наших (?:коллег|партн[её]ров))",
)
LABEL: Final = re.compile(
    # after "of", "the", "about" or "on" a label's words are a heading's object ("The rise of sponsored
    # content"; furniture.py adds "for": "A new era for sponsored content")
    rf"(?<!\bof )(?<!\bthe )(?<!\babout )(?<!\bon )\b(?:{by_first_letter(LABEL_PHRASES)})\b"
    rf"|^(?:{'|'.join(LABEL_LINES)})",
    _I,
)
# Reported speech or a quotation is prose, whatever words it uses.
_SPEECH_VERBS = (
    r"\b(?:said|says|say|told|added(?!\s+to\b)|asked|wrote|noted|joked|warned|insisted|explained(?!\s*[|•·›»])|explains|"
    r"according to|sagte|erklärte|selon|a déclaré|"
    r"сказал\w*|заявил\w*|сообщил\w*|утверждал\w*|отметил\w*|подчеркнул\w*|пояснил\w*|рассказал\w*)\b|"
    # a news sentence's closing attribution: "..., the report found.", "..., the minister urged voters."
    r",\s(?:the|a|an|its|his|her|their)\s(?:[\w-]+\s){0,2}(?:found|reported|showed|revealed|claimed|concluded|"
    r"stated|argued|suggested|estimated|urged|announced|confirmed|admitted)\b[^,]{0,30}$"
)
REPORTED: Final = re.compile(rf"[\"“”«»„]|{_SPEECH_VERBS}", _I)
# ... and without quote marks, for lines whose quotes name an app or a label ("«Эхо»").
SPEECH: Final = re.compile(_SPEECH_VERBS, _I)
# The page's controls by what they do (ENGLISH_CONTROLS, MULTILINGUAL_CONTROLS), as whole short
# lines only; an English word alone may not end with a full stop ("Close." answers a question).
# A pattern of its own, tried only on lines of a few words (furniture.py): its 120 alternatives,
# tried at the start of every line, made the furniture stage 0.1 s slower on BBC.
WHOLE_LINE_CONTROL: Final = re.compile(
    rf"^(?:{'|'.join(ENGLISH_CONTROLS)})\s*[:›»→]?$|^(?:{'|'.join(MULTILINGUAL_CONTROLS)})\s*[:.!…›»→]?$", _I
)
UI_STRONG: Final = re.compile(rf"\b(?:{by_first_letter(CONTROL_PHRASES)})\b|^(?:{'|'.join(CONTROL_LINES)})|©", _I)
# The same for a line of ASCII characters, without the phrases whose first letter is not ASCII
# (Cyrillic, "é", "ü"), which cannot match there: the engine tries one alternative per first
# letter at every word, and most lines are English (BBC: 5,956 of 6,124 short lines; 133 -> 100
# ms over them). furniture.py picks it with str.isascii.
UI_STRONG_ASCII: Final = re.compile(
    rf"\b(?:{by_first_letter(tuple(p for p in CONTROL_PHRASES if p[0].isascii()))})\b"
    rf"|^(?:{'|'.join(CONTROL_LINES)})|©",
    _I,
)
# A header of links to other articles, alone or before one of them ("See also: <headline>"); with
# a headline after it the line may be as long as a headline.
LINK_LABEL: Final = re.compile(
    r"^(?:related (?:press releases|expert|experts|statements|documents)|"
    r"related|see also|see more|also read|read also|read next|further reading|"
    r"more (?:stories|news|articles|videos)|"
    r"other (?:stories|news)|top stories|latest (?:news|stories)|trending(?: now| stories)?|"
    r"keep reading|what to read next|editor['’]?s picks|editors['’] picks|filed under|archivado en|abgelegt unter|"
    r"classé dans|archiviato in|posted in|recommended(?: stories| articles| reading| videos?)?|"
    r"(?:à )?lire aussi|à voir aussi|voir aussi|lesen sie (?:auch|mehr)|mehr zum thema|mehr aus [^.!?:]{1,40}|"
    r"weitere (?:artikel|nachrichten|themen|meldungen|beiträge)|auch lesenswert|das könnte sie (?:auch )?interessieren|"
    r"zum thema|à lire (?:aussi|également)|lire (?:également|la suite)|sur le même (?:sujet|thème)|"
    r"(?:nos )?articles (?:liés|similaires|associés|recommandés)|"
    r"читайте (?:также|далее|ещё|еще)|смотрите также|(?:ещё |еще )?по теме|(?:к|по) теме|материалы по теме|"
    r"связанные (?:новости|материалы|статьи)|(?:другие|ещё|еще|последние) новости|читайте також|дивіться також|по темі|"
    r"le(?:e|a) también|(?:noticias|artículos|contenidos?) relacionad[oa]s|más noticias|"
    r"leggi anche|potrebbe interessarti(?: anche)?|(?:articoli|notizie) correlat[ie]|lees ook|zie ook|"
    r"watch|live(?: updates| coverage| blog)?|"
    r"czytaj (?:też|także|więcej)|zobacz (?:też|także)|leia também|veja também|"
    r"more from [^.!?:]{1,40}|in other news|(?:in )?related news|ähnliche (?:artikel|themen|beiträge|nachrichten)|"
    r"articles? similaires|noticias similares|articoli simili|похожие (?:новости|статьи|материалы)|"
    r"around the web|from (?:our|the web'?s?) partners|"
    r"sponsored (?:stories|links)|discover more(?: from [^.!?:]{1,40})?|explore more|more in [^.!?:,]{1,40}|"
    r"don'?t miss(?: this)?|go deeper|also in (?-i:[A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*){0,2})|"
    r"seguir leyendo|continuar leyendo|"
    r"also in (?:the )?news|popular (?:now|today|stories|articles)|more like this|newsletters?|"
    r"(?:latest|popular|more (?:stories|coverage|news|articles)(?: of this story)?|recommended reading|"
    r"today'?s top stories|top stories) (?:in|from) [^.!?:]{1,40}|explore more (?:in|from|on) [^.!?:]{1,40}|"
    r"(?:вам )?(?:(?:также|тоже) )?может быть интересно|"
    r"verwandte (?:artikel|themen|beiträge|nachrichten)|"
    r"weitere (?:artikel|nachrichten|beiträge|meldungen) (?:aus|zum|zur|von|im) [^.!?:]{1,40}|"
    r"empfohlene (?:artikel|beiträge)|nos suggestions|dans la même rubrique|más sobre (?:este|el) tema|"
    r"ver también|te recomendamos|sigue leyendo|ti potrebbe interessare|altre notizie|новости по теме|рекомендуем|"
    r"top picks|editor'?s choice|elsewhere on (?:the|this|our) (?:site|website)|around the network|"
    r"also on (?:the |our )?(?:site|website)|what'?s hot|you may have missed|in case you missed it|icymi|"
    r"most watched|all stories|tags|topics|plus d'actualités|dernières (?:infos|actualités|nouvelles)|"
    r"keywords|schlagw(?:ö|o)rt(?:e|er)|mots-clés|palabras clave|parole chiave|ключевые слова|теги|"
    r"in this section|more (?:press releases|news releases|speeches|statements)|(?:все )?материалы по теме|"
    r"this (?:article|story|post) (?:was )?originally (?:appeared|published) (?:on|in) [^.!?:]{1,40}|"
    r"más noticias (?:de|sobre) [^.!?:]{1,40}|lo último|altri articoli|ultime notizie|другие материалы|популярное|"
    r"главное|neueste (?:artikel|nachrichten|beiträge)|"
    r"nos articles (?:sur|consacrés à) [^.!?:]{1,40}|"
    r"catch up on (?:the |all the )?(?:day'?s |today'?s |latest )?(?:top )?(?:headlines|news|stories)|"
    r"(?:episode|folge|épisode|episodio|выпуск) \d{1,4}|"
    r"in (?:pictures|photos|pics|videos)|en (?:images|photos|vidéos?)|in (?:bildern|fotos)|in immagini|en imágenes|"
    r"в (?:фото|фотографиях|видео)|фоторепортаж|"
    r"related|more|also|latest|popular|more coverage|see all (?:stories|articles|news|coverage)|"
    r"also on [\w.-]+\.(?:ie|com|co\.uk|org|net|de|fr|ru))"
    r"\s*(?:[:：]\s*\S|[:：•·|›»]?\s*$)|"
    # "Up next" before a headline that opens with a capital or a digit: "Up next: the Senate" is a heading
    r"^up next\s*(?:[:：]\s*(?-i:[^\sa-z])|[:：•·|›»]?\s*$)|"
    # a link's label in Russian, Ukrainian, German and French pages' own words, with a link's marker
    r"^(?:[»›→▶►]\s+)?(?:(?:популярное|главное|самое читаемое) за (?:день|сутки|неделю|месяц|год)|"
    r"другие материалы (?:автора|рубрики|раздела|по теме)|інші (?:матеріали|новини|статті)(?: (?:розділу|рубрики|"
    r"автора|за темою))?|більше (?:новин|матеріалів|за темою)|сюжет|(?:также )?на эту тему|"
    r"(?:cet article|ces articles) pourrai(?:t|ent) (?:aussi |également )?vous intéresser|"
    r"sélectionn[ée]e?s? pour vous|à découvrir (?:aussi|également)(?: sur [^.!?:]{1,40})?|top-themen|"
    r"sujets (?:associés|liés)|liveticker|liveblog|live-ticker|livestream|en direct|прямой эфир|онлайн-трансляция|"
    r"assuntos relacionados|(?:notícias|artigos|tópicos|temas) relacionad[oa]s|relacionad[oa]s|"
    r"mais (?:lid[oa]s|vist[oa]s)|"
    r"meest (?:gelezen|bekeken|gedeeld)|najczęściej (?:czytane|komentowane)|najpopularniejsze|saiba mais|"
    r"more information|approfondimenti|approfondisci|bekijk ook|lees (?:ook|meer)(?: over)?|onderwerpen|tematy|tagi|"
    r"etiquetas|argomenti|tópicos|zobacz (?:również|też)|przeczytaj (?:też|także|również)|czytaj również|"
    r"leia (?:mais|também)|lee (?:más|también)|mira también|ne abbiamo parlato (?:anche )?qui|"
    r"(?:siguiente|próximo|anterior) artículo|prossimo articolo|próximo artigo|volgend artikel|następny artykuł|"
    r"(?:también )?te puede interesar|related (?:blogs|posts)|diretta(?: tv)?|directo|en vivo|ao vivo|na żywo|"
    r"(?:vidéos|articles) les plus (?:vues|vus|lus|partagés)|"
    r"retrouvez (?:tous |toutes )?nos (?:articles|informations|reportages|analyses) (?:sur|consacrés à) [^.!?:]{1,60})"
    r"\s*(?:[:：|»]\s*\S|[:：•·|›»]?\s*$)|"
    # a related link with its date: "Hintergrund: Was ... bedeutet (12.03.2024)"
    r"^[\w-]{3,20}:\s[^.!?]{5,120}\(\d{1,2}\.\d{1,2}\.\d{2,4}\)$|"
    r"^(?:explained|explainer|analysis|opinion|comment|fact ?check|in depth|interview|exclusive|watch|listen|"
    r"video|podcast|live|in pictures)\s*[|•·›»]\s*\S|"
    r"^more on [^.!?:|]{1,40}\s[|•·›»]\s\S",
    _I,
)
# A media or live kicker in capitals before a headline, as French and other sites write a link to
# one: "VIDÉO. Les images de l'incendie", "PHOTOS. ...", "DIRECT. ...", "ВИДЕО: ...". In capitals only:
# "Video: ..." is a caption (CREDIT).
MEDIA_KICKER: Final = re.compile(
    r"^(?:VID[EÉ]OS?|V[IÍ]DEOS?|PHOTOS?|FOTOS?|DIAPORAMA|INFOGRAPHIE|REPLAY|PODCAST|AUDIO|DIRECT|LIVE|GALERIE|"
    r"BILDERSTRECKE|ВИДЕО|ФОТО|ФОТОГАЛЕРЕЯ)\s?[.:|]\s+\S"
)
# Prompts that also occur in prose ("the newsletter was sent"): they need a reader-facing cue.
UI_WEAK: Final = re.compile(
    r"\bnewsletters?\b|\bsubscri(?:be|ber|bers|ption|ptions)\b|\bsign(?:ing)? (?:up|in)\b|\blog ?in\b|\bregister\b|"
    r"\binbox\b|\be-?mail address\b|\balerts\b|\bbriefing\b|\babonn\w+|\banmeld\w+|\bpostfach\b|"
    r"\binscri\w+|\bрассылк\w+",
    _I,
)
READER_CUE: Final = re.compile(
    r"^(?:subscribe|sign|log|register|get|join|receive|enter|become|start|stay|try|unlock|already|thank|want|"
    r"don'?t miss|never miss|jetzt|melden|abonnieren)\b|\b(?:our|free|now|today|here|your|ihr|ihre|"
    r"votre|vos|notre|nos)\b",
    _I,
)
# What a prompt offers the reader, which a heading of two commands ("Sign up, switch off") does not:
# "Sign up, it's free", "Subscribe now, cancel anytime", "Join today, save 50%".
OFFER_CUE: Final = re.compile(
    r"\b(?:free|now|today|here|our|your|you|gratis|gratuit\w*|kostenlos|jetzt|maintenant|ahora|ora|сейчас|"
    r"бесплатно)\b|\d|%|[£$€]",
    _I,
)
# A question is a prompt when it opens like one or the site speaks in it ("Already a subscriber?",
# "Enjoying our newsletter?"); else it is a heading's ("Is your inbox full?", "Why subscribe now?").
QUESTION_PROMPT: Final = re.compile(
    r"^(?:already|want|tired of|enjoying|enjoyed|not (?:a|yet)|like (?:this|what)|love this|looking for|"
    r"bereits|schon|déjà|ya|уже)\b|\b(?:our|we|us|this|unser\w*|notre|nos|nuestr\w+|наш\w*)\b",
    _I,
)
# A short command at the start of a line, with an object that is part of the page.
UI_COMMAND: Final = re.compile(
    r"^(?:listen|hear|play|pause|stop|resume|watch|share|print|e-?mail|save|bookmark|copy|follow|download|"
    r"subscribe|join|read|see|view|click|tap|open|like|comment|tweet|post|send|report|get|load|go|skip|jump|toggle|"
    r"close|expand|show|hide|back|return)\b"
    r".{0,30}\b(?:article|story|page|link|audio|video|podcast|app|us|comments?|newsletter|briefing|"
    r"updates|alerts|inbox|facebook|twitter|whatsapp|linkedin|telegram|instagram|youtube|tiktok|threads|"
    r"bluesky|mastodon|google news|flipboard|email|(?<!fine )print|"
    r"full coverage|more|now|narration|playback|player|options|menu|sections?|top(?! of (?!(?:the |this )?page))|"
    r"home ?page|front page|"
    r"site|version|gallery|slideshow|interview|episode|programme|broadcast|recording|bulletin|highlights|clip)\b",
    _I,
)
# The same in the other languages: a verb of the page's actions in the infinitive or imperative
# opening a short line, and further on a word for a part of the page ("Подписаться на срочные
# новости", "Zurück zum Seitenanfang", "Partager l'article sur les réseaux sociaux :", "Ir a la
# portada", "Delen via Whatsapp"). Both are needed: "Zurück zur Normalität" and "Подписаться на
# облигации" are prose.
_COMMAND_VERBS = (
    # German
    r"(?:an)?hören|teilen|abonnieren|anmelden|registrieren|drucken|kopieren|zurück|weiter|öffnen|schließen|"
    r"lesen|herunterladen|folgen|kommentieren|merken|senden|zulassen|akzeptieren|ablehnen|verwalten|springen|"
    r"gehen|zur|zum|alle|mehr|"
    # French
    r"écouter|partager|s['’]abonner|abonnez-vous|imprimer|copier|retour|revenir|aller|ouvrir|fermer|lire|"
    r"télécharger|suivre|suivez|commenter|enregistrer|envoyer|accepter|refuser|gérer|voir|afficher|accéder|"
    r"retourner|"
    # Spanish, Italian, Portuguese
    r"escuch(?:ar|a|á)|compart(?:ir|e)|suscr[ií]b(?:ete|irse)|imprimir|copiar|volver|ir|abrir|cerrar|le(?:er|e)|"
    r"descargar|seguir|síguenos|comentar|guardar|enviar|aceptar|rechazar|ver|mostrar|"
    r"ascolta(?:re)?|condividi|iscriviti|stampa|copia|torna|vai|apri|chiudi|leggi|scarica|segui|commenta|"
    r"salva|invia|accetta|rifiuta|vedi|mostra|ouvir|ouça|compartilhar|partilhar|assine|voltar|fechar|ler|"
    r"leia|baixar|siga|salvar|"
    # Russian, Ukrainian
    r"(?:по|про)?слушать|поделиться|подписаться|подпишитесь|распечатать|(?:с)?копировать|вернуться|перейти|"
    r"открыть|закрыть|читать|скачать|следите|комментировать|сохранить|отправить|смотреть|показать|"
    r"(?:про)?слухати|поділитися|підписатися|підпишіться|повернутися|відкрити|закрити|читати|завантажити|"
    r"зберегти|надіслати|"
    # Dutch, Polish
    r"luister|deel|delen|abonneer|kopieer|terug|ga|sluit|lees|volg|reageer|bewaar|stuur|bekijk|toon|"
    r"posłuchaj|udostępnij|subskrybuj|zapisz|drukuj|kopiuj|wróć|przejdź|otwórz|zamknij|czytaj|pobierz|"
    r"obserwuj|skomentuj|wyślij|zobacz|pokaż"
)
_PAGE_OBJECTS = (
    r"artikel|beitrag|beiträge|seite|seitenanfang|startseite|übersicht|newsletter|link|menü|audio\w*|video|"
    r"podcast|app|kommentare?|whatsapp|facebook|twitter|telegram|e-?mail|inhalt|navigation|cookies?|"
    r"mediathek|livestream|version|sender|radio|"
    r"article|articles|page|accueil|lien|menu|vidéo|application|appli|commentaires?|réseaux sociaux|"
    r"courriel|contenu|rubrique|site|"
    r"noticias?|artículos?|página|portada|inicio|boletín|enlace|menú|vídeo|aplicación|comentarios?|"
    r"redes sociales|correo|contenido|sección|versión|sitio|emisoras?|radios?|"
    r"articol[oi]|pagina|home|homepage|commenti|"
    r"sezione|versione|sito|artigo|notícia|início|aplicativo|comentários|seção|versão|"
    r"стат(?:ью|ьи|ей)|новост(?:ь|и|ей)|материал\w*|страниц\w*|главн(?:ую|ая)|рассылк\w*|ссылк\w*|меню|аудио\w*|"
    r"видео|подкаст\w*|приложени\w*|комментари\w*|верси\w+|сайт\w*|раздел\w*|канал\w*|"
    r"статт\w*|новин\w*|матеріал\w*|сторінк\w*|головн\w+|розсилк\w*|посилання|аудіо|відео|додат\w+|коментар\w*|"
    r"версі\w+|розділ\w*|"
    r"nieuwsbrief|reacties|inhoud|artykuł\w*|stron\w*|aplikacj\w*|komentarze|wersj\w*"
)
MULTILINGUAL_COMMAND: Final = re.compile(
    rf"^(?:{_COMMAND_VERBS})\b(?:[^.!?]{{0,40}}?)\b(?:{_PAGE_OBJECTS})(?:\b|$)", _I
)
# An audio player's prompt with the length of the recording: "Listen · 6:32 min", "Listen (5 minutes)".
PLAYER_LENGTH: Final = re.compile(
    r"^(?:listen|play|hear)\b\W{0,5}\d{1,2}(?::\d{2})?\s*(?:min|mins|minutes)\b|"
    r"^(?:выпуск|эпизод|episode) \d{1,4}[.:]?\s+\d{1,3}\s?(?:мин|min)\w*\.?$|"
    r"^(?:duration|durée|dauer|duración|durata|длительность)\b\W{0,3}\d{1,2}(?::\d{2}\b|\s*min)",
    _I,
)
# A reading-time label: "5 min read", "Lesezeit: 3 Min.", "Temps de lecture : 4 min".
READING_TIME: Final = re.compile(
    r"^(?:(?:estimated )?read(?:ing)? time|lesezeit|lesedauer|temps de lecture|durée de lecture|tiempo de lectura|"
    r"tempo di lettura|tempo de leitura|leestijd|czas czytania|время (?:на )?чтения)"
    r"\s*[:：]?\s*(?:ca\.\s*|about |environ |circa )?"
    r"\d{1,3}\s*(?:min\w*|мин\w*)\.?$|"
    r"^(?:ca\.\s*)?\d{1,3}[\s-]*(?:min(?:ute)?s?|mins?\.?|minuten|минут\w*)\.?\s+"
    r"(?:read|reading|lesezeit|lesen|de lecture|di lettura|de lectura|чтения)$",
    _I,
)
# A media player's clock: "00:00 / 04:12".
PLAYER_CLOCK: Final = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$")
# A page's own navigation labels, which only the head of a scraped page holds as lines of their own.
HEAD_LABEL: Final = re.compile(
    r"^(?:menu|main menu|search|sections|navigation|site navigation|home|menü|suche|rubriques|меню|поиск|"
    r"hauptmenü|menu principal|menú principal|breadcrumbs?|on this page|contents|inhalt|sommaire|содержание|"
    r"menú|menù|sezioni|secciones|secções|secties|rubrieken|działy|menu principale)$",
    _I,
)
# Menus and breadcrumbs: "Home | News | Sport", "Home / News / Politics".
MENU_MARKS: Final = "|/•·>»›→"
MENU_SEPARATOR: Final = re.compile(rf"\s[{MENU_MARKS}]\s")
# The first item of a breadcrumb: "Главная → Новости Екатеринбурга", "Home › News".
HOME_ITEM: Final = re.compile(r"^(?:home|home ?page|startseite|accueil|inicio|portada|главная)$", _I)
# Words a sharing bar is made of: "Facebook Twitter WhatsApp Email".
SOCIAL_WORDS: Final = frozenset(
    "facebook twitter x whatsapp telegram linkedin reddit pinterest instagram tiktok messenger email e-mail "
    "print share copy link sms flipboard bluesky threads mastodon vk ok ok.ru tg вконтакте одноклассники вк дзен "
    "max".split()
)
# Consent banners speak to the reader; prose about cookies does not ("Users who accept all cookies
# will see personalised adverts, the regulator warned": a button's words open a line, not a clause).
COOKIE_NOTICE: Final = re.compile(
    r"\b(?:we|this (?:site|website)|our (?:site|website|partners))\b.{0,80}"
    r"\b(?:use[sd]?|using|store[sd]?|storing|set|sets|place[sd]?|collect\w*|access\w*|serve[sd]?)\b.{0,50}\bcookies?\b|"
    r"\bcookies? (?:verwenden|nutzen|einsetzen|setzen)\b|\butilis\w* des cookies\b|"
    r"\b(?:our|the) use of cookies\b|"
    r"\b(?:configuration|gestion|paramètres|préférences|réglages) des cookies\b|"
    r"\buses? cookies\b.{0,120}\b(?:you|your|by continuing|agree|learn more)\b|"
    r"\b(?:мы|сайт)\b.{0,60}\b(?:cookie|куки)|\bиспольз\w+ (?:файлы )?(?:cookie|куки)|"
    r"\b(?:utilizamos|usamos|utiliza|usa|utilizziamo|usiamo|utilizza|gebruiken|gebruikt|używamy|wykorzystujemy|"
    r"używa|використову\w+|utilizamos) (?:las |i |(?:plików |файли ))?cookies?\b|"
    r"\bcookies?\b.{0,120}\b(?:you (?:agree|accept|consent)|your (?:consent|preferences|choices))\b|"
    r"\byou agree to the (?:storing|use|placement) of cookies\b|"
    r"^(?:please )?(?:accept|reject|manage|allow)(?: all)? cookies\b|"
    r"^(?:acepta|accepte[zr]?|accetta|akzeptieren sie|принимайте) (?:las |les |i |die )?cookies?\b|"
    r"\byou(?:'ve|’ve| have) (?:accepted|rejected|declined) (?:\w+ )?cookies\b|"
    r"\byou can change your cookie settings\b|"
    r"\b(?:diese|unsere) (?:website|webseite|seite|internetseite) (?:verwendet|nutzt|benutzt|setzt) (?:\w+ )?cookies\b|"
    r"\bce site (?:utilise|emploie) (?:des )?cookies\b|\beste (?:sitio|portal)(?: web)? (?:utiliza|usa) cookies\b|"
    r"\bquesto sito (?:utilizza|usa) (?:i )?cookie|"
    r"\b(?:wir (?:verwenden|nutzen|setzen|benutzen)|nous utilisons|usamos|utilizamos|utilizziamo)"
    r" (?:[\w-]+ ){0,2}cookies\b|"
    r"\bthis (?:site|website)\b.{0,60}\bcookies?\b|"
    r"\byou (?:agree|consent) to (?:(?:the|our) )?(?:use of )?cookies\b|\bcookies (?:help|allow|let|enable) us\b|"
    r"^(?:strictly necessary|necessary|essential|functional|performance|analytics|preference|statistics?)"
    r"(?: and (?:\w+))? cookies (?:help us|allow us|let us|enable (?:core|basic)|remember your|"
    r"are (?:necessary|required|needed) for (?:the|this|our) (?:site|website))\b|"
    r"^(?:(?:only|strictly) )?(?:necessary|essential|functional|required|analytics?|marketing|performance) cookies"
    r"(?: only)?$",
    _I,
)
# The names of a site's cookie pages and buttons, as a short line ("Manage cookie preferences", "Read
# our cookie policy"): a sentence about "cookie consent banners" is prose.
COOKIE_LABEL: Final = re.compile(r"\bcookies? (?:settings|preferences|policy|notice|consent)\b", _I)
# Every cookie notice names cookies: a line without the word is not tried against COOKIE_NOTICE.
COOKIE_WORD: Final = re.compile("cookie|куки", _I)
# A question word opening a line: a heading's ("How to manage your cookie settings")
ASKING: Final = re.compile(
    r"(?:how|why|what|when|where|wie|warum|pourquoi|comment|почему|как|cómo|por qué|perché|come)\b", _I
)
# Consent banners' privacy choices that need not name cookies: phrases no article uses...
CONSENT_PHRASES: Final = (
    r"do not sell (?:or share )?my",
    r"change your (?:choices|preferences|consent|settings) at any time",
    r"legitimate business interests?",
    r"without asking for (?:your )?consent",
    r"object to this data processing",
    # "we and our partners" only of data, in the same sentence: "We and our partners will respond" is prose
    r"we and our (?:\d+ )?(?:partners|vendors)(?=[^.!?]{0,80}\b(?:store|process|use|access|collect|share|"
    r"data|cookies?|information|personal|devices?|consent|advertising|ads)\b)",
    r"alle (?:akzeptieren|ablehnen)",
    r"tout (?:accepter|refuser)",
    r"accepter et fermer",
    # the purposes of the IAB's Transparency and Consent Framework, which consent dialogs name as written
    r"store and/or access information on a device",
    r"ad and content measurement",
    r"use precise geolocation data",
    r"actively scan device characteristics",
    r"personali[sz]ed advertising and content",
    r"advertising and content measurement",
    r"audience research and services? development",
    r"object to legitimate interests?",
    r"wir und unsere (?:\d+ )?partner(?=[^.!?]{0,80}(?:speicher|verarbeit|daten|cookie|informationen|gerät|"
    r"einwilligung|werbung))",
    r"nous et nos (?:\d+ )?partenaires(?=[^.!?]{0,80}(?:stock|trait|donn[ée]es|cookie|informations|appareil|"
    r"consentement|publicit))",
    r"nosotros y nuestros (?:\d+ )?socios(?=[^.!?]{0,80}(?:almacen|trat|datos|cookie|información|dispositivo|"
    r"consentimiento|publicidad))",
    r"noi e i nostri (?:\d+ )?(?:partner|fornitori)(?=[^.!?]{0,80}(?:archivi|tratt|dati|cookie|informazioni|"
    r"dispositivo|consenso|pubblicità))",
    r"мы и наши (?:\d+ )?партн[её]ры(?=[^.!?]{0,80}(?:храни|обрабат|данны|cookie|куки|информаци|устройств|"
    r"соглас|реклам))",
    r"speichern und/oder (?:greifen auf informationen|auf informationen)",
    r"informationen auf einem gerät speichern und/oder",
    r"stocker et/ou accéder à des informations",
    r"almacenar (?:o|y/o) acceder a (?:la )?información",
    r"archiviare e/o accedere a informazioni",
    r"asks for your consent to use your personal data",
    r"view legitimate interests?",
    r"vos choix concernant (?:vos données|la confidentialité|les cookies)",
    # a sign-up form's privacy notice, however long: "Newsletters may contain info about charities, ..."
    r"newsletters? may contain (?:info|information) about charities",
    # a site's analytics notice, and consent to show another platform's content
    r"сайт\s(?:[\w-]+\s){0,3}использу\w+ (?:[\w-]+ ){0,3}(?:яндекс\.?\s?метрик\w+|google analytics|веб-аналитик\w+)",
    r"мы\s(?:[\w-]+\s){0,3}использу\w+ (?:[\w-]+ ){0,3}(?:яндекс\.?\s?метрик\w+|google analytics|веб-аналитик\w+)",
    r"externe inhalte angezeigt werden",
    r"an drittplattformen übermittelt",
    r"in unserer datenschutzerklärung",
    r"dans notre politique de confidentialité",
    r"in our privacy (?:policy|notice)",
    r"в нашей политике конфиденциальности",
    # pay or consent: "Mit Werbung lesen oder werbefrei im Abo"
    r"mit werbung (?:und tracking )?(?:lesen|weiterlesen)",
    r"werbefrei (?:lesen )?(?:im|mit dem|mit) [\w-]*abo",
    r"lire (?:avec (?:de la )?publicité|sans publicité) ou",
    r"per visualizzare (?:questo|il) contenuto",
    r"para (?:ver|visualizar) este (?:contenido|conteúdo)",
    r"om deze (?:inhoud|content|video|embed) te (?:bekijken|zien|tonen)",
    r"aby (?:zobaczyć|wyświetlić) (?:tę|te|ten) treś\w+",
    r"plataforma externa e requer",
    r"requer o seu consentimento",
    r"geen toestemming (?:hebt |heeft )?gegeven voor (?:de )?cookies",
    r"szanujemy (?:twoją|państwa) prywatność",
    r"respetamos tu privacidad",
    r"rispettiamo la tua privacy",
    r"respeitamos a sua privacidade",
    r"wij respecteren (?:je|uw) privacy",
    r"we respecteren (?:je|uw) privacy",
    r"z naszymi partnerami przetwarzamy",
    r"our (?:cookie |privacy )?policy and your choices",
    r"check the (?:check)?box to (?:indicate|confirm|give) your consent",
)
CONSENT: Final = re.compile(rf"\b(?:{by_first_letter(CONSENT_PHRASES)})\b", _I)
# The names of a site's consent and privacy pages, which a news sentence may use too ("Die
# Verbraucherzentrale rät Nutzern, ihre Datenschutzeinstellungen ... zu überprüfen."): a label,
# or a line to the reader (READER_OR_US), in furniture.py.
CONSENT_PAGES: Final = re.compile(
    r"\bcookie-?(?:einstellungen|richtlinie|hinweis)\b|\bdatenschutz-?einstellungen\b|\bparamètres des cookies\b|"
    r"\bprivacy cent(?:er|re)\b|\blimit the use of my sensitive personal information\b|"
    r"\bфайл\w* cookie\b|\bcookie-?instellingen\b|\bdefinições de cookies\b|\bconfiguración de (?:las )?cookies\b|"
    r"\bimpostazioni (?:dei )?cookie\b|\bustawienia (?:plików )?cookies?\b|\bpreferências de cookies\b",
    _I,
)
# ... and the banner's buttons and links, which prose may name in a sentence: furniture.py takes
# them only in a short line that does not end like one ("Accept all", "Your privacy choices").
CONSENT_CONTROL: Final = re.compile(
    r"^(?:accept|reject|refuse|allow|deny|decline)(?: all)?(?: cookies)?(?: and (?:close|continue))?$|"
    r"^(?:akzeptieren|ablehnen|zustimmen|accepter|refuser|aceptar|rechazar|accetta|rifiuta|accepteren|weigeren|"
    r"akceptuj[ęe]|принять|отклонить|прийняти)(?: (?:alle|tout|todas?|todo|tutti|tutto|вс[её]|cookies?))?$|"
    r"^(?:nur|uniquement|solo|только) (?:les |las )?(?:notwendige|erforderliche|essenzielle|nécessaires|necesarias|"
    r"necessari|необходимые)(?: cookies?)?$|^(?:uniquement les |solo )?cookies? (?:nécessaires|necesarias|necessari)$|"
    r"^(?:(?:necessary|essential) (?:cookies )?only|only (?:necessary|essential)(?: cookies)?|"
    r"(?:ca |california )?notice at collection)$|"
    r"^(?:strictly necessary|view (?:all )?vendors|vendors? list|list of (?:iab )?(?:partners|vendors)"
    r"(?: \((?:partners|vendors)\))?|personali[sz]ed ads and content)$|"
    r"^настройки (?:файлов )?cookie$|"
    r"\bprivacy (?:settings|choices|preferences|options|cent(?:er|re)|manager)$|"
    r"^(?:privacy|cookie) (?:policy|notice|statement)$|^(?:политика конфиденциальности|datenschutzerklärung|"
    r"politique de confidentialité|política de privacidad|informativa sulla privacy)$|"
    r"^(?:yes,? )?i['’]?m happy(?: with that)?$|"
    r"^(?:gestionar (?:opciones|preferencias|cookies)|(?:optionen|einstellungen) verwalten|gérer les options|"
    r"gestisci (?:opzioni|preferenze)|управлять (?:настройками|параметрами))$|"
    r"^terms (?:of (?:use|service)|and conditions)$|"
    r"^we (?:value|respect|care about) your (?:privacy|data)$|"
    r"^(?:strictly necessary|necessary|essential|functional|functionality|performance|analytics?|analytical|"
    r"statistics?|marketing|advertising|targeting|preferences?|personali[sz]ation|social media) cookies$|"
    r"^your privacy (?:matters|is important)(?: to us)?$|"
    r"^(?:einverstanden|j'accepte|d'accord|acepto|de acuerdo|accetto|согласен|согласна)!?$|"
    r"^(?:(?:use|allow|accept) )?(?:only )?(?:strictly )?(?:necessary|essential|required) cookies(?: only)?$|"
    r"^allow (?:selection|all cookies)$|"
    r"\balways active$|^(?:zustimmen|akzeptieren) und weiter$|^accepter et continuer$|^aceptar y continuar$|"
    r"^accetta e continua$|^принять и продолжить$|"
    r"^(?:i (?:accept|agree)|ok,? (?:got it|i understand)|got it|i understand|"
    r"(?:accept|agree|disagree) and (?:continue|close|proceed)|i (?:refuse|decline|reject)(?: (?:all )?cookies)?)!?$|"
    r"^(?:accept|reject) additional cookies$|^cookies on (?:the )?(?-i:[A-Z])[\w.-]*(?: [\w.-]+){0,2}$|"
    r"^privacy preference cent(?:er|re)$|"
    r"^(?:privacy )?collection statement$|^privacy (?:&|and) (?:cookie )?polic(?:y|ies)$|"
    r"^(?:политика|положение) (?:в отношении |об )?обработк\w+ персональных данных$|"
    r"^согласие на обработку персональных данных$|^пользовательское соглашение$|^політика конфіденційності$|"
    r"^згода на обробку персональних даних$|"
    r"^(?:отказаться|погоджуюсь|погоджуюся|приймаю|відхилити|прийняти все)!?$|"
    r"^externe[rn]? inhalte?$|^(?:externe[rn]? )?inhalte? (?:aktivieren|laden|anzeigen|zulassen)$|"
    r"^[\w-]+-(?:inhalte?|post|video|tweet|karte|grafik|beitrag) (?:anzeigen|laden|aktivieren)$|"
    r"^(?:contenu externe|afficher le contenu|charger le contenu)$|"
    r"^vos (?:données(?: personnelles)?|choix),? vos (?:choix|données)$|^your (?:data|privacy),? your choices?$|"
    # the purposes of the IAB's framework, as a dialog lists them: "Create profiles for personalised advertising"
    r"^(?:create (?:profiles|a personali[sz]ed (?:ads|content) profile) (?:for|to) (?:personali[sz]ed? )?"
    r"(?:advertising|content|ads)|use (?:limited data|profiles) to select (?:personali[sz]ed )?(?:advertising|content)|"
    r"select (?:basic|personali[sz]ed) (?:ads|content)|measure (?:advertising|content|ad) performance|"
    r"develop and improve (?:services|products))$|"
    r"^(?:continue|continuer|continua|continuar|weiter|продолжить) (?:without|sans|senza|sin|ohne|без) "
    r"(?:accepting|agreeing|consenting|accepter|accettare|aceptar|zu(?:zu)?stimmen|zustimmung|einwilligung|"
    r"согласия)\s*[!→›»>]*$|"
    r"^(?:manage|change|update) (?:consent|preferences|cookies|my choices|options|settings|privacy)\b|"
    r"\bconsent (?:settings|preferences|manager|options)$|\bgérer (?:mes|les) (?:choix|préférences|cookies)\b",
    _I,
)
# Captions and picture credits: "Image source, Getty Images", "Photo: Reuters".
CREDIT: Final = re.compile(
    r"^\(?(?:(?:image|photo(?:graph)?|picture|pic|graphic|illustration)s?|video|vidéo|vídeo|видео|audio|аудио|"
    r"podcast|media|footage)"
    # a bare comma after the media word only before a capital or a number: "Podcast, un mercato in
    # crescita" is a heading
    r"(?:\s+(?:source|caption|credit|copyright|by)\s*[:,|/]|\s*[:|/]|\s*,\s*(?-i:[A-Z0-9]))|"
    r"^\(?(?:photo|image|picture)s? by [^()]{1,80}/[^()]{1,80}\)?$|"  # "(Photo by Jane Doe/AFP via Getty Images)"
    # an agency's or a body's photo and its photographer: "UN Photo/Eskinder Debebe" ("The photo/video ban" is prose)
    r"^(?-i:[A-Z][\w.&-]*)(?: (?-i:[A-Z][\w.&-]*))? photo\s?/\s?(?-i:[A-Z])[^.!?/]{0,40}$|"
    r"^(?:photo |image |picture )?credits?\s*(?::|\.\.\.|…)|^(?:коллаж|инфографика|скриншот|collage|screenshot)\s*:|"
    r"^\(?(?:bildrechte|bildquelle|foto|bild|фото|источник фото)\s*:|"
    r"^\(?crédits? (?:photos?|images?)\s*:|^\(?(?:fotograf[íi]a|imagen|immagine|фотография|afbeelding|zdjęcie)\s*:|"
    r"^(?:photo|image) d['’]illustration\b|^(?:symbolbild|symbolfoto|archivbild|archivfoto|illustrationsbild)\b|"
    r"^(?:foto|imagen) de archivo\b|^foto d['’]archivio\b|^(?:иллюстративное фото|фото из открытых источников)|"
    r"^(?:bildunterschrift|légende|подпись к фото)\s*:|"
    r"^(?:hide|show|toggle) caption$|"
    r"^(?:getty images|reuters|afp|ap photo|pa media|pa wire|epa|shutterstock|alamy)(?:\s*/.*)?$|"
    r"^\((?:getty images|reuters|afp|ap|pa|epa|ap photo|shutterstock|alamy|istock)[^()]{0,60}\)$|"
    r"^(?:photo |image |picture )?courtesy(?: of)? [^.,;:!?]{1,60}$|"
    r"^(?:illustration|photo(?:graph)?|image|picture|video)s? by [^.,;!?]{1,60}$|"
    r"^(?:file|stock|handout) (?:photo|picture|image)\b|^(?:supplied|handout)$|^image (?:caption|copyright)\b",
    _I,
)
# A caption that ends with its picture's credit, a name or an agency after "Photo:" and nothing
# after it: "... Photograph: Fadel Senna/AFP/Getty Images", "... Foto: Annette Riedl / picture
# alliance", "... (Photo Lionel Bonaventure. AFP)". A credit is capitalised ("the photo: a man
# alone" is prose; only the word for a photo ignores case); a caption may be a few sentences long.
CAPTION_CREDIT: Final = re.compile(
    r"\b(?i:photograph|photo|foto|фото|bild|crédit photo)\s*:\s*[A-ZА-ЯЁ][\w'’.-]*(?: [\w'’.&-]+){0,4}"
    r"(?:\s*/\s*[\w'’.& -]{1,40}){0,3}$|"
    r"\((?i:photo|foto|фото|bild)\s+[A-ZА-ЯЁ][^()]{1,60}\)$|"
    # a credit in capitals after the caption: "... le 12 juillet 2023. JANE DOE / AFP"
    r"[.)]\s[A-ZÀ-ÝА-ЯЁ]{2,}(?:[ -][A-ZÀ-ÝА-ЯЁ]{2,}){1,3}\s?/\s?[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?$"
)
# Tracker and template leftovers: "source site-34", "utm_source=rss", a bare URL.
TRACKER: Final = re.compile(
    r"^(?:[a-z]+[ _:=/.#-]+){0,3}[a-z]*[_:=#-]?\d{1,12}$|^(?:https?://|www\.)\S+$|[?&]utm_\w+=|"
    r"^[a-z]+_[a-z_]+(?:=\S*)?$|^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$"
)
# A tracker-shaped line that prose also writes: a bare number ("2022", "12") or plain words and a
# number ("page 2", "round 2"), with no machine mark (no "site-34", "sid=", "_", "id"). Such a line
# is furniture only where its position says so (see furniture.py), never on its own.
PLAIN_NUMBER: Final = re.compile(r"^(?:(?!id\b)[a-z]+ +){0,3}\d{1,12}$")
# A line with no letters or digits at all: "-", "***", "• • •" (but not a stray full stop).
SEPARATOR_ONLY: Final = re.compile(r"^(?![.!?…\"”’)\s]+$)(?:[^\w]|_){1,20}$")
# "Drama - Featherboy", "Best actor: Jamie Foxx": a labelled list item (results, awards), not a headline.
LABELLED_ITEM: Final = re.compile(r"^[^-–—:|]{1,40}?\s(?:[-–—]|:)\s+\S|^[^:]{1,40}:\s+\S")
# Separators that mark each item of a list of links, at the end or the start of the line.
EDGE_SEPARATOR: Final = re.compile(r"\s(?P<end>[-–—|•·»›/])$|^(?P<start>[•·»›|])\s")
# How a sentence or clause ends, looking through closing quotes: 'that right."' ends like one.
SENTENCE_END: Final = re.compile(r"[.;:,][\"”’')]*$")
PROSE_END: Final = re.compile(r"[.!?…][\"”’')]*$")
WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
TOKEN: Final = re.compile(r"\w+")  # how title repeats are compared: words and numbers, no punctuation

# Words too common to show that a headline is about the article.
COMMON_WORDS: Final = frozenset(
    "that this with from have been were will would could should their there they them than then what when "
    "where which while about after before over into more most also just said says year years first last "
    "time make made back says like your into only other some such very much many being does doesn".split()
)

# An advertisement's label closing a line, which German law and publishers' codes require
# ("investify: Der Langzeit-Rendite-Testsieger (Anzeige)"): the line is the advert's teaser.
AD_LABEL_TAIL: Final = re.compile(
    r"[(\[](?:Anzeige|Werbung|Advertisement|Advertorial|Sponsored|Publicité|Publireportage|Pubblicità|"
    r"Publicidad|Реклама|Реклама|Партнёрский материал|Спецпроект)[)\]]$",
    _I,
)
# An ad blocker named to the reader: "Je gebruikt een adblocker ...", "Please disable your ad
# blocker", "Sie haben einen Werbeblocker aktiviert".
AD_BLOCKER: Final = re.compile(
    r"\b(?:ad[- ]?block(?:er\w*|ing)|werbeblocker\w*|bloqueur\w* de pub\w*|блокировщик\w* рекламы)", _I
)
READER: Final = re.compile(
    r"\b(?:you|your|je|jouw|uw|Sie|Ihr\w*|du|dein\w*|vous|votre|tu|tus?|su|usted|вы|ваш\w*|voi|tuo)\b", _I
)
# The site speaking of itself ("we", "our", "us"), in the languages of READER_OR_US.
_SITE_WORDS = r"\b(?:[Ww]e|[Oo]urs?|us)\b|\b(?i:wir|uns|unser\w*|notre|nos|nous|nuestr\w+|nostr\w+|мы|нас|наш\w*)\b"
SITE_VOICE: Final = re.compile(_SITE_WORDS)
# The reader or the site addressed in a line about the page (page_words.names_the_page): "you",
# "your", "we", "our" in the languages of the rules; "us" only in small letters (not "US"), and
# German's "Sie" and "Ihr" only capitalised ("sie" is "she" or "they").
READER_OR_US: Final = re.compile(
    r"\b(?:[Yy]ou|[Yy]ours?)\b|\b(?:Sie|Ihr|Ihre[mnrs]?)\b|"
    r"\b(?i:dein\w*|vous|votre|vos|usted|ustedes|vuestr\w+|voi|vostr\w+|tuo|tua|вы|вас|ваш\w*)\b|" + _SITE_WORDS
)
# A newsletter prompt in sentences: an inbox or a newsletter offered to the reader ("Want more
# ... in your inbox? Subscribe to ...'s weekly newsletter", "Receive the latest news ... to your
# inbox", "Suscríbete al newsletter de ...").
NEWSLETTER_OFFER: Final = re.compile(
    r"\b(?:inbox|newsletter\w*|Posteingang|boîte (?:mail|de réception)|рассылк\w*|"
    r"(?:one|an?|daily|weekly) (?:[\w-]+ ){0,2}e-?mail|"
    r"delivered (?:to you )?(?:at \d{1,2} ?[ap]\.?m\.? )?every (?:weekday|morning|day|week|evening)|"
    r"every weekday (?:morning|evening)|mailing list|(?<=\w )mail(?=\.?$))\b",
    _I,
)
NEWSLETTER_VERB: Final = re.compile(
    r"(?:^|[.!?—–]\s+)(?:subscribe|sign up|receive|get|suscr[ií]bete|recibe|abonnez-vous|inscrivez-vous|"
    r"recevez|abonnieren Sie|melden Sie sich|erhalten Sie|iscriviti|ricevi|подпишитесь|подписывайтесь|"
    r"получайте)\b",
    _I,
)

# The site offering the reader one of its own services: "our" (or a language's word for it)
# before a newsletter, an app, its cookies or its privacy notice, in a line that also speaks to
# the reader ("Sign up for our newsletter. We won't share your email address.", "Votre e-mail
# ... pour recevoir notre newsletter"). An article says "our" only inside a quotation.
SITE_SERVICE: Final = re.compile(
    r"\b(?:o(?:ur)|u(?:nser\w*)|n(?:otre|os|uestr[oa]s?|ostr[oaie])|н(?:аш\w*))\s(?:[\w-]+\s){0,2}"
    r"(?:newsletters?|inbox|cookies?|privacy (?:policy|notice|statement)|subscriptions?|notifications|"
    r"postfach|datenschutzerklärung|push-\w+|lettre|boîte|bolet[íi]n|politique de confidentialité|"
    r"рассылк\w+)\b",
    _I,
)
# A button's words run on after a notice ("... pour recevoir notre newsletter. En savoir plus.",
# "Licence needed for work use Learn More"): capitalised, after a sentence or straight after a
# word, and closing the line. Prose ends "... to find out more." in lower case. Looked for in
# the line's last BUTTON_TAIL_SPAN characters only.
BUTTON_TAIL: Final = re.compile(
    r"(?:^|[.!?:]\s+|[^\W\d_]\s)(?:Learn [Mm]ore|Find [Oo]ut [Mm]ore|Read [Mm]ore|En savoir plus|Mehr erfahren|"
    r"Mehr Informationen|Подробнее|Más información|Saber más|Scopri di più|Leggi di più|Lees meer|"
    r"Dowiedz się więcej)\s*[.!›»→]?$|"
    # an action's button after a sentence only: "The Electoral Register" is a heading
    r"[.!?]\s+(?:Remove [Aa]ds|Subscribe(?: [Nn]ow)?|Sign [Uu]p(?: [Nn]ow)?|Sign [Ii]n|Log [Ii]n|Register(?: [Nn]ow)?|"
    r"Jetzt unterstützen|Unterstützen|Soutenir|Nous soutenir|Поддержать|Підтримати|Donate(?: [Nn]ow)?|Faire un don|"
    r"Jetzt spenden)"
    r"\s*[.!›»→]?$|"
    r"\s[—–-]\s(?:S'inscrire|Je m'inscris|Subscribe|Sign [Uu]p|Abonnieren|Anmelden|Suscr[íi]bete|Suscribirse|"
    r"Iscriviti|Подписаться|(?i:jetzt (?:kostenlos |gratis )?(?:abonnieren|anmelden|registrieren|testen)))\s*[.!›»→]?$"
)
BUTTON_TAIL_SPAN: Final = 32
# An affiliate-link disclosure: the site (or its owner) may earn a commission on what the reader
# buys. "Influencers earn a commission when followers buy" has neither "may" nor "we".
COMMISSION: Final = re.compile(
    r"\b(?:we|may) (?:[\w-]+ ){0,2}earn (?:an? )?(?:small |affiliate )?commission\b|"
    r"\bwir (?:erhalten|bekommen) (?:[\w-]+ ){0,6}(?:eine )?(?:kleine )?provision\b|"
    r"\berhält (?:die redaktion|der verlag|[\w-]+) (?:[\w-]+ ){0,3}(?:eine )?provision\b|"
    r"\bnous (?:percevons|touchons|recevons) (?:[\w-]+ ){0,3}commission\b|"
    r"\b(?:riceviamo|percepiamo) (?:[\w-]+ ){0,3}commission[ei]\b|"
    r"\b(?:recibimos|obtenemos) (?:[\w-]+ ){0,3}comisi[óo]n\b",
    _I,
)
# Searching the site itself: "Search the BBC", "Suche in MDR.DE", "Rechercher sur le site".
SITE_SEARCH: Final = re.compile(
    r"^(?:search|suche|suchen|rechercher|recherche|buscar|busca|cerca|cercare|zoeken|szukaj|поиск|искать|пошук)"
    r"(?: (?:the|this|our|in|on|auf|der|dans|sur|le|en|el|nel|sul|op|na|по|в))*"
    r" (?:[A-ZА-Я]{2,6}|[\w-]+\.[a-z]{2,3}|site|website|seite|webseite|sitio|sito|сайт\w*|archive|archiv|archives|"
    r"архив\w*)$",
    _I,
)
# A prompt to log in, join or follow, opening the line: "Connectez-vous à votre compte ... pour
# participer à la conversation", "Log in to comment", "Rejoignez-nous".
LOGIN_PROMPT: Final = re.compile(
    r"^(?:(?:log|sign) ?in to|connectez-vous|identifiez-vous|melden sie sich an|loggen sie sich ein|"
    r"inicia sesión|accedi|войдите|авторизуйтесь|зарегистрируйтесь)\b",
    _I,
)
JOIN_US: Final = re.compile(
    r"^(?:join us|rejoignez-nous|suivez-nous|folgen sie uns|folge uns|síguenos|únete|seguici|"
    r"присоединяйтесь(?: к нам)?|следите за нами|volg ons)\s*[!.:]?$",
    _I,
)
# A media item's notice that it cannot be played: "Ce replay n'est plus disponible", "This video
# is no longer available", "Dieses Video ist nicht mehr verfügbar".
MEDIA_GONE: Final = re.compile(
    r"^(?:this|ce|cette|dieses?|este|esta|questo|questa|il|el|это|этот|данное|dit|deze)\s"
    r"(?:video|vidéo|vídeo|replay|audio|podcast|episode|épisode|episodio|content|contenu|contenido|contenuto|"
    r"inhalt|beitrag|sendung|emission|émission|видео|аудио|материал|выпуск)\s"
    r"(?:is|n'est|n’est|ist|es|está|non è|не|недоступ\w*|больше|is niet)\b.{0,40}"
    r"(?:available|disponible|verfügbar|abrufbar|disponibile|доступ\w*|beschikbaar)\.?$",
    _I,
)
# The token Russian law has required on every advert since 2022 ("Реклама. ООО «Альфа», erid:
# 2VtzqvXyZ1a"): an advert's marking, whatever quotes the advertiser's name has.
AD_MARKING: Final = re.compile(r"\berid:? ?[0-9A-Za-z]{8,}\b")
# ... and the advertiser's tax number after the label: "Реклама. ООО «Альфа», ИНН 7701234567".
AD_TAX_NUMBER: Final = re.compile(r"(?i:реклам)\w*\.?\s.{0,80}\bИНН:? ?\d{10}(?:\d{2})?\b")
# A related post's category under its link, in quotes (WordPress's related posts): 'In "Politics"'.
RELATED_CATEGORY: Final = re.compile(
    r'^(?:in|en|dans|nella categoria|in der kategorie) ["“„«][^"“”„«»]{1,30}["”“»]$', _I
)
# An advertising disclosure: "Материалы с маркировкой «Реклама» публикуются на правах рекламы."
AD_DISCLOSURE: Final = "на правах реклам"
# The site's app offered to download: "Скачайте приложение, чтобы слушать «Эхо»".
GET_THE_APP: Final = re.compile(
    r"^(?:download|get|скачайте|скачать|установите|laden sie|hol dir|holen sie sich|téléchargez|descarga|descargá|"
    r"scarica)\s(?:(?:the|our|free|unsere?|die|notre|l['’]|la|nuestra|la nostra|наше|бесплатное)\s?){0,2}"
    r"(?:(?-i:[A-Z])[\w.&'’-]*\s){0,3}(?:app|apps|application|appli|aplicación|приложение|applicazione)\b",
    _I,
)
# A press-release wire's line naming who sent it, in capitals: "SOURCE Northwind Foods" (PR Newswire).
WIRE_SOURCE: Final = re.compile(r"^SOURCE\s+[A-Z0-9]\S*(?:\s+\S+){0,5}$")
# A link's marker before its label, after it or between a label and a headline: "» Liveticker: ...", "Go to
# Home Page »", "Te puede interesar » <headline>" (not a quotation mark).
LINK_MARKER: Final = re.compile(r"^[»›→▶►]\s+|\s+[»›→>]+$|(?<=\w)\s[»›]\s(?=\w)")
# Where more is told, with the title quoted: "Подробнее читайте в материале «...»".
MORE_IN: Final = re.compile(
    r"^(?:подробнее|детальніше|докладніше)\b[^.!?]{0,60}\b(?:в|на|у) (?:нашем|нашей|нашому|материале|статье|сюжете|"
    r"матеріалі|статті)\b",
    _I,
)
# The site's channel on a messenger or platform offered to the reader, with an imperative ("Читайте
# ... в Дзене", "Підписуйтесь на наш Telegram-канал", "Rejoignez notre chaîne WhatsApp") or as a
# button after the name ("... во «ВКонтакте» — подписаться"); quoted names are the site's.
_CHANNELS = (
    r"дзен\w*|telegram\w*|телеграм\w*|(?-i:MAX)|вконтакте|vk|вк|одноклассник\w*|youtube|whatsapp\w*|viber|instagram|"
    r"tiktok|rutube"
)
# ... which name one of these (case-folded; "MAX" only in capitals, furniture.py): a cheap first test.
CHANNEL_NAMES: Final = (
    "дзен",
    "telegram",
    "телеграм",
    "вконтакте",
    "vk",
    "вк",
    "одноклассник",
    "youtube",
    "whatsapp",
    "viber",
    "instagram",
    "tiktok",
    "rutube",
    "threads",
    "bluesky",
)
CHANNEL_PROMPT: Final = re.compile(
    r"(?:^|\s[—–]\s)(?:получайте|читайте|"
    r"подписывайтесь|подпишитесь|следите за (?:нами|новостями)|присоединяйтесь|підписуйтесь|підпишіться|"
    r"стежте|слідкуйте|приєднуйтесь|follow us|join us|join our|subscribe to our|folgen sie uns|"
    r"abonnieren sie unser\w*|rejoignez(?:-nous| notre| nos)|suivez-nous|abonnez-vous à (?:notre|nos)|"
    r"únete|sumate|súmate|síguenos|seguinos|recib[íie]|unisciti|seguici|segui|ricevi|entre|siga|junte-se|"
    r"acompanhe|receba|volg|word lid|obserwuj|dołącz|śledź)\b"
    rf"[^.!?]{{0,60}}?(?<!\w)[«\"„“]?(?:{_CHANNELS})\b|"
    rf"\s[—–]\s+в нашем (?:{_CHANNELS})[- ]?канале\.?$|"
    rf"\b(?:в|во|on|auf|sur)\s+[«\"„“]?(?:{_CHANNELS})[»\"“”]?\s*[—–-]\s*(?:подписаться|підписатися|subscribe|"
    r"abonnieren|s['’]abonner)\s*[.!]?$",
    _I,
)
# ... and as a label or an offer, never a sentence (furniture.py): "... jetzt auch auf WhatsApp: ...",
# "WhatsApp-Kanal".
CHANNEL_OFFER: Final = re.compile(
    r"\bjetzt (?:auch )?(?:auf|bei) (?:whatsapp|telegram|instagram|tiktok|threads|bluesky)\b|"
    r"^(?:unser(?:en)? |notre |our |наш )?(?:whatsapp|telegram)[- ](?:kanal|channel|chaîne|канал\w*)$",
    _I,
)
# A list of the latest headlines with their times: "09:41 ... · 09:30 ... · 09:12 ...", each
# item of three words or more (a day's schedule lists shorter items).
TIMED_LIST: Final = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s+[^\s·|•]+(?:\s+[^\s·|•]+){2,}\s+[·|•]\s+){2,}\d{1,2}[:.]\d{2}\s+[^\s·|•]+(?:\s+[^\s·|•]+){2,}$"
)
# A publisher's subscription label alone: "FAZ Plus", "STERN+", "BILDplus-Inhalt".
PREMIUM_LABEL: Final = re.compile(r"^[A-ZÄÖÜ]{2,8}(?:\s?(?i:plus)|\+)(?:-(?i:inhalt|artikel))?$")
# A newsletter named and pitched: "Der Morgen-Newsletter: Die Nachrichten des Tages kompakt".
NAMED_NEWSLETTER: Final = re.compile(
    r"^(?:der |die |das |le |la |the )?(?:[\w.+-]+ ){0,3}?[\w.+]+(?:-| )newsletter"
    r"(?:\s*[„\"«“][^\"“”„«»]{1,40}[“”\"»])?\s*(?::|\||\s[–—-]\s)\s*(?P<pitch>\S.*)$",
    _I,
)
NEWSLETTER_PITCH: Final = re.compile(
    r"\b(?:jeden|jede|täglich|wöchentlich|morgens|abends|kompakt|wichtigst\w*|chaque|tous les|quotidien\w*|"
    r"hebdomadaire|l['’]essentiel|every|daily|weekly|each|best of|каждый|каждую|ежедневн\w*|главное|"
    r"самое важное|kostenlos|gratuit\w*|free|бесплатно)\b|\b(?:per|par|by) e-?mail\b",
    _I,
)
# A sponsor's line before its logo: "<Series> is supported by", "Presented by" at the line's end.
SPONSOR_TAIL: Final = re.compile(r"\b(?:is |are )?(?:supported|funded|sponsored|presented|brought to you) by:?$", _I)
# A recommendation widget's name, alone or repeated, as text extraction leaves it: "by Taboolaby Taboola".
AD_WIDGET: Final = re.compile(r"^(?:(?:by\s?)?(?:taboola|outbrain|revcontent|mgid|zergnet)\s*)+$", _I)
# An advertiser's name glued to the label by text extraction: "NorthwindSponsored".
GLUED_SPONSOR: Final = re.compile(r"^\S{2,40}(?<=[a-z0-9])(?:Sponsored|Anzeige|Publicité|Promoted)$")

# Chrome that survived trafilatura and the rules on the tuning half of Zyte's article extraction
# benchmark (evaluation/benchmark_pages.py), as general forms:
_SOCIAL = (
    r"facebook|twitter|x|instagram|youtube|tiktok|linkedin|threads|bluesky|snapchat|pinterest|telegram|whatsapp|"
    r"mastodon|flipboard"
)
# the site, a section or a show followed on named platforms: "Follow Newsbeat on Instagram,
# Facebook, Twitter and YouTube", "Follow The New York Times Opinion section on Facebook, Twitter
# (@NYTopinion) and Instagram"; its channel subscribed to: "Subscribe to the 9to5Toys YouTube Channel ..."
FOLLOW_ON: Final = re.compile(
    rf"^(?:follow|like|find) (?:us|(?:[A-Z][\w'’.&-]*|the|of|and)(?: (?:[A-Z][\w'’.&-]*|section|the|of|and)){{0,6}})"
    rf" on (?:{_SOCIAL})(?:(?:,| and| or)+ (?:{_SOCIAL})|\s*\(@\w+\))*\s*[.!]?$|"
    r"^subscribe to (?:the |our )?(?:[\w.'’-]+ ){1,3}youtube channel\b",
    _I,
)
# a label, then where it leads: "Listen: http://po.st/TP_615", "iTunes: http://...", "More AP NBA:
# https://apnews.com/NBA and https://twitter.com/AP_Sports", "Follow AP's full coverage of Brexit
# ... at https://www.apnews.com/Brexit"
LINK_LINE: Final = re.compile(
    r"^(?:(?:listen|download|itunes|spotify|apple podcasts|stream|watch|subscribe)\s*:\s*|"
    r"more [A-Z]{2,}\b[^:]{0,30}:\s*|"
    r"follow (?:[\w'’]+ ){1,3}(?:full |latest |complete )?coverage of .{1,80} at\s+)"
    r"https?://\S+(?:\s+and\s+https?://\S+)*$",
    _I,
)
# what the page's dialogs and boxes say: an error to try again after, a sent article, reprints,
# a comment prompt, a related list named after the site ("Popular on IndieWire"; "Trending on
# TikTok" is a heading)
PAGE_DIALOG: Final = re.compile(
    r"^(?:an error (?:has )?occurred|something went wrong)[,.;:!]? (?:please )?try again(?: later)?[.!]?$|"
    r"^this article has been sent to\b|^order reprints$|^this copy is for your personal,? non-commercial use\b|"
    r"^tell us what you think\b\W*$|\b(?:listen|watch) back here\.?$|"
    rf"^(?:popular|most popular|most read) on (?!(?:{_SOCIAL})\b)[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}}$",
    _I,
)
# a related headline tagged in brackets, as some tabloids list them: "... protest jibe [INSIGHT]|"
TAGGED_HEADLINE: Final = re.compile(
    r"\s\[(?:INSIGHT|VIDEO|REACTION|PICTURES|PICS|ANALYSIS|REVEAL|LATEST|POLL|LIVE|MAP|GRAPHIC|COMMENT|EXPLAINED|"
    r"UPDATE|PHOTOS|WATCH|LISTEN|(?i:video|photos|pictures|gallery))\]\s*\|?$"
)
# the reporter's address for tips and replies, and the author followed: "Write to <Name> at
# <address>", "Reach the reporters on Twitter at <link>", "Have a tip? <Name> may be reached at
# ...", "... is out now. Follow him on Twitter @<handle>."
CONTACT_LINE: Final = re.compile(
    r"^(?:write to|reach|contact|e-?mail) "
    r"(?:the (?:reporters?|authors?|writers?)|(?:[A-Z][\w'’.-]+ ){0,3}[A-Z][\w'’.-]+)"
    r" (?:at|on|via)\b.{0,80}(?:@\w|https?://)|^have a (?:news )?tip\?|"
    r"\bfollow (?:him|her|them|me) on (?:twitter|x|instagram|facebook|threads|bluesky|linkedin|mastodon)\b\s*@\w+\.?$",
    _I,
)
# an affiliate disclosure in other words than a commission: "If you buy something through this
# post, IGN may get a share of the sale." (a line opening so: "... may earn a share of the sales
# tax" is the article's)
SHARE_OF_SALE: Final = re.compile(r"^(?:if|when) you (?:buy|purchase) .{0,80}\bshare of (?:the )?sales?\b", _I)
# a subscription offered: for the reader who enjoyed the article ("If you enjoyed this article, we
# have a proposition for you: Join NRPLUS."), or priced by the issue ("12 issues for £11.99")
SUBSCRIPTION_PITCH: Final = re.compile(
    r"^if you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|story|journalism|reporting|work)\b.{0,120}?"
    r"\b(?:join|subscribe|become a (?:member|subscriber)|support us|donate)\b|"
    r"\b\d{1,3} issues for [£$€]\s?\d",
    _I,
)
# the site's rules for comments, in a line that opens with them (after a label): "ATENÇÃO:
# Comentários com textos ininteligíveis ... não serão aprovados pelo moderador", "Comments are
# moderated"; "The comments were approved by the board" is the article's
COMMENT_POLICY: Final = re.compile(
    r"^(?:[^\W\d_]+\s*:\s*)?(?:all |our |os |les |die |i |los )?"
    r"(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|комментари\w*)\b.{0,160}?"
    r"\b(?:moderat\w*|(?:not|n['’]t|não|ne|nicht|non|no|не)\b.{0,60}\b(?:approved|aprovad\w+|publiés?|"
    r"freigeschaltet|pubblicat\w|publicad\w+|публику\w+))",
    _I,
)
# a copyright line in small letters or with the periodical's number: "copyright Inexhibit 2019 - ISSN: 2283-5474"
COPYRIGHT_LINE: Final = re.compile(r"^copyright\b.{0,40}\b(?:19|20)\d{2}\b.{0,40}$|\bISSN:? ?\d{4}-\d{3}[\dX]\b", _I)
# a newsletter described after its name: "The Verge Daily: A free newsletter with the top stories ..."
NEWSLETTER_DESCRIBED: Final = re.compile(
    r"^(?:[\w.'’&-]+ ){0,4}[\w.'’&-]+:\s+(?:a|an|our|the)\s+(?:(?:free|daily|weekly|new|twice-weekly|monthly)\s+)*"
    r"newsletter\b",
    _I,
)
# a station or show to hear live, or the platforms it is on: "Listen to BBC Radio 4 live on BBC
# Sounds", "Stream WNYC live", "Available on Spotify, Apple Podcasts, Amazon Music and YouTube"
LISTEN_LIVE: Final = re.compile(
    r"^(?:listen to|stream|hear) (?:[A-Z0-9][\w.&'’-]*\s){1,4}live(?: on [A-Z][\w.&'’ -]{1,30})?\.?$|"
    rf"^(?:available|listen|subscribe|follow) (?:on|via|wherever)\b[^.]{{0,20}}?\b(?:{_PLATFORMS})\b"
    rf"(?:,? (?:and |or )?(?:{_PLATFORMS}))+\.?$",
    _I,
)
# a sponsor's notice: "This content is paid for by the advertiser and published by WP BrandStudio.
# The Washington Post newsroom was not involved in the creation of this content.", "This article
# is sponsored by Dell Technologies."
SPONSOR_NOTICE: Final = re.compile(
    r"^this (?:content|article|story|post|feature|page|series) (?:is|was) (?:sponsored|paid for|produced|created|"
    r"brought to you|presented) by\b|\bpaid for by the advertiser\b|"
    r"\b(?:newsroom|editorial (?:staff|team|department)|journalists?) (?:was|were|had) not involved in "
    r"(?:the )?(?:creation|production|making|writing) of this\b",
    _I,
)
# ... or revenue, compensation or a fee the site may earn, with links, purchases or products in
# the line (furniture.py): "... we may receive compensation from retailers ...", "we earn revenue
# if you click the links and buy the products"
COMPENSATION: Final = re.compile(r"\bwe (?:may )?(?:earn|receive|get) (?:revenue|compensation|a fee)\b", _I)
PURCHASE: Final = re.compile(r"\b(?:links?|click|buy|purchases?|retailers?|products?)\b", _I)
# a speech or briefing to watch: "Watch the speech", "Watch the full press briefing on UN Web TV"
WATCH_PROMPT: Final = re.compile(
    r"^watch (?:the )?(?:full )?(?:speech|statement|press (?:briefing|conference)|briefing|interview|video|recording|"
    r"livestream|event|debate)(?: (?:on|at) [A-Z][\w .]{1,30})?\.?$",
    _I,
)
# e-mail updates offered by an official site: "Stay up to date with GOV.UK emails"
EMAIL_UPDATES: Final = re.compile(
    r"^(?:stay up to date with|get|sign up (?:for|to)) (?:[\w.]+ ){0,2}(?:emails?|email alerts|e-?mail updates)\.?$", _I
)
# an official site's notices, of any length: its licence, a speech's script, a feedback form's
# warning, an e-mail subscription's steps; a collection or pager it files a page under ("Part of:
# Foreign affairs and Ukraine", "Next: Readout of the Prime Minister's call ...", in capitals)
OFFICIAL_NOTICE: Final = re.compile(
    r"\b(?:all content is available under the open government licence|"
    r"original script,? may differ from (?:the )?delivered version|"
    r"don['’]t include personal or financial information|activate your subscription)\b",
    _I,
)
OFFICIAL_LABEL: Final = re.compile(
    r"^(?i:subscribe to receive (?:the latest|our|email|e-mail|updates))\b|^(?:Part of|Next|Previous): [A-Z][^.!?]*$"
)
# ... the words by which a cookie notice speaks for its site or to its reader, beyond READER_OR_US:
# "this site" and its twins, Portuguese and Dutch pronouns, a consent imperative opening the line
NOTICE_VOICE: Final = re.compile(
    r"\b(?:this (?:site|website)|questo sito|este (?:site|sitio)|ce site|diese (?:seite|website)|"
    r"deze (?:site|website)|этот сайт|наш(?:ем)? сайт\w*|sua|seu|nossa|nosso|wij|jouw|uw|onze)\b|"
    r"^(?:acepta|accept|akzeptieren|accepte[rz]?|accetta|aceite|accepteer)\b",
    _I,
)
