// Dossier search page (search/): results, facets and names for the query in the address.
//
// The address holds the whole search: ?q=<words>&sort=newest&year=2005&type=report&person=<key>...
// so a search can be bookmarked, shared and reloaded, and Back returns to the previous one.
// Several values of one facet widen the search (any of them); different facets narrow it (all
// of them). A facet's counts are the documents that would match if that value were added to
// the search: the query and every other facet's choice apply, its own choice does not.
// Every value shown comes from seed text: it reaches the page only as text nodes and attributes.
import { Engine } from "./engine.js";
import { el, excerpt, formatDate, marked, plural } from "./view.js";
import { lookupNames } from "./names.js";
import { isPhrase, stemmerFor } from "./words.js";

const PAGE = 20; // results shown at first and added by "Show more"
const FIRST = 4; // results shown before the rest of the first PAGE are loaded
const TYPING_PAUSE = 100; // ms without a key before the typed query is searched
const FACETS = [
  { param: "year", title: "Year" },
  { param: "type", title: "Type" },
  { param: "language", title: "Language" },
  { param: "source", title: "Source" },
];
const NAME_FACETS = [
  { param: "person", title: "People", kind: 0 },
  { param: "place", title: "Places", kind: 1 },
  { param: "organisation", title: "Organisations", kind: 2 },
];
const ALL_PARAMS = FACETS.concat(NAME_FACETS).map(function (f) { return f.param; });
const SORTS = { relevance: "Best match", newest: "Newest first", oldest: "Oldest first" };
const TOP_NAMES = 10; // names listed per kind before the reader filters for one

function readState() {
  const params = new URLSearchParams(location.search);
  const state = { q: params.get("q") || "", sort: params.get("sort") || "", filters: {}, shown: PAGE };
  for (const param of ALL_PARAMS) state.filters[param] = new Set(params.getAll(param).filter(Boolean));
  if (!SORTS[state.sort]) state.sort = "";
  if (history.state && history.state.dossierShown) state.shown = history.state.dossierShown;
  return state;
}

function stateUrl(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  if (state.sort) params.set("sort", state.sort);
  for (const param of ALL_PARAMS) for (const value of Array.from(state.filters[param]).sort()) params.append(param, value);
  const query = params.toString();
  return location.pathname + (query ? "?" + query : "");
}

function effectiveSort(state) {
  return state.sort || (state.q.trim() ? "relevance" : "newest");
}

// The facet values of one table row: {year: [...], type: [...], ...} (names when loaded).
function rowValues(table, names, row) {
  const doc = table.docs[row];
  const values = {
    year: doc[0] ? [doc[0].slice(0, 4)] : [],
    type: [table.types[doc[1]]],
    language: [table.languages[doc[3]]],
    source: doc[2] >= 0 ? [table.sources[doc[2]]] : [],
    person: [], place: [], organisation: [],
  };
  if (names) {
    for (const n of names.docs[row]) values[NAME_FACETS[names.names[n][0]].param].push(names.names[n][1]);
  }
  return values;
}

function matchesExcept(values, filters, skip) {
  for (const param of ALL_PARAMS) {
    if (param === skip || !filters[param].size) continue;
    if (!values[param].some(function (v) { return filters[param].has(v); })) return false;
  }
  return true;
}

// Documents per facet value among ``rows``, with each facet's own choice left out.
function facetCounts(rows, valuesOf, filters, params) {
  const counts = {};
  for (const param of params) counts[param] = new Map();
  for (const row of rows) {
    const values = valuesOf(row);
    for (const param of params) {
      if (!matchesExcept(values, filters, param)) continue;
      for (const v of values[param]) counts[param].set(v, (counts[param].get(v) || 0) + 1);
    }
  }
  return counts;
}

function sortRows(rows, table, sort) {
  if (sort === "relevance") return rows;
  const dated = rows.filter(function (r) { return table.docs[r][0]; });
  const undated = rows.filter(function (r) { return !table.docs[r][0]; });
  const sign = sort === "newest" ? -1 : 1;
  // undated documents come last in both date orders; equal dates keep their earlier order
  dated.sort(function (a, b) {
    const x = table.docs[a][0], y = table.docs[b][0];
    return x === y ? 0 : (x < y ? -sign : sign);
  });
  return dated.concat(undated);
}

