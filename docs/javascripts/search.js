// Dossier: search on every page. "/" puts the cursor in the search field (the search page's own,
// else the header's). On the search page (an element [data-dossier-search]) it starts the search
// page; on a document page opened from a result (?q=... in its address) it marks the words the
// search found. Both are modules beside this script, loaded only where they are needed.
(function () {
  "use strict";
  const here = new URL(".", document.currentScript.src);

  window.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const field = document.getElementById("dossier-query") || document.getElementById("dossier-header-query");
    if (!field || field.offsetParent === null) return;
    event.preventDefault();
    field.focus();
    field.select();
  });

  function start() {
    if (document.querySelector("[data-dossier-search]")) {
      // the whole module graph at once, rather than each module after the one importing it
      for (const name of ["words", "view", "names", "engine", "app"]) import(new URL("search/" + name + ".js", here).href);
    } else if (document.querySelector("[data-dossier-body]") && new URLSearchParams(location.search).get("q")) {
      import(new URL("search/highlight.js", here).href);
    }
  }
  // the page's content is parsed before this script (it comes last): start now if it is there
  if (document.readyState !== "loading" || document.querySelector("[data-dossier-search], [data-dossier-body]")) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
