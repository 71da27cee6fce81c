// Dossier: give Material's search dialog an accessible name. Its template renders
// <div class="md-search" role="dialog"> without one, so screen readers announce an unnamed
// dialog; changing the template would need a theme override, which the site avoids. The name is
// the search field's own label ("Search" in the site's language).
(function () {
  const dialog = document.querySelector('.md-search[role="dialog"]');
  if (!dialog || dialog.hasAttribute("aria-label") || dialog.hasAttribute("aria-labelledby")) return;
  const field = dialog.querySelector(".md-search__input");
  dialog.setAttribute("aria-label", (field && field.getAttribute("aria-label")) || "Search");
})();
