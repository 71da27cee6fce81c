// Dossier search: the people, places and organisations a query names ("Лавров", "Kiev").
//
// search/names/<shard>.json maps every spelling of every name in the archive, normalised as
// nameKey() does (scripts/dossier/search/tables.py does the same), to its entry; a shard holds
// the spellings that start with the same two characters. Every run of up to four words of the
// query is looked up, so "talks with lavrov in moscow" offers Lavrov and Moscow.
const MAX_WORDS = 4;
const shards = new Map();

export function nameKey(text) {
  return text.normalize("NFKD").replace(/[^\p{L}\p{N}\p{M}]+/gu, " ").replace(/\p{M}/gu, "").toLowerCase().split(/\s+/).filter(Boolean).join(" ");
}

export function shardName(key) {
  return Array.from(key.replace(/ /g, "")).slice(0, 2).map(function (c) {
    return /^[a-z0-9]$/.test(c) ? c : "u" + c.codePointAt(0).toString(16);
  }).join("");
}

function loadShard(searchUrl, name, known) {
  if (!known.has(name)) return Promise.resolve({});
  if (!shards.has(name)) {
    shards.set(name, fetch(new URL("names/" + name + ".json", searchUrl).href).then(function (response) {
      return response.ok ? response.json() : {};
    }).catch(function () { return {}; }));
  }
  return shards.get(name);
}

// Entries [folder, key, name] named by ``query``, longest spellings first, each once.
// ``known``: the shards that exist (facets.json lists them).
export async function lookupNames(query, searchUrl, known) {
  const words = nameKey(query.replace(/"/g, " ")).split(" ").filter(Boolean);
  const runs = [];
  for (let size = Math.min(MAX_WORDS, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) runs.push(words.slice(i, i + size).join(" "));
  }
  const tables = await Promise.all(runs.map(function (run) { return loadShard(searchUrl, shardName(run), known); }));
  const found = [];
  const seen = new Set();
  for (const [i, run] of runs.entries()) {
    for (const entry of tables[i][run] || []) {
      const id = entry[0] + "#" + entry[1];
      if (!seen.has(id)) { seen.add(id); found.push(entry); }
    }
  }
  return found;
}
