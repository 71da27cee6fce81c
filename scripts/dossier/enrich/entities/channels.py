"""Broadcast channels and stations, named by their broadcaster and a number: "BBC One", "BBC
Radio 1", "Channel 4", "ITV1", "BBC News 24", "Radio Five Live".

The annotation conventions count a channel as an organisation of its own, apart from its
broadcaster (BBC One and the BBC, ITV1 and ITV), and English names them with a number (a digit
or a word) after the broadcaster's acronym, after "Channel" or after "Radio". The other rules
read "One" as a small word and digits as no name, so they found "BBC" in "BBC One" and nothing
in "Channel 4". A nation's service of the BBC or ITV is one too ("BBC Wales", "ITV Wales"), but
not before another capitalised word ("BBC Scotland Investigates"), and so are Sky's channels
named by their subject ("Sky News", "Sky Sports", "Sky Movies"). The pattern is read on the text
as written. Only broadcasters that number their
channels (the BBC, ITV, RTÉ, Sky) are read before a number: after other acronyms a number is a
version or a sponsor's ("IE 6", "USB 2.0", "RBS 6 Nations"). A number of three digits, or one
followed by another capitalised word, is none ("BBC 100 Greatest").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from dossier.enrich.entities.aliases import single_spaced
from dossier.enrich.entities.model import Mention
from dossier.enrich.entities.registry import Registry, entity_key

_NUMBER = r"(?:One|Two|Three|Four|Five|Six|Seven|[1-9]|[1-9]\d)(?:\s+(?:Live|Music|Extra))?(?!\.\d|\s+[A-Z])"
# Broadcasters that number their channels; other acronyms before a number are versions and
# ranges ("IE 6", "USB 2.0", "BMW 1 Series") or sponsors' names ("RBS 6 Nations").
_NUMBERING = r"(?:BBC|ITV|RTE|RTÉ|UKTV|Sky)"
_WORDS = ("BBC", "ITV", "RTE", "RTÉ", "UKTV", "Sky", "Radio", "Channel")  # each match holds one
_CHANNEL = re.compile(
    r"(?<![\w&'’.-])(?:"
    rf"(?P<broadcaster>{_NUMBERING})\s+(?:{_NUMBER}|News\s+24)"  # "BBC One", "BBC 2", "Sky One", "BBC News 24"
    rf"|(?:{_NUMBERING}\s+)?Radio\s+{_NUMBER}"  # "BBC Radio 1", "Radio Five Live", "BBC 6 Music"
    rf"|Channel\s+{_NUMBER}"  # "Channel 4", "Channel Five", "Channel One" (Russia's)
    r"|(?:ITV|BBC)[1-9]"  # "ITV1", "BBC2"
    r"|(?:BBC|ITV)\s+(?:Wales|Scotland|Cymru|Northern\s+Ireland)(?!\s+[A-Z])"  # a nation's service: "BBC Wales"
    r"|Sky\s+(?:News|Sports?|Movies|Travel|Networks|Digital|Arts)(?!\s+[A-Z])"  # BSkyB's channels: "Sky News"
    r")(?![\w&-])"
)


def channel_mentions(units: Iterable[tuple[int, str]], registry: Registry) -> list[Mention]:
    """Every channel named in the units, in text order (see the module's doc)."""
    found: list[Mention] = []
    for paragraph, text in units:
        if not any(word in text for word in _WORDS):
            continue  # most paragraphs: the substring tests cost a tenth of the pattern's search
        for match in _CHANNEL.finditer(text):
            surface = match.group()
            name = single_spaced(surface)
            entity = registry.lookup(name)
            key, canonical = (entity.key, entity.name) if entity else (entity_key(name), name)
            found.append(
                Mention(key, canonical, "organisation", surface, paragraph, match.start(), match.end(), "channel")
            )
    # "Radio 2" in a story that has said "BBC Radio 2": the same station
    keys = {m.name: m.entity for m in found}
    longer = {name: owners[0] for name in keys if len(owners := [o for o in keys if o.endswith(" " + name)]) == 1}
    return [replace(m, entity=keys[longer[m.name]], name=longer[m.name]) if m.name in longer else m for m in found]
