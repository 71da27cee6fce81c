"""Entity pages (one per person, place, organisation) and an index page per kind."""

from __future__ import annotations

from dossier.models import KIND_FOLDERS, Corpus, Document, EntityInfo
from dossier.render.frontmatter import collection_page, front_matter
from dossier.render.html import external_link, link, text
from dossier.render.labels import format_date

KIND_TITLES = {"person": "People", "place": "Places", "organisation": "Organisations"}
PREFIX = "../../../"  # entity pages live at archive/<kind folder>/<key>/


def _mention_item(doc: Document, snippet: str, count: int) -> str:
    when = text(format_date(doc.meta.date)) if doc.meta.date else "undated"
    times = f", {count} mentions" if count > 1 else ""
    return (
        f"<li>{link(PREFIX + doc.url, doc.title)} <small>({when}{times})</small>"
        f'<br><q class="dossier-snippet">{text(snippet)}</q></li>'
    )


def entity_page(info: EntityInfo, docs: dict[str, Document]) -> str:
    """The page of one entity: names, documents with a snippet each, frequent companions."""
    ref = info.ref
    facts = [f"<p>{text(KIND_TITLES[ref.kind][:-1] if ref.kind != 'person' else 'Person')}"]
    if info.description:
        facts[0] += f": {text(info.description)}"
    if info.wikidata:
        facts[0] += f" · Wikidata {external_link('https://www.wikidata.org/wiki/' + info.wikidata, info.wikidata)}"
    facts[0] += "</p>"
    if info.aliases:
        facts.append(f"<p>Also written: {text(', '.join(info.aliases))}</p>")
    items = "\n".join(_mention_item(docs[m.doc_id], m.snippet, m.count) for m in info.documents)
    blocks = [
        f'<h1 class="dossier-title">{text(ref.name)}</h1>',
        "\n".join(facts),
        f"<h2>Mentioned in {len(info.documents):,} document(s)</h2>\n<ol>\n{items}\n</ol>",
    ]
    if info.companions:
        rows = "\n".join(
            f"<li>{link(PREFIX + other.url, other.name)} <small>({count} document(s))</small></li>"
            for other, count in info.companions
        )
        blocks.append(f"<h2>Often mentioned with</h2>\n<ul>\n{rows}\n</ul>")
    fields = {"title": ref.name, "entity": ref.key, "kind": ref.kind, "search": {"boost": 0.5}}
    return front_matter(fields) + "\n" + "\n\n".join(blocks) + "\n"


def kind_index(kind: str, infos: list[EntityInfo]) -> str:
    """All entities of one kind: by number of documents, then A to Z."""
    title = KIND_TITLES[kind]
    infos = sorted(infos, key=lambda i: (-len(i.documents), -i.mentions, i.ref.name.casefold(), i.ref.key))
    rows = "\n".join(
        f"<tr><td>{link(info.ref.key + '/', info.ref.name)}</td>"
        f'<td class="dossier-col-words">{len(info.documents):,}</td>'
        f'<td class="dossier-col-words">{info.mentions:,}</td></tr>'
        for info in infos
    )
    by_count = (
        '<div class="dossier-table-wrap"><table class="dossier-table">\n'
        '<thead><tr><th scope="col">Name</th><th scope="col">Documents</th><th scope="col">Mentions</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table></div>"
    )
    names = sorted(infos, key=lambda i: (i.ref.name.casefold(), i.ref.key))
    a_to_z = ", ".join(link(i.ref.key + "/", i.ref.name) for i in names)
    return collection_page(
        title,
        [
            f"<h1>{title}</h1>",
            f"<p>{len(infos):,} {title.lower()} mentioned in the documents, most documents first.</p>",
            by_count if infos else "<p>None found.</p>",
            f'<h2 id="a-to-z">A to Z</h2>\n<p class="dossier-a-to-z">{a_to_z}</p>' if infos else "",
        ],
    )


def entity_outputs(corpus: Corpus) -> dict[str, bytes]:
    """Every entity page and the three index pages, by path under docs/."""
    docs = corpus.by_id()
    out: dict[str, bytes] = {}
    for kind, folder in KIND_FOLDERS.items():
        infos = [info for info in corpus.entities if info.ref.kind == kind]
        out[f"archive/{folder}/index.md"] = kind_index(kind, infos).encode("utf-8")
        for info in infos:
            out[f"archive/{folder}/{info.ref.key}.md"] = entity_page(info, docs).encode("utf-8")
    return out
