"""build(): read -> extract -> enrich -> render -> write, with per-stage timings.

Every seed is read and extracted before anything is written (cross-document work such as unique
slugs needs the whole corpus). A seed that fails is rejected with its reason, never dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from dossier.config import Settings
from dossier.curation import load_corrections
from dossier.enrich import enrich
from dossier.errors import SourceError
from dossier.extract import extract
from dossier.models import Corpus, Document, Rejected
from dossier.read.decode import decode
from dossier.read.discover import read_sources
from dossier.render import render_site
from dossier.write import WriteReport, write_outputs


@dataclass
class Timings:
    """Wall-clock seconds per stage, in the order the stages ran."""

    stages: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - start


@dataclass(frozen=True)
class BuildResult:
    """What a build produced: the corpus, what was written, and how long each stage took."""

    corpus: Corpus
    report: WriteReport
    timings: Timings


def extract_all(settings: Settings, timings: Timings) -> tuple[Corpus, dict[str, bytes]]:
    """Read, decode, extract and enrich every seed; return the corpus and the seeds' bytes."""
    with timings.stage("read"):
        found = read_sources(settings.seeds_dir, settings.max_seed_bytes)
        rejected = found.rejected
        curation = load_corrections(settings.root, settings.seeds_dir, found.sidecars, {s.seed for s in found.sources})
    documents: list[Document] = []
    with timings.stage("extract"):
        for source in found.sources:
            try:
                decoded = decode(source, settings.fallback_encodings)
                documents.append(extract(decoded, settings.words_per_minute, curation.corrections.get(source.seed)))
            except SourceError as exc:
                rejected.append(Rejected(exc.seed, exc.reason))
    with timings.stage("enrich"):
        corpus = enrich(documents, rejected, curation.problems)
    return corpus, {s.seed: s.data for s in found.sources}


def build(settings: Settings, log: Callable[[str], None] = lambda _msg: None) -> BuildResult:
    """Generate every page from the seeds and bring docs/ up to date."""
    timings = Timings()
    corpus, seed_bytes = extract_all(settings, timings)
    with timings.stage("render"):
        outputs = render_site(corpus, seed_bytes, site_name=settings.site_name, latest=settings.home_latest)
    with timings.stage("write"):
        report = write_outputs(settings.docs_dir, outputs)
    for item in corpus.rejected:
        log(f"rejected {item.seed}: {item.reason}")
    return BuildResult(corpus, report, timings)
