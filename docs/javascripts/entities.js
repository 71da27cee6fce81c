// Dossier: the People, Places and Organisations pages. Each holds an empty element
// [data-dossier-names="names.json"]; this script loads that index and shows either every name
// (filterable, by number of documents or A to Z) or, at archive/<kind>/#<key>, one name: its
// other spellings, the documents that mention it with a snippet each, and frequent companions.
// The data is seed text: it reaches the page only through textContent and attribute values.
(function () {
  "use strict";

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    for (const child of children || []) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function plural(count, one, many) {
    return count.toLocaleString("en-GB") + " " + (count === 1 ? one : many);
  }

  function loadJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response.json();
    });
  }

  function nameTable(rows) {
    const body = el("tbody", {}, rows.map(function (row) {
      // the row's id is the name's key, so archive/<kind>/#<key> is also a real anchor
      return el("tr", { id: row[0], "data-filter": row[1].toLowerCase() }, [
        el("td", {}, [el("a", { href: "#" + row[0] }, [row[1]])]),
        el("td", { class: "dossier-col-words" }, [row[2].toLocaleString("en-GB")]),
        el("td", { class: "dossier-col-words" }, [row[3].toLocaleString("en-GB")]),
      ]);
    }));
    const head = el("thead", {}, [el("tr", {}, [
      el("th", { scope: "col" }, ["Name"]),
      el("th", { scope: "col" }, ["Documents"]),
      el("th", { scope: "col" }, ["Mentions"]),
    ])]);
    return el("div", { class: "dossier-table-wrap" }, [el("table", { class: "dossier-table" }, [head, body])]);
  }

  function showList(box, index) {
    const status = el("span", { class: "dossier-filter-status", "aria-live": "polite" });
    const input = el("input", { type: "search", placeholder: "e.g. Lavrov" });
    const byCount = el("button", { type: "button", class: "dossier-sort-button", "aria-pressed": "true" }, ["Most documents"]);
    const byName = el("button", { type: "button", class: "dossier-sort-button", "aria-pressed": "false" }, ["A to Z"]);
    const alphabetical = index.names.slice().sort(function (a, b) {
      return a[1].localeCompare(b[1], "en", { sensitivity: "base" }) || (a[0] < b[0] ? -1 : 1);
    });
    const holder = el("div");
    function render(rows) {
      holder.replaceChildren(nameTable(rows));
      filter();
    }
    function filter() {
      const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      const rows = holder.querySelectorAll("tr[data-filter]");
      let shown = 0;
      rows.forEach(function (row) {
        const match = words.every(function (w) { return row.dataset.filter.includes(w); });
        row.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = words.length ? " " + shown + " of " + rows.length + " shown" : "";
    }
    function sortBy(button, rows) {
      byCount.setAttribute("aria-pressed", String(button === byCount));
      byName.setAttribute("aria-pressed", String(button === byName));
      render(rows);
    }
    input.addEventListener("input", filter);
    byCount.addEventListener("click", function () { sortBy(byCount, index.names); });
    byName.addEventListener("click", function () { sortBy(byName, alphabetical); });
    box.replaceChildren(
      el("label", { class: "dossier-filter" }, ["Filter by name ", input, status]),
      el("p", { class: "dossier-sort" }, ["Sort: ", byCount, " ", byName]),
      holder
    );
    render(index.names);
  }

  function mentionItem(root, doc, count, snippet) {
    const when = [doc[2] || "undated"];
    if (count > 1) when.push(plural(count, "mention", "mentions"));
    return el("li", {}, [
      el("a", { href: root + doc[0] }, [doc[1]]), " ",
      el("small", {}, ["(" + when.join(", ") + ")"]),
      el("br"),
      el("q", { class: "dossier-snippet" }, [snippet]),
    ]);
  }

  // A place's kind and coordinates, and a plain link to OpenStreetMap (no embedded map: the
  // page itself makes no request to a third party). Only numbers and a fixed URL are printed.
  function placeLine(place) {
    const kind = place.kind.charAt(0).toUpperCase() + place.kind.slice(1);
    const lat = Number(place.lat), lon = Number(place.lon);
    if (place.lat == null || place.lon == null || !isFinite(lat) || !isFinite(lon)) {
      // coordinates unknown (Palau, Antarctica): the kind alone, no map link
      return el("p", { class: "dossier-place" }, [kind]);
    }
    const where = Math.abs(lat).toFixed(4) + "° " + (lat < 0 ? "S" : "N") + ", " +
      Math.abs(lon).toFixed(4) + "° " + (lon < 0 ? "W" : "E");
    const line = el("p", { class: "dossier-place" }, [
      kind + " · " + where + (place.centre ? " (centre of population)" : "") + " · ",
    ]);
    if (/^https:\/\/www\.openstreetmap\.org\//.test(place.osm)) {
      line.append(el("a", { href: place.osm, rel: "nofollow noopener" }, ["OpenStreetMap"]));
    }
    return line;
  }

  function showName(box, index, shard, key, heading) {
    // a Map, not the parsed object: a key such as "constructor" or "__proto__" must not find
    // what every object inherits
    const name = new Map(Object.entries(shard.names)).get(key);
    const back = el("p", {}, [el("a", { href: "./" }, ["← All " + index.title.toLowerCase()])]);
    if (!name) {
      heading.textContent = index.title;
      box.replaceChildren(back, el("p", { class: "dossier-unknown" }, ["No name with the key “" + key + "” in this archive."]));
      return;
    }
    heading.textContent = name.name;
    document.title = name.name + " - " + document.title.split(" - ").slice(-1)[0];
    const about = el("p", {}, [name.kind + (name.description ? ": " + name.description : "")]);
    if (name.wikidata && /^Q[0-9]+$/.test(name.wikidata)) {
      about.append(" · Wikidata ", el("a", { href: "https://www.wikidata.org/wiki/" + name.wikidata, rel: "nofollow noopener" }, [name.wikidata]));
    }
    const parts = [back, about];
    if (name.place) parts.push(placeLine(name.place));
    if (name.aliases.length) parts.push(el("p", {}, ["Also written: " + name.aliases.join(", ")]));
    if (name.feed) {
      // an RSS feed of the latest documents naming it (names in two or more documents have one)
      parts.push(el("p", { class: "dossier-follow" }, [
        "Follow this name: ",
        el("a", { href: index.root + name.feed + ".xml", type: "application/rss+xml" }, ["RSS feed"]),
      ]));
    }
    parts.push(
      el("h2", {}, ["Mentioned in " + plural(name.documents.length, "document", "documents")]),
      el("ol", { class: "dossier-mentions-list" }, name.documents.map(function (m) {
        return mentionItem(index.root, shard.documents[m[0]], m[1], m[2]);
      }))
    );
    if (name.companions.length) {
      parts.push(
        el("h2", {}, ["Often mentioned with"]),
        el("ul", {}, name.companions.map(function (c) {
          return el("li", {}, [
            el("a", { href: "../" + c[0] + "/#" + c[1] }, [c[2]]), " ",
            el("small", {}, ["(" + plural(c[3], "document", "documents") + ")"]),
          ]);
        }))
      );
    }
    box.replaceChildren.apply(box, parts);
  }

  // The key in the address; a malformed %-escape is taken as it stands rather than thrown.
  function hashKey() {
    const raw = location.hash.slice(1);
    try {
      return decodeURIComponent(raw);
    } catch (error) {
      return raw;
    }
  }

  function setUp(box) {
    const heading = document.querySelector("h1.dossier-names-title");
    const pageTitle = document.title;
    const shards = new Map(); // file -> Promise of its data
    loadJson(box.dataset.dossierNames).then(function (index) {
      // Maps: keys come from the address and the data, and may be "constructor" or "__proto__"
      const fileOf = new Map(index.names.map(function (row) { return [row[0], row[4]]; }));
      function route() {
        const key = hashKey();
        document.title = pageTitle;
        if (!key) {
          heading.textContent = index.title;
          showList(box, index);
          return;
        }
        const file = fileOf.get(key);
        if (file && !shards.has(file)) shards.set(file, loadJson(file));
        const loaded = file ? shards.get(file) : Promise.resolve({ names: {}, documents: [] });
        loaded.then(function (shard) {
          showName(box, index, shard, key, heading);
          window.scrollTo(0, 0);
        }).catch(function (error) {
          if (file) shards.delete(file); // try again on the next visit
          heading.textContent = index.title;
          box.replaceChildren(el("p", { class: "dossier-unknown" }, ["This name could not be loaded (" + error.message + ")."]));
        });
      }
      window.addEventListener("hashchange", route);
      route();
    }).catch(function (error) {
      box.replaceChildren(el("p", { class: "dossier-unknown" }, ["The list could not be loaded (" + error.message + ")."]));
    });
  }

  function init() {
    document.querySelectorAll("[data-dossier-names]").forEach(setUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
