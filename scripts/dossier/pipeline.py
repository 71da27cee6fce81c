"""build(): read -> extract -> enrich -> render -> write, with per-stage timings.

Every seed is read and extracted before anything is written (cross-document work such as unique
slugs needs the whole corpus). A seed that fails is rejected with its reason, never dropped.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from dossier.cache import (
    BuildCache,
    cache_file,
    cached_fingerprint,
    code_version,
    fingerprint,
    load_cache,
    save_cache,
    store_cache,
)
from dossier.config import Settings, load_settings
from dossier.curation import COLLECTION_FILE, Correction, load_corrections
from dossier.enrich import enrich, load_cross_reference
from dossier.enrich.entities.registry import load_registry
from dossier.errors import NothingToPublishError
from dossier.extract import extract_sources
from dossier.models import Corpus, Document, Rejected, Source
from dossier.progress import QUIET, Progress
from dossier.read.discover import Found, read_sources
from dossier.render import rendering
from dossier.report import nothing_published
from dossier.search import Indexing, start_early
from dossier.write import WriteReport, write_files
from dossier.write.output import built_from, outputs_present, read_manifest

T = TypeVar("T")
_END = object()  # the end of an iterator, for Timings.each
REGISTRY_FILE = "entities.yml"  # the curated people, places and organisations


@dataclass
class Timings:
    """Wall-clock seconds per stage, in the order the stages first ran. A stage timed inside
    another (rendering the next file while writing) is not counted in the outer one too."""

    stages: dict[str, float] = field(default_factory=dict)
    _inner: list[float] = field(default_factory=list)  # per open stage: seconds of stages inside it

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        self._inner.append(0.0)
        try:
            yield
        finally:
            elapsed = time.perf_counter() - start
            self.stages[name] = self.stages.get(name, 0.0) + elapsed - self._inner.pop()
            if self._inner:
                self._inner[-1] += elapsed

    def each(self, name: str, items: Iterator[T]) -> Iterator[T]:
        """``items``, with the time taken to produce each one counted in stage ``name``."""
        while True:
            with self.stage(name):
                item = next(items, _END)
            if item is _END:
                return
            yield item  # type: ignore[misc]  # not _END


@dataclass(frozen=True)
class BuildResult:
    """What a build produced: the corpus, what was written, and how long each stage took."""

    corpus: Corpus
    report: WriteReport
    timings: Timings
    fresh: bool = True  # False when nothing changed since the last build, which reported its problems


def _counted(progress: Progress, files: Iterator[tuple[str, bytes]]) -> Iterator[tuple[str, bytes]]:
    """``files``, counting each one written on the progress line."""
    for item in files:
        yield item
        progress.tick("files written")


def _document_key(source: Source, correction: Correction | None, settings_key: str, version: str) -> str:
    return fingerprint([version, settings_key, source.seed, source.sha256, repr(correction)])


#: the libraries whose version changes what a seed's text is read as
READERS = ("trafilatura", "htmldate", "lxml", "pypdf", "python-docx")


def _settings_key(settings: Settings) -> str:
    """Everything besides a seed that decides what it is extracted as: the settings (strictness
    aside) and the versions of the format readers' libraries."""
    return repr(replace(settings, strict=False)) + repr(_reader_versions())


def _reader_versions() -> list[str]:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in READERS:
        try:
            found.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} missing")
    return found


