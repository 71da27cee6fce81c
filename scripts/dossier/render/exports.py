"""Citation files for reference managers: BibTeX, RIS and CSL-JSON, one of each per document
(``archive/cite/<slug>.*``) and the whole archive as ``catalog.bib`` and ``catalog.ris``.

Each format escapes for its own syntax. BibTeX: LaTeX's special characters become commands,
and braces become ``\\textbraceleft{}``/``\\textbraceright{}`` rather than ``\\{``/``\\}``,
because BibTeX counts a backslashed brace too, so a title with one "{" would otherwise leave the
entry unbalanced. RIS: every value is one line (a line break in a value would start a new tag).
CSL-JSON: written by the json module. The key of every entry is the document id, which never
changes for the same seed file.
"""

from __future__ import annotations

import json
import re
from typing import Any

from dossier.render.citation import Citation, one_line

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LATEX = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\textbraceleft{}",
        "}": r"\textbraceright{}",
        "#": r"\#",
        "$": r"\$",
        "%": r"\%",
        "&": r"\&",
        "_": r"\_",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
)


#: pairs TeX fonts typeset as one glyph ("--" is an en dash, "''" a closing quote): an empty
#: group between the two keeps the characters as written
_LIGATURE = re.compile(r"-(?=-)|'(?=')|`(?=`)|[?!](?=`)|<(?=<)|>(?=>)|,(?=,)")


def bibtex_value(value: str) -> str:
    """A BibTeX field value, braced: LaTeX's special characters escaped, ligatures broken, on
    one line; every brace in it belongs to a ``{}`` pair, so the entry balances whatever the
    value holds."""
    return "{" + _LIGATURE.sub(r"\g<0>{}", one_line(value).translate(_LATEX)) + "}"


def bibtex_entry(cite: Citation) -> str:
    """One ``@article`` (news report) or ``@misc`` entry. The title is double-braced so that
    styles keep its capitals; the date is given to its precision as biblatex ``date`` and as
    BibTeX ``year``/``month``."""
    kind = cite.types
    fields: list[tuple[str, str]] = [("title", "{" + bibtex_value(cite.title) + "}")]
    if cite.source:
        fields.append(("journal" if kind.bibtex == "article" else "publisher", bibtex_value(cite.source)))
    if cite.kind != "report":
        fields.append(("type", bibtex_value(cite.label)))
    parts = cite.date_parts
    if parts:
        fields += [("date", bibtex_value(cite.date.value if cite.date else "")), ("year", str(parts[0]))]
        if len(parts) > 1:
            fields.append(("month", _MONTHS[parts[1] - 1]))  # BibTeX's month macros
    if cite.language:
        fields.append(("language", bibtex_value(cite.language)))
    if cite.page_url:
        fields.append(("url", bibtex_value(cite.page_url)))
    fields.append(("note", bibtex_value(f"Archived in {cite.archive}")))
    if cite.tags:
        fields.append(("keywords", bibtex_value(", ".join(cite.tags))))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@{kind.bibtex}{{{cite.id},\n{body}\n}}\n"


def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {one_line(value).strip()}\n"


def ris_entry(cite: Citation) -> str:
    """One RIS record. Tags as Zotero reads them: T2 the newspaper of a news report, PB the
    publisher of the others, DA the date to its precision, DB the archive, UR the page."""
    lines = [_ris_line("TY", cite.types.ris), _ris_line("ID", cite.id), _ris_line("TI", cite.title)]
    if cite.source:
        lines.append(_ris_line("T2" if cite.kind == "report" else "PB", cite.source))
    if cite.kind != "report":
        lines.append(_ris_line("M3", cite.label))
    if cite.date:
        lines += [_ris_line("PY", str(cite.date_parts[0])), _ris_line("DA", cite.slashed_date)]
    if cite.language:
        lines.append(_ris_line("LA", cite.language))
    if cite.place and cite.kind == "transcript":
        lines.append(_ris_line("CY", cite.place))
    lines.append(_ris_line("DB", cite.archive))
    if cite.page_url:
        lines.append(_ris_line("UR", cite.page_url))
    lines += [_ris_line("KW", tag) for tag in cite.tags if tag.strip()]
    lines.append("ER  - \n")
    return "".join(lines)


def csl_item(cite: Citation) -> dict[str, Any]:
    """The CSL-JSON item of a document (citeproc-js, citeproc-py and Pandoc read it)."""
    item: dict[str, Any] = {"id": cite.id, "type": cite.types.csl, "title": cite.title, "archive": cite.archive}
    if cite.kind != "report":
        item["genre"] = cite.label
    if cite.source:
        item["container-title" if cite.kind == "report" else "publisher"] = cite.source
    if cite.date:
        item["issued"] = {"date-parts": [cite.date_parts]}
    if cite.language:
        item["language"] = cite.language
    if cite.place and cite.kind == "transcript":
        item["event-place"] = cite.place
    if cite.page_url:
        item["URL"] = cite.page_url
    if cite.tags:
        item["keyword"] = ", ".join(cite.tags)
    return item


def csl_json(cite: Citation) -> str:
    """A document's CSL-JSON file: a list holding its one item, as CSL processors expect (compact:
    it travels inside the page, see citation.cite_block)."""
    return json.dumps([csl_item(cite)], ensure_ascii=False) + "\n"


def document_exports(cite: Citation) -> dict[str, bytes]:
    """A document's own citation files, by extension."""
    return {
        "bib": bibtex_entry(cite).encode("utf-8"),
        "ris": ris_entry(cite).encode("utf-8"),
        "json": csl_json(cite).encode("utf-8"),
    }


def catalog_exports(cites: list[Citation]) -> dict[str, bytes]:
    """``catalog.bib`` and ``catalog.ris``: every document, in listing order, blank-line separated."""
    return {
        "catalog.bib": "\n".join(bibtex_entry(c) for c in cites).encode("utf-8"),
        "catalog.ris": "\n".join(ris_entry(c) for c in cites).encode("utf-8"),
    }