class SearchPage {
  constructor(box) {
    this.box = box;
    this.root = new URL(box.dataset.dossierRoot || "../", location.href);
    this.engine = new Engine(new URL("search/", this.root).href, JSON.parse(box.dataset.dossierIndexes || "[]"));
    this.form = document.querySelector("form.dossier-search-form");
    this.input = document.getElementById("dossier-query");
    this.status = el("p", { class: "dossier-search-status", role: "status", "aria-live": "polite" });
    this.namesBox = el("div", { class: "dossier-search-names" });
    this.sortSelect = el("select", { id: "dossier-sort" }, Object.entries(SORTS).map(function ([value, label]) {
      return el("option", { value: value }, [label]);
    }));
    this.list = el("ol", { class: "dossier-results" });
    this.more = el("button", { type: "button", class: "md-button dossier-more", hidden: "" }, ["Show more results"]);
    this.facetBox = el("div", { class: "dossier-facets" });
    const toolbar = el("div", { class: "dossier-search-toolbar" }, [
      this.status,
      el("label", { class: "dossier-sort", for: "dossier-sort" }, ["Sort: "]),
      this.sortSelect,
    ]);
    const main = el("section", { class: "dossier-search-main", "aria-label": "Results" }, [this.namesBox, toolbar, this.list, this.more]);
    const side = el("aside", { class: "dossier-search-side", "aria-label": "Narrow the results" }, [this.facetBox]);
    box.replaceChildren(el("div", { class: "dossier-search-layout" }, [main, side]));
    this.run = 0;
    this.openNames = new Set();
    this.nameFilters = {};
    this.bind();
    this.engine.warm().catch((error) => this.fail(error));
    this.load(readState());
  }

