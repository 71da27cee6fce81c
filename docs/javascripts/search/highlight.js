// Dossier search: on a document page opened from a search result (?q=<query>), mark in the text
// the words the search matched: a word is marked when Pagefind would have found it for a query
// term (its stem, in the text's language, starts with the term's stem; see words.js). Marks are
// <mark> elements around existing text nodes, inside the document's text only.
import { markWord } from "./view.js";
import { queryTerms, matchesAny, stemmerFor } from "./words.js";

async function highlight() {
  const body = document.querySelector("[data-dossier-body]");
  const query = new URLSearchParams(location.search).get("q") || "";
  const terms = queryTerms(query);
  if (!body || !terms.length) return;
  const stem = await stemmerFor(body.getAttribute("lang") || document.documentElement.lang);
  const stems = terms.map(stem);
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let first = null;
  let count = 0;
  for (const node of nodes) {
    const tokens = node.data.split(/(\s+)/);
    if (!tokens.some(function (t) { return t && !/^\s+$/.test(t) && matchesAny(t, stems, stem); })) continue;
    const fragment = document.createDocumentFragment();
    for (const token of tokens) {
      if (token && !/^\s+$/.test(token) && matchesAny(token, stems, stem)) {
        const nodes = markWord(token, { class: "dossier-highlight" });
        fragment.append(...nodes);
        first = first || nodes.find(function (n) { return n instanceof Element; });
        count += 1;
      } else if (token) {
        fragment.append(document.createTextNode(token));
      }
    }
    node.replaceWith(fragment);
  }
  if (!first) return;
  const note = document.createElement("p");
  note.className = "dossier-highlight-note";
  note.setAttribute("role", "status");
  const clear = document.createElement("button");
  clear.type = "button";
  clear.className = "dossier-link-button";
  clear.textContent = "Remove the marks";
  clear.addEventListener("click", function () {
    body.querySelectorAll("mark.dossier-highlight").forEach(function (mark) { mark.replaceWith(mark.textContent); });
    body.normalize();
    note.remove();
  });
  note.append(count + " word" + (count === 1 ? "" : "s") + " marked for “" + query + "”. ", clear);
  body.before(note);
  first.scrollIntoView({ block: "center" });
}

highlight();
