// Dossier: filter a listing page in the browser. Every element marked data-dossier-filterable gets
// a filter box; the rows it names (a CSS selector, "li" by default) are hidden unless their text
// contains every typed word. A listing is cut into pages of a few hundred rows, so the filter
// sees one page only: as the reader types, links offer the same words to the search page, across
// the whole archive and, when the page names one (data-dossier-facet / data-dossier-value, e.g.
// year 2005 or a source), across that part of it. data-dossier-root is the site root, relative.
(function () {
  let made = 0;

  function searchLink(root, words, facet, value) {
    const params = new URLSearchParams();
    params.set("q", words.join(" "));
    if (facet) params.set(facet, value);
    const a = document.createElement("a");
    a.href = root + "search/?" + params.toString();
    a.textContent = value ? "Search " + value + " for \u201c" + words.join(" ") + "\u201d"
                          : "Search every document for \u201c" + words.join(" ") + "\u201d";
    return a;
  }

  function setUp(container) {
    if (container.dataset.dossierReady) return;
    container.dataset.dossierReady = "1";
    made += 1;
    const box = document.createElement("div");
    box.className = "dossier-filter";
    const label = document.createElement("label");
    label.htmlFor = "dossier-filter-" + made;
    label.textContent = "Filter this page";
    const input = document.createElement("input");
    input.type = "search";
    input.id = label.htmlFor;
    input.placeholder = "e.g. Lavrov";
    input.autocomplete = "off";
    const status = document.createElement("span");
    status.className = "dossier-filter-status";
    status.setAttribute("aria-live", "polite");
    const elsewhere = document.createElement("span");
    elsewhere.className = "dossier-filter-search";
    box.append(label, input, status, elsewhere);
    container.parentNode.insertBefore(box, container);

    const items = Array.from(container.querySelectorAll(container.dataset.dossierFilterable || "li"));
    const texts = items.map(function (item) { return item.textContent.toLowerCase(); });
    const root = container.dataset.dossierRoot || "";
    const facet = container.dataset.dossierFacet || "";
    const value = container.dataset.dossierValue || "";
    input.addEventListener("input", function () {
      const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      items.forEach(function (item, i) {
        const match = words.every(function (w) { return texts[i].includes(w); });
        item.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = words.length ? shown + " of " + items.length + " on this page" : "";
      elsewhere.replaceChildren();
      if (!words.length) return;
      if (facet) elsewhere.append(searchLink(root, words, facet, value), " \u00b7 ");
      elsewhere.append(searchLink(root, words, "", ""));
    });
  }

  function init() {
    document.querySelectorAll("[data-dossier-filterable]").forEach(setUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
