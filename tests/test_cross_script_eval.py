"""The cross-script evaluation (dossier.evaluation.cross_script) counts a registry entity's names,
and a gazetteer place's, in the scripts the documents wrote it in."""

from __future__ import annotations

import yaml

from dossier.enrich.entities.corpus_index import resolve_corpus
from dossier.enrich.entities.mentions import find_mentions
from dossier.enrich.entities.registry import parse_registry
from dossier.evaluation.cross_script import score_pairs


def test_cross_script_pairs_count_the_registrys_names_in_the_scripts_the_documents_wrote() -> None:
    registry = parse_registry(
        "test",
        yaml.safe_load(
            "entities:\n  - name: Sergei Skripal\n    kind: person\n    aliases: [Сергей Скрипаль]\n"
            "  - name: Yulia Skripal\n    kind: person\n    aliases: [Юлия Скрипаль]\n"
        ),
    )
    mentions = {
        "en": find_mentions("en", "A report", (("Sergei Skripal was poisoned in Salisbury.",),), registry),
        "ru": find_mentions("ru", "Доклад", (("Она напомнила об отравлении Сергея Скрипаля.",),), registry),
        "en2": find_mentions("en2", "A report", (("Yulia Skripal spoke to reporters.",),), registry),
    }
    index = resolve_corpus(mentions, registry)
    merged, apart, unfound = score_pairs(
        index, [("Сергей Скрипаль", "Sergei Skripal"), ("Юлия Скрипаль", "Yulia Skripal")], registry
    )
    assert merged == ["Сергей Скрипаль = Sergei Skripal"]
    assert apart == []
    # no Russian document names Yulia: the registry's Cyrillic name is not taken as found
    assert unfound == ["Юлия Скрипаль = Yulia Skripal (Юлия Скрипаль not found)"]
