// Dossier search: words as Pagefind 1.5 reads them, and the rule that keeps its prefix fallback out.
//
// Pagefind indexes each word as its stem (Snowball, in the page's language) and finds a query
// term in every indexed word that starts with the term's stem. When no indexed word does, it
// falls back to the longest indexed word that is a prefix of the term ("lavrov" finds "la"):
// pages that do not contain the word at all. A term is therefore genuine in an index exactly when
// some word of a result, stemmed as Pagefind stems it, starts with the term's stem; and since the
// fallback happens for the whole index or not at all, one result per index decides.
// docs/javascripts/snowball/ holds the stemmers Pagefind 1.5.2 is built with (see its LICENSE.txt).

// Pagefind's language -> Snowball algorithm (pagefind/src/fossick/mod.rs, get_stemmer); other
// languages are indexed unstemmed. scripts/dossier/search/bundle.py holds the same table.
export const STEMMERS = {
  ar: "arabic", hy: "armenian", eu: "basque", ca: "catalan", da: "danish", nl: "dutch",
  en: "english", eo: "esperanto", et: "estonian", fi: "finnish", fr: "french", de: "german",
  el: "greek", hi: "hindi", hu: "hungarian", id: "indonesian", ga: "irish", it: "italian",
  lt: "lithuanian", nb: "norwegian", ne: "nepali", nn: "norwegian", no: "norwegian",
  pt: "portuguese", ro: "romanian", ru: "russian", sr: "serbian", pl: "polish", es: "spanish",
  sv: "swedish", ta: "tamil", tr: "turkish", yi: "yiddish",
};

const loaded = {};

// A function giving the stem of a normalised word in ``language`` (identity when unstemmed).
export function stemmerFor(language) {
  const name = STEMMERS[String(language || "").split("-")[0]];
  if (!name) return Promise.resolve(function (word) { return word; });
  if (!loaded[name]) {
    loaded[name] = import(new URL("../snowball/" + name + "-stemmer.js", import.meta.url).href).then(function (module) {
      const Stemmer = Object.values(module)[0];
      const stemmer = new Stemmer();
      return function (word) { return stemmer.stemWord(word); };
    });
  }
  return loaded[name];
}

const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u; // Pagefind's own test, as written
const segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("en", { granularity: "grapheme" }) : null;

function withoutMarks(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

// The query as Pagefind searches it: punctuation dropped, lower case, no accents; its terms.
export function queryTerms(query) {
  const graphemes = segmenter ? Array.from(segmenter.segment(query), function (s) { return s.segment; }) : Array.from(query);
  const kept = graphemes.filter(function (g) { return !PUNCTUATION.test(g); }).map(function (g) { return g.toLocaleLowerCase(); });
  return withoutMarks(kept.join("").replace(/\s{2,}/g, " ").trim()).split(" ").filter(Boolean);
}

// True for a query in double quotes, which Pagefind answers by exact phrase (no prefixes at all).
export function isPhrase(query) {
  return /^\s*".+"\s*$/.test(query);
}

const ALPHANUMERIC = /[\p{Alphabetic}\p{N}]/u;

function normalise(word) {
  let out = "";
  for (const c of word) if (ALPHANUMERIC.test(c)) out += c.toLowerCase();
  return withoutMarks(out);
}

// Every form under which Pagefind indexes one whitespace-separated word of a text
// (pagefind/src/fossick/splitting.rs): the whole word, its letters and digits only; and when it
// looks compound (other characters, or capitals inside), each part of it, split at ASCII
// punctuation and at changes of case or between letters and digits ("UK-Russia", "McDonald",
// "£800m"), kept as written. Checked on the 65,538 distinct words of the BBC corpus: every key
// of Pagefind's index is among these forms, and each word's whole form is one of its keys.
// A few forms more than Pagefind's are harmless here: a form counts only if it starts a term.
export function indexedForms(word, stem) {
  const forms = [];
  const whole = normalise(word);
  if (whole) forms.push(stem(whole));
  if (/[^\p{Alphabetic}\p{N}]/u.test(word) || /.\p{Lu}/u.test(word)) {
    const parts = word
      .replace(/[!-/:-@[-`{-~]/g, " ")
      .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
      .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, function (m, a, b, c, d) { return a ? a + " " + b : c + " " + d; })
      .split(/\s+/);
    for (const part of parts) {
      const clean = withoutMarks(part.toLowerCase());
      // Pagefind skips a part of one byte
      if (clean && clean !== whole && (clean.length > 1 || clean.charCodeAt(0) > 127)) forms.push(stem(clean));
    }
  }
  return forms;
}

// Does ``word`` (as written in a text) match one of the stemmed query terms ``stems``?
export function matchesAny(word, stems, stem) {
  const forms = indexedForms(word, stem);
  return stems.some(function (s) { return forms.some(function (f) { return f.startsWith(s); }); });
}

// The terms of ``terms`` (already stemmed) that none of ``words`` matches: empty when every term
// is genuine. ``words`` are the words Pagefind located in a result plus its title's words.
export function missingTerms(stems, words, stem) {
  const forms = words.flatMap(function (w) { return indexedForms(w, stem); });
  return stems.filter(function (s) { return !forms.some(function (f) { return f.startsWith(s); }); });
}
