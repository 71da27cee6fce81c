"""What a citation of one document says, in one place: every citation format (head tags, JSON-LD,
"Cite this", BibTeX, RIS, CSL-JSON, feeds) is written from a ``Citation``.

Unknown values stay unknown: no author or publisher is ever guessed (the seeds name none), a date
keeps its precision, and without ``site_url`` no absolute address is written.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from dataclasses import dataclass

from dossier.models import DateValue, Document, SiteInfo
from dossier.render.html import attr, link, text
from dossier.render.labels import format_date, type_name


@dataclass(frozen=True)
class Kind:
    """How each vocabulary names one document type.

    ``zotero`` is the ``DC.type`` value: Zotero's embedded-metadata translator takes a DC.type
    that is one of its own item types as the item type (it has no "speech" type: a speech is a
    "presentation", which its CSL mapping turns into CSL "speech"). ``ris`` follows Zotero's RIS
    translator (newspaperArticle NEWS, document GEN, presentation SLIDE), ``bibtex`` its BibTeX
    export (newspaperArticle @article, the others @misc)."""

    zotero: str
    csl: str
    ris: str
    bibtex: str
    schema: str  # schema.org type of the JSON-LD object


KINDS = {
    "report": Kind("newspaperArticle", "article-newspaper", "NEWS", "article", "NewsArticle"),
    "statement": Kind("document", "document", "GEN", "misc", "Article"),
    "transcript": Kind("presentation", "speech", "SLIDE", "misc", "Article"),
}
FALLBACK_KIND = KINDS["statement"]

#: every character Python treats as a line break (str.splitlines), which no single-line value
#: of an export may keep: RIS reads each line as a new tag, BibTeX and feeds would fold it anyway
_LINE_BREAKS = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


def one_line(value: str) -> str:
    """``value`` with every run of line breaks made one space."""
    return _LINE_BREAKS.sub(" ", value)


@dataclass(frozen=True)
class Citation:
    """One document as its citations describe it; ``None`` and empty values are unknown."""

    id: str
    kind: str  # "report", "statement" or "transcript"
    title: str
    date: DateValue | None
    language: str | None  # ISO 639-1, None when undetermined
    source: str | None  # publisher or publication, only when a curator named it
    place: str | None
    tags: tuple[str, ...]
    description: str
    path: str  # the page's address from the site root ("archive/documents/<slug>/")
    slug: str
    archive: str  # the site's name
    page_url: str | None  # the page's absolute address, known only when site_url is set

    @property
    def types(self) -> Kind:
        return KINDS.get(self.kind, FALLBACK_KIND)

    @property
    def label(self) -> str:
        """The type in words: "News report"."""
        return type_name(self.kind)

    @property
    def date_parts(self) -> list[int]:
        """[year], [year, month] or [year, month, day]: the date to its known precision."""
        return [int(part) for part in self.date.value.split("-")] if self.date else []

    @property
    def slashed_date(self) -> str:
        """ "2022/02/10", "2022/02" or "2022" (Highwire and RIS style), "" when undated."""
        return self.date.value.replace("-", "/") if self.date else ""


def citation(doc: Document, site: SiteInfo) -> Citation:
    """The citation of ``doc`` in the archive ``site``."""
    m = doc.meta
    language = m.language.value if m.language.value and m.language.value != "und" else None
    return Citation(
        id=doc.id,
        kind=m.type.value,
        title=doc.title,
        date=m.date,
        language=language,
        source=m.source_name or None,
        place=m.place.value if m.place else None,
        tags=tuple(m.tags),
        description=doc.description,
        path=doc.url,
        slug=doc.slug,
        archive=site.name,
        page_url=site.url + doc.url if site.url else None,
    )


def _sentence(title: str) -> str:
    """The title as a quoted sentence: a final full stop unless it already ends in punctuation."""
    return f"“{title}”" if title.endswith((".", "?", "!", "…")) else f"“{title}.”"


def citation_parts(cite: Citation) -> tuple[str, str]:
    """The formatted citation a reader copies, as (text up to the archive's name, page address):
    “Title.” Source, News report, 10 February 2022. Archive, https://…/.

    Chicago-like with no author (none is known); undated documents say "n.d."; the accessed date
    is left to the reader. The address is "" without site_url (the page's script then adds the
    address the reader is on)."""
    when = format_date(cite.date) if cite.date else "n.d."
    details = ", ".join(part for part in (cite.source, cite.label, when) if part).rstrip(".")
    archive = cite.archive.rstrip(".")
    return one_line(f"{_sentence(cite.title)} {details}. {archive}"), cite.page_url or ""


def citation_text(cite: Citation) -> str:
    """The formatted citation as one line of plain text."""
    head, url = citation_parts(cite)
    return f"{head}, {url}." if url else f"{head}."


#: a document's own citation files: extension -> (name shown, media type)
EXPORTS = {
    "bib": ("BibTeX", "application/x-bibtex"),
    "ris": ("RIS", "application/x-research-info-systems"),
    "json": ("CSL-JSON", "application/vnd.citationstyles.csl+json"),
}
CATALOGS = ("catalog.bib", "catalog.ris")


def data_url(media: str, data: bytes) -> str:
    """``data:`` address of a file's bytes (base64: safe in an attribute, a third larger)."""
    return f"data:{media};charset=utf-8;base64,{base64.b64encode(data).decode('ascii')}"


def _download(url: str, filename: str, label: str) -> str:
    return f'<a href="{attr(url)}" download="{attr(filename)}">{text(label)}</a>'


def cite_block(cite: Citation, exports: Mapping[str, bytes]) -> str:
    """The "Cite this" section of a document page: the citation as selectable text (the copy
    button is added by javascripts/cite.js, so a page without scripts shows no dead button), the
    document's own BibTeX, RIS and CSL-JSON files, and the whole archive's catalogs.

    The document's files are carried in the page as ``data:`` links that download
    ``<slug>.bib`` and so on: three files per document cost the BBC build a third more files
    for MkDocs to copy (and 60,000 at 20,000 documents) for a few hundred bytes each."""
    head, url = citation_parts(cite)
    files = " · ".join(
        _download(data_url(media, exports[ext]), f"{cite.slug}.{ext}", name) for ext, (name, media) in EXPORTS.items()
    )
    catalogs = ", ".join(link(f"../../../{path}", path, download=path) for path in CATALOGS)
    return (
        '<section class="dossier-cite" aria-labelledby="cite-this" data-search-exclude>\n'
        '<h2 id="cite-this">Cite this</h2>\n'
        f'<p class="dossier-citation" data-dossier-citation>{text(head)}'
        f"<span data-dossier-cite-url>{text(', ' + url) if url else ''}</span>.</p>\n"
        '<p class="dossier-cite-note">Add the date you read it if your style asks for one.</p>\n'
        f'<p class="dossier-cite-files">Download this document as {files}; the whole archive as {catalogs}.</p>\n'
        "</section>"
    )
