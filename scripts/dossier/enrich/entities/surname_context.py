"""Who a bare surname is when the corpus knows several people by it: the one its article's company says.

An article that calls someone only "Mr Blair" or lists "Hickie" in a line-up, and names nobody with
that surname in full, leaves the surname to the corpus (corpus_index.py). When the corpus names
exactly one person with it, the surname is that person. When it names several ("Tony Blair",
"Cherie Blair", "Ian Blair"), the surname joins one of them only if the article keeps that
person's company: the other people, places and organisations it names are the ones the
candidate's own articles name, and clearly more so than for any other candidate.

Each shared name counts by how rare it is in the corpus (its inverse document frequency, as in
TF-IDF): "Labour Party" and "Gordon Brown" say more about "Mr Blair" than "United Kingdom" does,
and another member of a line-up says more than the country. The best candidate must share at
least MIN_SHARED names with the article (three is what any two reports of one sport share: a
league and two clubs, which took "Hughes" of Newcastle for Mark Hughes of Wales), reach
MIN_EVIDENCE, and have RATIO times the evidence of the next one; otherwise the surname stays an
entity of its article, as before: an article put on the wrong person's page is worse than a
surname left on its own.

Two candidates that are one person written two ways ("S Byrne" and "Shane Byrne": an initial and
the given name it starts) do not compete with each other. A surname that is also the given name
of someone the article names in full ("Howard" beside "Howard Flight") is never joined: the
word may be that person's.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Mapping

from dossier.enrich.entities.aliases import normalise_name
from dossier.enrich.entities.model import Mention

#: the names the best candidate's articles must share with the surname's article, at least
MIN_SHARED = 4
#: the evidence the best candidate needs: the inverse document frequencies of the names its
#: articles share with this one, summed (a name in 20 of 2,225 articles counts 4.7)
MIN_EVIDENCE = 8.0
#: and how many times the next candidate's evidence
RATIO = 2.0


class SurnameContext:
    """The resolved entities of every document, read once for all the surnames to settle."""

    def __init__(self, mentions_by_doc: Mapping[str, tuple[Mention, ...]]) -> None:
        self._of_document: dict[str, frozenset[str]] = {}
        self._given_names: dict[str, frozenset[str]] = {}
        documents_of: dict[str, set[str]] = defaultdict(set)
        for doc_id, mentions in mentions_by_doc.items():
            keys = frozenset(m.entity for m in mentions if m.resolved)
            self._of_document[doc_id] = keys
            for key in keys:
                documents_of[key].add(doc_id)
            self._given_names[doc_id] = frozenset(
                normalise_name(m.name.split()[0]) for m in mentions if m.kind == "person" and " " in m.name
            )
        total = max(len(mentions_by_doc), 1)
        # sets of documents, not each candidate's company: a name is in a candidate's company
        # when their documents meet, which isdisjoint tells by walking the smaller set
        self._documents_of = documents_of
        self._weight = {key: math.log(total / len(docs)) for key, docs in documents_of.items()}

    def evidence(self, doc_id: str, owner: str, rivals: Collection[str]) -> tuple[float, int]:
        """How strongly the company of ``doc_id`` points at ``owner``: the weights of the
        entities it names that ``owner``'s articles name too (the candidates left out), summed,
        and how many they are."""
        theirs = self._documents_of.get(owner, set())
        shared = [
            key
            for key in self._of_document.get(doc_id, frozenset())
            if key not in rivals and not self._documents_of[key].isdisjoint(theirs)
        ]
        # fsum is exact, so the order a set gives (it varies between runs) cannot change a decision
        return math.fsum(self._weight[key] for key in shared), len(shared)

    def owner(self, doc_id: str, surface: str, owners: Collection[str], names: Mapping[str, str]) -> str | None:
        """The one of ``owners`` (keys of people with this surname; ``names`` gives their
        names) that the surname ``surface`` in ``doc_id`` is, or None when its company does
        not tell them apart (see the module docstring)."""
        if normalise_name(surface) in self._given_names.get(doc_id, frozenset()):
            return None
        ranked = sorted(((self.evidence(doc_id, o, owners), o) for o in owners), key=lambda p: (-p[0][0], p[1]))
        (best_score, shared), best = ranked[0]
        others = [score for (score, _), o in ranked[1:] if not same_person(names.get(o, ""), names.get(best, ""))]
        runner_up = others[0] if others else 0.0
        if shared >= MIN_SHARED and best_score >= MIN_EVIDENCE and best_score >= RATIO * runner_up:
            return best
        return None


def same_person(one: str, other: str) -> bool:
    """Whether two full names with one surname are one person written two ways: the same given
    names, or an initial where the other has a given name starting with it ("S Byrne", "Shane
    Byrne"; "J. Hayes", "John Hayes")."""
    a, b = ([normalise_name(w.rstrip(".")) for w in name.split()] for name in (one, other))
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    return all(
        x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
        for x, y in zip(a[:-1], b[:-1], strict=True)
    )
