"""Serve-time preview: show an edited seed's page at once, before the whole build catches up.

Under ``mkdocs serve``, the full build after one edit re-runs the cross-document stages (names,
related documents, duplicates) and re-renders every page to find what changed: seconds on a few
thousand documents. So the MkDocs hook first calls ``preview()``, which re-extracts only the seeds
whose bytes changed and rewrites their pages and published originals, keeping the last build's
cross-references (slug, neighbours, related documents, names). Once MkDocs has rendered that page,
the hook starts the full build in a background thread (not before: the two would share one
interpreter lock, which doubled the time to show the edit), and MkDocs re-renders what it
rewrites. Until then the edited page's names and related documents, and the listings, are those
of the last build.

Any other change (a seed added, removed or now rejected, curation files, settings) gets no preview:
``preview()`` returns None and the full build runs straight away.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from dossier.config import Settings
from dossier.curation import Correction, load_corrections
from dossier.extract import extract_source
from dossier.models import Corpus, Document, Rejected, Source
from dossier.pipeline import BuildResult, build, up_to_date
from dossier.read.discover import Found, read_sources
from dossier.render import document_path, neighbours
from dossier.render.listings import listed_at
from dossier.render.page import document_page
from dossier.write.output import write_owned


def edited_sources(settings: Settings, previous: Corpus) -> tuple[Found, list[Source]] | None:
    """The seeds whose bytes changed since ``previous`` was built; None unless that is the only change."""
    found = read_sources(settings.seeds_dir, settings.max_seed_bytes, settings.max_document_bytes)
    known = {doc.seed: doc.sha256 for doc in previous.documents}
    before = set(known) | {r.seed for r in previous.rejected}
    if {s.seed for s in found.sources} | {r.seed for r in found.rejected} != before:
        return None  # seeds added or removed: only a full build gets that right
    edited = [s for s in found.sources if s.seed in known and s.sha256 != known[s.seed]]
    return (found, edited) if edited else None


def _re_extracted(settings: Settings, source: Source, correction: Correction | None, old: Document) -> Document | None:
    doc = extract_source(
        settings.fallback_encodings, settings.words_per_minute, (source, correction), settings.max_seed_bytes
    )
    if isinstance(doc, Rejected):
        return None  # now rejected: the full build reports it
    return replace(doc, slug=old.slug, entities=old.entities, related=old.related, versions=old.versions)


def preview(settings: Settings, previous: Corpus) -> tuple[str, ...] | None:
    """Rewrite the pages of edited seeds from their new text; the paths written, or None when the
    change needs a full build first."""
    change = edited_sources(settings, previous)
    if change is None:
        return None
    found, edited = change
    seeds = {s.seed for s in found.sources}
    corrections = load_corrections(settings.root, found.sidecars, seeds).corrections
    documents = list(previous.documents)
    position = {doc.seed: i for i, doc in enumerate(documents)}
    outputs: dict[str, bytes] = {}
    for source in edited:
        fresh = _re_extracted(settings, source, corrections.get(source.seed), documents[position[source.seed]])
        if fresh is None:
            return None
        documents[position[source.seed]] = fresh
        outputs[fresh.original] = source.data
    by_id = {doc.id: doc for doc in documents}
    listed = listed_at(documents, settings.listing_rows)
    for source in edited:
        i = position[source.seed]
        page = document_page(documents[i], *neighbours(documents, i), by_id, listed[i], settings.site)
        outputs[document_path(documents[i])] = page.encode("utf-8")
    return write_owned(settings.docs_dir, outputs)


#: the logger of the MkDocs hook (MkDocs shows what is logged under "mkdocs.")
LOG_NAME = "mkdocs.hooks.dossier"


@dataclass
class ServeSession:
    """What ``mkdocs serve`` keeps between rebuilds. MkDocs loads the hook module afresh for every
    rebuild, so this lives here, in a module that stays imported."""

    serving: bool = False
    corpus: Corpus | None = None  # what the last full build produced
    background: threading.Thread | None = None
    deferred: threading.Thread | None = None  # the full build a preview put off, not started yet
    reported: frozenset[str] = frozenset()  # the problems the last build reported while serving

    def new_problems(self, problems: list[str]) -> list[str]:
        """The problems a build should report: all of them, but while serving only those the last
        build did not report (else a rejected seed is reported again after every edit)."""
        if not self.serving:
            return problems
        fresh = [problem for problem in problems if problem not in self.reported]
        self.reported = frozenset(problems)
        return fresh

    def update(self, settings: Settings, report: Callable[[BuildResult], None]) -> tuple[str, ...] | None:
        """Bring docs/ up to date before a rebuild: a preview, and a full build for
        ``start_deferred`` to run in the background, when only seed text changed while serving;
        else a full build now. The paths a preview wrote, or None."""
        if self.background is not None and self.background.is_alive():
            return ()  # its pages arrive with the rebuild that its writes trigger
        if self.serving and self.corpus is not None:
            written = preview(settings, self.corpus)
            if written is not None:
                self.deferred = threading.Thread(target=self._background, args=(settings, report), daemon=True)
                return written
        self.deferred = None
        if not self.serving and up_to_date(settings):
            return None  # `mkdocs build` after `dossier build`: no corpus to load, nothing to report
        self._full(settings, report)
        return None

    def start_deferred(self) -> None:
        """Start the full build that a preview put off; the hook calls this after MkDocs' rebuild."""
        if self.deferred is not None:
            self.background, self.deferred = self.deferred, None
            self.background.start()

    def _full(self, settings: Settings, report: Callable[[BuildResult], None]) -> None:
        result = build(settings)
        self.corpus = result.corpus
        report(result)

    def _background(self, settings: Settings, report: Callable[[BuildResult], None]) -> None:
        try:
            self._full(settings, report)
        except Exception:  # a thread has no caller to raise to; the next rebuild tries again
            logging.getLogger(LOG_NAME).exception("dossier: background build failed")


SESSION = ServeSession()
