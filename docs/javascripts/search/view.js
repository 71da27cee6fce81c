// Dossier search: DOM building. Index data (titles, texts, names) is seed text: it only ever
// becomes text nodes, attribute values set with setAttribute, and <mark> elements built here.
import { matchesAny } from "./words.js";

export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  for (const child of children || []) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

export function plural(count, one, many) {
  return count.toLocaleString("en-GB") + " " + (count === 1 ? one : many);
}

const MONTHS = "January February March April May June July August September October November December".split(" ");

// "11 February 2022", "February 2022" or "2022", as the document pages write dates.
export function formatDate(iso) {
  const [year, month, day] = iso.split("-");
  if (day) return Number(day) + " " + MONTHS[Number(month) - 1] + " " + year;
  if (month) return MONTHS[Number(month) - 1] + " " + year;
  return year;
}

// One word of a text as nodes, its letters in <mark>, the punctuation around them outside.
export function markWord(token, attrs) {
  const [, lead, core, trail] = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u.exec(token);
  return [lead, el("mark", attrs || {}, [core || token]), trail].filter(function (n) { return n !== ""; });
}

// ``text`` as nodes, with the words matching the stemmed terms ``stems`` in <mark>.
export function marked(text, stems, stem) {
  if (!stems.length) return [text];
  const nodes = [];
  for (const token of text.split(/(\s+)/)) {
    if (token && !/^\s+$/.test(token) && matchesAny(token, stems, stem)) nodes.push(...markWord(token));
    else if (token) nodes.push(token);
  }
  return nodes;
}

// The best window of about ``length`` words of a result's text, with Pagefind's located words in
// <mark>: the window holding the most weight of matches (Pagefind's own choice of excerpt).
export function excerpt(data, length) {
  const words = data.content.split(/\s+/).filter(Boolean);
  const scores = new Map();
  for (const loc of data.weighted_locations || []) scores.set(loc.location, (scores.get(loc.location) || 0) + (loc.balanced_score || 1));
  let start = 0;
  if (scores.size) {
    let best = -1;
    for (const first of scores.keys()) {
      const from = Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
      let total = 0;
      for (const [loc, score] of scores) if (loc >= from && loc < from + length) total += score;
      if (total > best || (total === best && from < start)) { best = total; start = from; }
    }
  }
  const nodes = [];
  if (start > 0) nodes.push("… ");
  const end = Math.min(words.length, start + length);
  for (let i = start; i < end; i++) {
    if (i > start) nodes.push(" ");
    if (scores.has(i)) nodes.push(...markWord(words[i]));
    else nodes.push(words[i]);
  }
  if (end < words.length) nodes.push(" …");
  return nodes;
}