def _input_files(settings: Settings, found: Found) -> list[str]:
    """Contents of the curation files, which the fingerprint must cover like the seeds."""
    paths = [settings.root / COLLECTION_FILE, settings.root / REGISTRY_FILE]
    return [
        *(f"{p}:{p.read_bytes().hex() if p.is_file() else ''}" for p in paths),
        *(f"seeds/{rel}:{data.hex()}" for rel, data in found.sidecars.items()),
    ]


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Extraction and enrichment allocate millions of objects that live until the end of the
    build and form no reference cycles. Python's cycle collector would walk all of them again
    each time the heap grows by a quarter, to free nothing (about 0.5 s of enrichment on the
    2,224 BBC documents in one process); reference counting frees everything these stages let
    go of. Collection resumes, as it was, when the block ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _state(settings: Settings, found: Found, version: str, settings_key: str) -> str:
    """The fingerprint of everything a build reads: code, settings, seeds and curation files."""
    seeds = sorted((s.seed, s.sha256) for s in found.sources)
    return fingerprint([version, settings_key, repr(seeds), repr(found.rejected), *_input_files(settings, found)])


def up_to_date(settings: Settings) -> bool:
    """True when a build now would find nothing changed since the last one (see extract_all),
    known without loading the last build's corpus: ``mkdocs build`` after ``dossier build``."""
    found = read_sources(settings.seeds_dir, settings.max_seed_bytes, settings.max_document_bytes)
    state = _state(settings, found, code_version(), _settings_key(settings))
    return state == cached_fingerprint(settings.root) and outputs_present(settings.docs_dir)


def extract_all(
    settings: Settings,
    timings: Timings,
    cache: BuildCache,
    progress: Progress = QUIET,
    ordered_meanwhile: Callable[[list[Document]], object] = lambda ordered: None,
) -> tuple[Corpus | None, dict[str, bytes], BuildCache]:
    """Read, decode, extract and enrich every seed; return the corpus (None when nothing changed
    since the cached build), the seeds' bytes and the cache to store after writing.
    ``ordered_meanwhile``: see enrich."""
    version, settings_key = code_version(), _settings_key(settings)
    with timings.stage("read"):
        found = read_sources(settings.seeds_dir, settings.max_seed_bytes, settings.max_document_bytes)
        progress.start("read", len(found.sources) + len(found.rejected))
        progress.tick("read", len(found.sources) + len(found.rejected))
        seeds = {s.seed: s.sha256 for s in found.sources}
        state = _state(settings, found, version, settings_key)
        if state == cache.fingerprint and cache.corpus is not None and outputs_present(settings.docs_dir):
            return None, {}, cache
        curation = load_corrections(settings.root, found.sidecars, set(seeds))
    fresh = BuildCache(fingerprint=state)
    documents: list[Document] = []
    rejected = list(found.rejected)
    with _cycle_collection_paused(), timings.stage("extract"):
        jobs = [(source, curation.corrections.get(source.seed)) for source in found.sources]
        keys = [_document_key(source, correction, settings_key, version) for source, correction in jobs]
        # Only seeds not in the cache are extracted, all at once so that a large batch can be
        # shared out over processes; results are then taken back in seed order.
        todo = [job for job, key in zip(jobs, keys, strict=True) if key not in cache.documents]
        progress.start("extracted", len(jobs))
        progress.tick("extracted", len(jobs) - len(todo))
        # enrichment's imports load while the workers extract (see load_cross_reference)
        extracted = iter(
            extract_sources(
                todo,
                settings.fallback_encodings,
                settings.words_per_minute,
                load_cross_reference,
                max_text_bytes=settings.max_seed_bytes,
                tick=lambda: progress.tick("extracted"),
            )
        )
        for key in keys:
            result = cache.documents[key] if key in cache.documents else next(extracted)
            if isinstance(result, Rejected):
                rejected.append(result)
                continue
            fresh.documents[key] = result
            documents.append(result)
    with _cycle_collection_paused(), timings.stage("enrich"):
        registry = load_registry(settings.root / REGISTRY_FILE)
        corpus = enrich(documents, rejected, curation.problems, registry, ordered_meanwhile)
    fresh.corpus = corpus
    return corpus, {s.seed: s.data for s in found.sources}, fresh


