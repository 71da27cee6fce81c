// Dossier: the "Cite this" section of a document page. The citation is plain, selectable text in
// the page; this script adds a "Copy citation" button (a real <button>, so it works from the
// keyboard) and, when the site was built without site_url, completes the citation with the
// address the reader is on. Text reaches the page through textContent only.
(function () {
  "use strict";

  function select(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyText(text, source) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Without the asynchronous clipboard (plain http): copy the selected citation.
    select(source);
    return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function setUp(citation) {
    const url = citation.querySelector("[data-dossier-cite-url]");
    if (url && !url.textContent) {
      url.textContent = ", " + location.origin + location.pathname;
    }
    const status = document.createElement("span");
    status.className = "dossier-cite-status";
    status.setAttribute("role", "status");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "md-button md-button--primary dossier-cite-copy";
    button.textContent = "Copy citation";
    button.addEventListener("click", function () {
      copyText(citation.textContent.trim(), citation).then(
        function () { status.textContent = "Copied."; },
        function () {
          select(citation);
          status.textContent = "Could not copy: the citation is selected, press Ctrl+C (⌘C) to copy it.";
        }
      );
    });
    const row = document.createElement("p");
    row.className = "dossier-cite-actions";
    row.append(button, " ", status);
    citation.after(row);
  }

  function init() {
    document.querySelectorAll("[data-dossier-citation]").forEach(setUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
