// Dossier: filter a list in the browser. Any element marked data-dossier-filterable gets a search
// box; its <li data-filter="..."> items are hidden unless they contain every typed word.
(function () {
  function setUp(container) {
    if (container.dataset.dossierReady) return;
    container.dataset.dossierReady = "1";
    const label = document.createElement("label");
    label.className = "dossier-filter";
    label.textContent = "Filter by name, place or source ";
    const input = document.createElement("input");
    input.type = "search";
    input.placeholder = "e.g. Lavrov";
    label.appendChild(input);
    const status = document.createElement("span");
    status.className = "dossier-filter-status";
    status.setAttribute("aria-live", "polite");
    label.appendChild(status);
    container.parentNode.insertBefore(label, container);
    const items = Array.from(container.querySelectorAll("li[data-filter]"));
    input.addEventListener("input", function () {
      const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const item of items) {
        const text = item.dataset.filter;
        const match = words.every(function (w) { return text.includes(w); });
        item.hidden = !match;
        if (match) shown += 1;
      }
      status.textContent = words.length ? " " + shown + " of " + items.length + " shown" : "";
    });
  }
  function init() {
    document.querySelectorAll("[data-dossier-filterable]").forEach(setUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
