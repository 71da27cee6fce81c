// Dossier search: the indexes and tables behind the search page.
//
// search/facets.json lists every document (date, type, source, language) and the Pagefind
// indexes: one per language, in parts. Each language's index is searched by its own copy of
// Pagefind (its own worker and WebAssembly module, which holds that language's stemmer); the
// parts of one language are merged into it. A result's id names its part and its row in it
// (search/compact.py), which the table turns into rows: the page filters, counts and sorts whole
// result sets from the table, and loads a result's text (its Pagefind fragment) only to show it.
import { isPhrase, missingTerms, queryTerms, stemmerFor } from "./words.js";

function loadJson(url) {
  return fetch(url).then(function (response) {
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return response.json();
  });
}

// The path of ``url`` on this site: Pagefind wants paths, not addresses.
function pathOf(url) {
  const parsed = new URL(url);
  return parsed.origin === location.origin ? parsed.pathname : parsed.href;
}

export class Engine {
  // ``indexes``: [{language, folders: [folder of each part, under search/]}], from the page.
  constructor(searchUrl, indexes) {
    this.searchUrl = searchUrl; // the address of search/
    this.table = loadJson(new URL("facets.json", searchUrl).href).then(function (table) {
      table.firstRow = new Map(table.parts.map(function (part) { return [part.tag, part.first]; }));
      // a whole date comes as its days after the previous whole date (search/tables.py)
      let day = 0, iso = "";
      for (const doc of table.docs) {
        if (typeof doc[0] !== "number") continue;
        if (doc[0] || !iso) { day += doc[0]; iso = new Date(day * 86400000).toISOString().slice(0, 10); }
        doc[0] = iso;
      }
      return table;
    });
    this.indexes = Promise.all(indexes.map((index) => this.openIndex(index)));
    this.names = null;
    this.cache = new Map();
  }

  // One Pagefind per language (its own module, worker and stemmer), its other parts merged in.
  openIndex(index) {
    const searchUrl = this.searchUrl;
    const primary = new URL(index.folders[0], searchUrl).href;
    const stem = stemmerFor(index.language);
    return import(primary + "pagefind.js").then(async function (pagefind) {
      await pagefind.options({ basePath: pathOf(primary), excerptLength: 30 });
      await pagefind.init();
      await Promise.all(index.folders.slice(1).map(function (folder) {
        return pagefind.mergeIndex(pathOf(new URL(folder, searchUrl).href), {});
      }));
      return { language: index.language, pagefind: pagefind, stem: await stem };
    });
  }

  // Start loading everything a first query needs.
  warm() {
    return this.indexes;
  }

  loadNames() {
    if (!this.names) this.names = loadJson(new URL("names.json", this.searchUrl).href);
    return this.names;
  }

  // The rows (numbers into table.docs) matching ``query``, best first; every document when the
  // query is empty. Each row carries its Pagefind result, to load its text later.
  async rows(query) {
    const key = query.trim();
    if (!this.cache.has(key)) this.cache.set(key, this.find(key));
    return this.cache.get(key);
  }

  async find(query) {
    const indexes = await this.indexes; // the table may still be on its way meanwhile
    const terms = query ? queryTerms(query) : [];
    if (query && !terms.length) return { rows: [], results: new Map(), terms: terms };
    const searched = await Promise.all(indexes.map(async function (index) {
      // best first; a result's id is <part's tag>_<row in its part>_<digest> (search/compact.py)
      const answer = await index.pagefind.search(query ? query : null);
      const results = (answer ? answer.results : []).map(function (r) { r.row = Number(r.id.split("_")[1]); return r; });
      if (!query || isPhrase(query)) return results;
      // Pagefind's fallback happens per index part: check one result of each part.
      const stems = terms.map(index.stem);
      const byPart = new Map();
      for (const result of results) {
        const tag = result.id.split("_")[0];
        if (!byPart.has(tag)) byPart.set(tag, []);
        byPart.get(tag).push(result);
      }
      const verdicts = await Promise.all(Array.from(byPart.values(), async function (partResults) {
        const data = await partResults[0].data();
        const words = data.content.split(/\s+/);
        const located = data.locations.map(function (i) { return words[i] || ""; });
        const title = String((data.meta && data.meta.title) || "").split(/\s+/);
        return missingTerms(stems, located.concat(title), index.stem).length ? [] : partResults;
      }));
      return verdicts.flat();
    }));
    const table = await this.table;
    const all = searched.flat().sort(function (a, b) { return b.score - a.score; });
    const results = new Map();
    const rows = [];
    for (const result of all) {
      const first = table.firstRow.get(result.id.split("_")[0]);
      if (first === undefined || !Number.isInteger(result.row)) continue;
      const row = first + result.row;
      if (results.has(row)) continue;
      results.set(row, result);
      rows.push(row);
    }
    if (!query) rows.sort(function (a, b) { return a - b; });
    return { rows: rows, results: results, terms: terms };
  }
}