  bind() {
    let timer = null;
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      this.change({ q: this.input.value, shown: PAGE }, "push");
    });
    this.input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.change({ q: this.input.value, shown: PAGE }, "replace"), TYPING_PAUSE);
    });
    this.sortSelect.addEventListener("change", () => this.change({ sort: this.sortSelect.value, shown: PAGE }, "push"));
    this.more.addEventListener("click", () => this.showMore());
    window.addEventListener("popstate", () => this.load(readState()));
  }

  change(update, how) {
    const state = Object.assign({}, this.state, update);
    const url = stateUrl(state);
    if (how === "push" && url !== location.pathname + location.search) history.pushState({ dossierShown: state.shown }, "", url);
    else history.replaceState({ dossierShown: state.shown }, "", url);
    this.load(state);
  }

  toggle(param, value, on) {
    const filters = {};
    for (const p of ALL_PARAMS) filters[p] = new Set(this.state.filters[p]);
    if (on) filters[param].add(value); else filters[param].delete(value);
    this.change({ filters: filters, shown: PAGE }, "push");
  }

  fail(error) {
    this.status.textContent = "Search could not be loaded (" + error.message + ").";
  }

  async load(state) {
    const run = ++this.run;
    this.state = state;
    if (document.activeElement !== this.input) this.input.value = state.q;
    this.sortSelect.value = effectiveSort(state);
    const title = document.title.split(" – ").slice(-1)[0];
    document.title = (state.q.trim() ? state.q.trim() + " – Search – " : "Search – ") + title;
    const wantNames = NAME_FACETS.some((f) => state.filters[f.param].size || this.openNames.has(f.param));
    let found, table, names;
    try {
      [found, table, names] = await Promise.all([
        this.engine.rows(state.q),
        this.engine.table,
        wantNames ? this.engine.loadNames() : Promise.resolve(null),
      ]);
    } catch (error) {
      if (run === this.run) this.fail(error);
      return;
    }
    if (run !== this.run) return;
    this.showNames(state.q);
    const valuesOf = (row) => rowValues(table, names, row);
    const matching = found.rows.filter(function (row) { return matchesExcept(valuesOf(row), state.filters, null); });
    this.view = { table: table, names: names, found: found, rows: sortRows(matching, table, effectiveSort(state)) };
    this.showStatus(state, found, matching.length);
    // the facets are drawn anew: keep the keyboard's place in them
    const focused = this.facetBox.contains(document.activeElement) ? document.activeElement.id : "";
    this.showFacets(table, names, facetCounts(found.rows, valuesOf, state.filters, names ? ALL_PARAMS : FACETS.map(function (f) { return f.param; })));
    const again = focused && document.getElementById(focused);
    if (again) again.focus();
    this.list.replaceChildren();
    // the first few results first: a reader sees them while the rest of the page loads
    const first = Math.min(FIRST, state.shown);
    await this.showResults(0, first, run);
    if (run === this.run && state.shown > first) await this.showResults(first, state.shown, run);
  }

  showStatus(state, found, count) {
    const q = state.q.trim();
    const filtered = ALL_PARAMS.some(function (p) { return state.filters[p].size; });
    if (!q && !filtered) this.status.textContent = plural(count, "document", "documents") + " in the archive";
    else if (count) this.status.textContent = plural(count, "document", "documents") + (q ? " match" + (count === 1 ? "es" : "") : "");
    else if (q && !found.rows.length) this.status.textContent = "No document contains " + (found.terms.length > 1 ? "all of " : "") + "“" + q + "”.";
    else this.status.textContent = "No document matches these choices.";
  }

  async showResults(from, to, run) {
    const { table, found, rows } = this.view;
    const slice = rows.slice(from, to);
    const q = this.state.q.trim();
    const link = q ? "?q=" + encodeURIComponent(q) : "";
    const items = await Promise.all(slice.map(async (row) => {
      const data = await found.results.get(row).data();
      const doc = table.docs[row];
      const language = table.languages[doc[3]];
      const stem = await stemmerFor(language);
      const stems = found.terms.map(stem);
      const title = String((data.meta && data.meta.title) || data.url);
      // a result's address is a document's path on this site; anything else is not linked
      const target = new URL(data.raw_url || data.url, this.root);
      const href = target.origin === location.origin ? target.href : this.root.href;
      const meta = [
        doc[0] ? formatDate(doc[0]) : "undated",
        doc[2] >= 0 ? table.sources[doc[2]] : "source unknown",
        table.typeLabels[doc[1]],
        table.languageLabels[doc[3]],
      ];
      const marks = isPhrase(q) ? [] : stems;
      return el("li", { class: "dossier-result" }, [
        el("a", { class: "dossier-result-title", href: href.split("?")[0] + link, lang: language }, marked(title, marks, stem)),
        el("p", { class: "dossier-result-meta" }, [meta.join(" · ")]),
        el("p", { class: "dossier-result-excerpt", lang: language }, excerpt(data, q ? 30 : 40)),
      ]);
    }));
    if (run !== this.run) return;
    this.list.append(...items);
    to = Math.min(to, rows.length);
    this.more.hidden = to >= rows.length || to < this.state.shown;
    this.more.textContent = "Show " + Math.min(PAGE, rows.length - to) + " more (" + (rows.length - to).toLocaleString("en-GB") + " left)";
    return items;
  }

  async showMore() {
    const from = this.state.shown;
    this.state.shown += PAGE;
    history.replaceState({ dossierShown: this.state.shown }, "", location.pathname + location.search);
    const items = await this.showResults(from, this.state.shown, this.run);
    if (items && items.length) items[0].querySelector("a").focus();
  }

  async showNames(q) {
    const table = await this.engine.table;
    const known = this.knownShards || (this.knownShards = new Set(table.nameShards));
    const found = q.trim() ? await lookupNames(q, new URL("search/", this.root).href, known) : [];
    if (q !== this.state.q) return;
    if (!found.length) { this.namesBox.replaceChildren(); return; }
    this.namesBox.replaceChildren(
      el("p", { class: "dossier-search-names-title" }, ["Names in this archive:"]),
      el("ul", {}, found.map((entry) => el("li", {}, [
        el("a", { href: new URL("archive/" + entry[0] + "/#" + encodeURIComponent(entry[1]), this.root).href }, [entry[2]]),
        " ",
        el("small", {}, ["(" + { people: "person", places: "place", organisations: "organisation" }[entry[0]] + ")"]),
      ])))
    );
  }

  showFacets(table, names, counts) {
    const groups = FACETS.map((facet) => {
      const values = Array.from(counts[facet.param].keys());
      for (const v of this.state.filters[facet.param]) if (!counts[facet.param].has(v)) values.push(v);
      if (facet.param === "year") values.sort().reverse();
      else values.sort((a, b) => (counts[facet.param].get(b) || 0) - (counts[facet.param].get(a) || 0) || (a < b ? -1 : 1));
      const label = (v) => facet.param === "type" ? table.typeLabels[table.types.indexOf(v)] || v
        : facet.param === "language" ? table.languageLabels[table.languages.indexOf(v)] || v : v;
      return this.facetGroup(facet, values.map((v) => [v, label(v), counts[facet.param].get(v) || 0]), null);
    });
    const nameGroups = NAME_FACETS.map((facet) => this.nameGroup(facet, names, counts[facet.param]));
    this.facetBox.replaceChildren(el("h2", { class: "dossier-facets-title" }, ["Narrow the results"]), ...groups, ...nameGroups);
  }

  facetGroup(facet, entries, extra) {
    const chosen = this.state.filters[facet.param];
    const list = el("ul", { class: "dossier-facet-values" }, entries.map(([value, label, count]) => {
      const id = "dossier-f-" + facet.param + "-" + value.replace(/[^A-Za-z0-9_-]/g, function (c) { return "_" + c.codePointAt(0).toString(16); });
      const box = el("input", { type: "checkbox", id: id });
      box.checked = chosen.has(value);
      box.addEventListener("change", () => this.toggle(facet.param, value, box.checked));
      return el("li", {}, [box, el("label", { for: id }, [label + " ", el("span", { class: "dossier-count" }, ["(" + count.toLocaleString("en-GB") + ")"])])]);
    }));
    const parts = [el("legend", {}, [facet.title])];
    if (extra) parts.push(extra);
    parts.push(entries.length ? list : el("p", { class: "dossier-facet-empty" }, ["None"]));
    return el("fieldset", { class: "dossier-facet" }, parts);
  }

  // People, places and organisations: loaded when first opened (or chosen in the address).
  nameGroup(facet, names, counts) {
    const details = el("details", { class: "dossier-facet-names" });
    details.open = this.openNames.has(facet.param) || this.state.filters[facet.param].size > 0;
    details.append(el("summary", {}, [facet.title]));
    details.addEventListener("toggle", () => {
      if (details.open && !this.openNames.has(facet.param)) {
        this.openNames.add(facet.param);
        this.load(this.state);
      } else if (!details.open) this.openNames.delete(facet.param);
    });
    if (!details.open) return details;
    if (!names) { details.append(el("p", {}, ["Loading…"])); return details; }
    const byKey = new Map(names.names.filter(function (n) { return n[0] === facet.kind; }).map(function (n) { return [n[1], n[2]]; }));
    const chosen = this.state.filters[facet.param];
    const ranked = Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || (byKey.get(a[0]) < byKey.get(b[0]) ? -1 : 1); });
    const filterText = (this.nameFilters[facet.param] || "").toLowerCase();
    const shown = ranked.filter(function (e) { return !filterText || (byKey.get(e[0]) || "").toLowerCase().includes(filterText); });
    const entries = shown.slice(0, filterText ? 50 : TOP_NAMES);
    for (const key of chosen) if (!entries.some(function (e) { return e[0] === key; })) entries.unshift([key, counts.get(key) || 0]);
    const find = el("input", { type: "search", id: "dossier-find-" + facet.param, placeholder: "Find a name", autocomplete: "off" });
    find.value = this.nameFilters[facet.param] || "";
    const note = el("p", { class: "dossier-facet-note" }, [
      ranked.length > entries.length ? "Top " + entries.length + " of " + plural(ranked.length, "name", "names") : plural(ranked.length, "name", "names"),
    ]);
    find.addEventListener("input", () => {
      this.nameFilters[facet.param] = find.value;
      const replacement = this.nameGroup(facet, names, counts);
      details.replaceWith(replacement);
      const box = replacement.querySelector("input[type=search]");
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
    });
    const label = el("label", { class: "dossier-unseen", for: find.id }, ["Find one of the " + facet.title.toLowerCase()]);
    const group = this.facetGroup(facet, entries.map(function ([key, count]) { return [key, byKey.get(key) || key, count]; }), el("div", {}, [label, find, note]));
    details.append(group);
    return details;
  }
}

const box = document.querySelector("[data-dossier-search]");
if (box) new SearchPage(box);