def registry_spellings(settings: Settings) -> dict[tuple[str, str], tuple[str, ...]]:
    """Every way the curated registry writes each name, by (kind, key): the search page's name
    lookup offers "Лавров" or "Kiev" even when no document spells the name that way."""
    return {(e.kind, e.key): e.names for e in load_registry(settings.root / REGISTRY_FILE).entities}


def build(settings: Settings, progress: Progress = QUIET) -> BuildResult:
    """Generate every page from the seeds and bring docs/ up to date. A build with nothing to
    publish raises NothingToPublishError and writes nothing: the last good pages stay."""
    with ExitStack() as running:  # Pagefind runs started early are stopped if the build fails
        indexing: dict[str, Indexing] = {}

        def start_search(ordered: list[Document]) -> None:
            for folder, started in start_early(ordered, settings.search_part_size).items():
                indexing[folder] = running.enter_context(started)

        return _build(settings, progress, start_search, indexing)


def _build(
    settings: Settings,
    progress: Progress,
    start_search: Callable[[list[Document]], None],
    indexing: dict[str, Indexing],
) -> BuildResult:
    timings = Timings()
    cache = load_cache(settings.root)
    try:
        corpus, seed_bytes, fresh = extract_all(settings, timings, cache, progress, start_search)
    finally:
        progress.close()
    if corpus is None:
        assert fresh.corpus is not None
        return BuildResult(
            fresh.corpus, WriteReport((), len(read_manifest(settings.docs_dir)), ()), timings, fresh=False
        )
    if not corpus.documents:
        raise NothingToPublishError(nothing_published(corpus.rejected), corpus)
    # Pages are written as the render workers produce them (see render.rendering); the time
    # spent waiting for the next one counts as rendering, not writing. The cache's bytes are made
    # in the render stage's process apart, which reads the whole corpus already, when the corpus
    # is one search part: 0.13 s off the end of the BBC build, where this process runs alone.
    # Pickling touches every object, which copies the corpus's memory into that process: little
    # on BBC (a peak of 873 MiB against 859), but 700 MB at 20,000 documents (2,515 MiB against
    # 1,817), so a larger corpus is pickled here, after the workers have ended.
    apart = len(corpus.documents) <= settings.search_part_size
    with (
        timings.stage("render"),
        rendering(
            corpus,
            seed_bytes,
            latest=settings.home_latest,
            rows=settings.listing_rows,
            spellings=registry_spellings(settings),
            part_size=settings.search_part_size,
            indexing=indexing,
            site=settings.site,
            beside=partial(cache_file, fresh) if apart else None,
        ) as rendered,
        timings.stage("write"),
    ):
        progress.start("files written", len(rendered.paths))
        report = write_files(
            settings.docs_dir,
            rendered.paths,
            _counted(progress, timings.each("render", rendered.files)),
            seeds=_seeds_record(settings),
        )
        cached = rendered.beside()
    progress.close()
    with timings.stage("write"):
        if apart:
            store_cache(settings.root, cached if isinstance(cached, bytes) else None)
        else:
            save_cache(settings.root, fresh)
    return BuildResult(corpus, report, timings)


def _seeds_record(settings: Settings) -> str:
    """The seeds folder as the manifest records it: relative to the project when inside it."""
    folder = settings.seeds_dir.resolve()
    return folder.relative_to(settings.root).as_posix() if folder.is_relative_to(settings.root) else str(folder)


def settings_as_built(root: Path) -> tuple[Settings, bool]:
    """The project's settings, with the seeds folder the last build used (``dossier build --seeds
    DIR`` records DIR in the manifest), so that a later ``mkdocs build`` or ``mkdocs serve``
    rebuilds from the same folder instead of replacing its pages with the configured folder's.
    The flag says whether the recorded folder differs from the configured one."""
    settings = load_settings(root)
    recorded = built_from(settings.docs_dir)
    if recorded is None or recorded == _seeds_record(settings) or not (settings.root / recorded).is_dir():
        return settings, False
    return load_settings(root, seeds=Path(recorded)), True
