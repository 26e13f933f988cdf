/**
 * GUM news (WebAnno TSV 3.2) → plain text, gold persons and gold pronoun links; person P/R/F1 and
 * pronoun-resolution accuracy of an extraction (evaluation.md, metric 3).
 *
 * Columns are found from the header: `#T_SP=webanno.custom.Referent|entity|infstat|salience|identity|centering`
 * gives the span features from column 4 on (entity type `person[12]`, Wikipedia identity), and
 * `#T_RL=webanno.custom.Coref|type|BT_…` the relation type (`coref`, `ana`, `appos`, `bridge:…`) and
 * its target `4-17[31_2]` (target token, target entity id, source entity id) after them.
 */
import { bareNameTokens, isPronoun, nameKey, type Extraction } from "@whosaid/domain";
import { addTo } from "../group.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { addCounts, greedyMatch, sha1, zeroCounts, type Counts } from "./scoring.js";
import { scoreSeed } from "./seed.js";

export interface GumToken {
  id: string;
  sentence: number;
  text: string;
  /** Offsets in the detokenised text. */
  start: number;
  end: number;
}

export interface GumMention {
  entity: string;
  type: string;
  identity: string | null;
  tokens: number[];
}

export interface GumDocument {
  text: string;
  tokens: GumToken[];
  mentions: Map<string, GumMention>;
  links: { type: string; from: string; to: string }[];
}

export interface GoldPerson {
  name: string;
  /** Named mentions, and their title-less forms. */
  aliases: string[];
  /** Token indices of the chain's he/she-type pronoun mentions. */
  pronouns: number[];
}

const CHAIN_LINKS = new Set(["coref", "ana", "cata", "appos"]);
const GENDERED_PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);
const NAME_PARTICLES = new Set(["de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "di", "du", "al-", "-"]);
const LEADING_DETERMINERS = new Set(["the", "a", "an"]);
const NO_SPACE_BEFORE = /^(?:[.,:;!?)\]}%]|'s|'S|n't|'re|'ve|'ll|'m|'d|'|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$#]$/;

/** Parses a WebAnno TSV 3.2 document and rebuilds readable text (no space before "," or "'s", quotes hugging their words). */
export function parseWebAnno(tsv: string): GumDocument {
  const lines = tsv.split("\n");
  const spanHeader = lines.find((l) => l.startsWith("#T_SP="))?.slice(6).split("|") ?? [];
  const relHeader = lines.find((l) => l.startsWith("#T_RL="))?.slice(6).split("|") ?? [];
  const spanFeatures = spanHeader.slice(1);
  const entityCol = 3 + Math.max(0, spanFeatures.indexOf("entity"));
  const identityCol = 3 + spanFeatures.indexOf("identity");
  const relBase = 3 + spanFeatures.length;
  const relTypeCol = relBase + Math.max(0, relHeader.slice(1).indexOf("type"));
  const relTargetCol = relBase + relHeader.slice(1).length - 1;

  const rows: string[][] = [];
  for (const line of lines) if (/^\d+-\d+\t/.test(line)) rows.push(line.split("\t"));

  // Detokenise: one line per sentence that does not end like a sentence (headlines, datelines).
  let text = "";
  let prev = "";
  let openDouble = false;
  let sentence = -1;
  const tokens: GumToken[] = [];
  rows.forEach((row, r) => {
    const [id, , word] = row as [string, string, string];
    const s = Number(id.split("-")[0]);
    const next = rows[r + 1];
    const nextSameSentence = next !== undefined && next[0]!.split("-")[0] === id.split("-")[0];
    let sep = " ";
    if (tokens.length === 0) sep = "";
    // "Siu - lai" is one hyphenated word.
    else if (word === "-" && s === sentence && /[\p{L}\p{N}]$/u.test(prev) && nextSameSentence && /^[\p{L}\p{N}]/u.test(next[2] ?? "")) sep = "";
    else if (prev === "-" && s === sentence && text.endsWith("-") && !text.endsWith(" -")) sep = "";
    else if (s !== sentence) {
      const endsSentence = /[.!?"'”]$/.test(prev);
      // A line after one ending in a mark starts outside a quotation; any other goes on inside whatever was
      // open: GUM breaks lines at sentences that end without a stop, not only at paragraphs. A quotation cut
      // with "[...]" goes on in the same paragraph ("… quite consistent [...] the future of ozone …").
      if (!endsSentence && /^["“”]$/.test(prev)) openDouble = false;
      sep = endsSentence || (openDouble && text.endsWith("[...]")) ? " " : "\n";
    }
    else if (NO_SPACE_BEFORE.test(word) || NO_SPACE_AFTER.test(prev)) sep = "";
    else if (word === '"' && openDouble) sep = "";
    else if (prev === '"' && openDouble) sep = "";
    if (word === '"') openDouble = !openDouble;
    text += sep;
    tokens.push({ id, sentence: s, text: word, start: text.length, end: text.length + word.length });
    text += word;
    prev = word;
    sentence = s;
  });

  const mentions = new Map<string, GumMention>();
  const links: GumDocument["links"] = [];
  rows.forEach((row, i) => {
    const types = (row[entityCol] ?? "_").split("|");
    const identities = identityCol >= 3 ? (row[identityCol] ?? "_").split("|") : [];
    types.forEach((value, k) => {
      if (value === "_" || value === "") return;
      const m = /^([^[]+)(?:\[(\d+)\])?$/.exec(value);
      if (!m) return;
      const entity = m[2] ?? `t${row[0]}`;
      const identity = (identities[k] ?? "_").replace(/\[\d+\]$/, "");
      const mention = mentions.get(entity) ?? { entity, type: m[1]!, identity: identity === "_" ? null : identity, tokens: [] };
      mention.tokens.push(i);
      mentions.set(entity, mention);
    });
    const relTypes = (row[relTypeCol] ?? "_").split("|");
    const targets = (row[relTargetCol] ?? "_").split("|");
    relTypes.forEach((type, k) => {
      const m = /^(\d+-\d+)\[(\d+)_(\d+)\]$/.exec(targets[k] ?? "");
      if (type === "_" || !m) return;
      const to = m[2] === "0" ? `t${m[1]}` : m[2]!;
      const from = m[3] === "0" ? `t${row[0]}` : m[3]!;
      links.push({ type, from, to });
    });
  });
  return { text, tokens, mentions, links };
}

/**
 * The named form of a mention, or null. "New People Party 's Michael Tien" → "Michael Tien" (after
 * the possessor); "Claudia Mo of Civic Party" → "Claudia Mo"; "science fiction writer L. Ron
 * Hubbard" → "L. Ron Hubbard"; "Facebook creator Mark Zuckerberg" → "Mark Zuckerberg"; "Cheng Chung - tai"
 * → "Cheng Chung-tai"; the leading determiner and a trailing "'s" are dropped.
 */
export function namedForm(doc: GumDocument, mention: GumMention): string | null {
  let words = mention.tokens.map((i) => doc.tokens[i]!);
  while (words.length > 0 && /^(?:'s|'|’s)$/i.test(words.at(-1)!.text)) words = words.slice(0, -1);
  if (words.some((w) => /^(?:and|or|&)$/i.test(w.text))) return null;
  const isCap = (w: GumToken) => /^\p{Lu}/u.test(w.text) || NAME_PARTICLES.has(w.text.toLowerCase());
  const afterRole = namedAfterRoleWord(words, isCap);
  if (afterRole) words = afterRole;
  else {
    // The head's own modifiers first ("Eunice Yung of New People 's Party" → "Eunice Yung"), then a possessor
    // ("New People 's Party 's Michael Tien" → "Michael Tien").
    const cut = words.findIndex((w, i) => i > 0 && CUT_WORDS.has(w.text));
    if (cut > 0) words = words.slice(0, cut);
    const possessor = words.map((w) => w.text).lastIndexOf("'s");
    if (possessor >= 0) words = words.slice(possessor + 1);
  }
  if (words.length > 0 && LEADING_DETERMINERS.has(words[0]!.text.toLowerCase())) words = words.slice(1);
  // The lower-case part of a hyphenated name counts as capitalised ("Cheng Chung - tai").
  const capAt = (i: number) => isCap(words[i]!) || (i > 1 && words[i - 1]!.text === "-" && words[i - 2]!.text.length <= 5 && /^\p{Ll}{1,6}$/u.test(words[i]!.text));
  if (!words.every((_, i) => capAt(i))) {
    let k = words.length;
    while (k > 0 && capAt(k - 1)) k--;
    const lowercasePrefix = words.slice(0, k).every((w) => /^[\p{Ll}-]+$/u.test(w.text));
    if (words.length - k < 2 || !lowercasePrefix) return null;
    words = words.slice(k);
  }
  if (words.length === 0 || words.length > 6 || !/^\p{Lu}/u.test(words[0]!.text)) return null;
  const name = words.map((w) => w.text).join(" ").replace(/ - /g, "-").replace(/ \./g, ".");
  if (bareNameTokens(name).length === 0) return null;
  const bare = nameKey(name).split(" ");
  if (bare.length === 1 && (isPronoun(bare[0]!) || NOT_INDIVIDUALS.has(bare[0]!))) return null;
  // A lone plural ("Afghans", "Muslims", "Refugees") names a group, not a person.
  if (bare.length === 1 && mention.identity === null && /[^s]s$/.test(bare[0]!)) return null;
  // A lone capitalised word opening its sentence ("Officials") is a name only with an identity.
  const firstToken = doc.tokens.indexOf(words[0]!);
  const firstOfSentence = firstToken === 0 || doc.tokens[firstToken - 1]!.sentence !== words[0]!.sentence;
  if (words.length === 1 && firstOfSentence && mention.identity === null) return null;
  if (words.length === 1 && TITLE_WORDS.has(bare[0]!)) return null;
  return name;
}

/**
 * Two or more capitalised words right after a lower-case role word, closing the mention or followed by
 * a cut word: "Facebook creator Mark Zuckerberg", "… Association president Sehar Memon", "Senior
 * researcher Mu Li, of the University of NSW 's school …". Hyphenated parts belong to the name ("Kim Jong-un").
 */
function namedAfterRoleWord(words: GumToken[], isCap: (w: GumToken) => boolean): GumToken[] | null {
  for (let i = 1; i < words.length; i++) {
    const role = words[i - 1]!.text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(role) || NAME_PARTICLES.has(role) || FUNCTION_WORDS.has(role) || !/^\p{Lu}/u.test(words[i]!.text)) continue;
    let j = i;
    while (j < words.length && (isCap(words[j]!) || (words[j - 1]!.text === "-" && /^\p{Ll}+$/u.test(words[j]!.text)))) j++;
    if (j - i >= 2 && (j === words.length || CUT_WORDS.has(words[j]!.text))) return words.slice(i, j);
  }
  return null;
}

const FUNCTION_WORDS = new Set(["of", "the", "a", "an", "in", "on", "at", "for", "from", "by", "with", "to", "as", "respectively", "including", "like", "than", "into", "about", "between"]);
const CUT_WORDS = new Set(["of", "from", "in", "at", "for", ",", "(", "who", "whose", "which", "–", "—"]);

/** Capitalised person mentions that are not one named individual (GUM types groups and pronouns as person too). */
const NOT_INDIVIDUALS = new Set(["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "people", "yourself", "myself", "ourselves", "themselves", "taliban", "rohingya", "anonymous"]);
const TITLE_WORDS = new Set(["president", "senator", "governor", "minister", "mayor", "chairman", "judge", "king", "queen", "pope", "prince", "secretary", "director", "chief", "general", "officer", "police"]);

/** Person chains with at least one named mention. */
export function goldPersons(doc: GumDocument): GoldPerson[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const id of doc.mentions.keys()) parent.set(id, id);
  for (const l of doc.links) {
    if (!CHAIN_LINKS.has(l.type) || !doc.mentions.has(l.from) || !doc.mentions.has(l.to)) continue;
    const a = find(l.from);
    const b = find(l.to);
    if (a !== b) parent.set(a, b);
  }
  const chains = new Map<string, GumMention[]>();
  for (const m of doc.mentions.values()) {
    if (m.type !== "person") continue;
    const root = find(m.entity);
    addTo(chains, root, m);
  }
  const out: GoldPerson[] = [];
  for (const chain of chains.values()) {
    chain.sort((a, b) => a.tokens[0]! - b.tokens[0]!);
    const names = chain.map((m) => namedForm(doc, m)).filter((n): n is string => n !== null);
    if (names.length === 0) continue;
    const name = names.reduce((best, n) => (n.split(" ").length > best.split(" ").length ? n : best));
    const aliases = [...new Set(names.flatMap((n) => [n, bareNameTokens(n).join(" ")]))];
    const pronouns = chain
      .filter((m) => m.tokens.length === 1 && GENDERED_PRONOUNS.has(doc.tokens[m.tokens[0]!]!.text.toLowerCase()))
      .map((m) => m.tokens[0]!);
    out.push({ name, aliases, pronouns });
  }
  return out;
}

function keys(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const k = nameKey(n);
    if (k) out.add(k);
    const bare = bareNameTokens(n).join(" ");
    if (bare) out.add(bare);
  }
  return out;
}

/** A predicted person matches a gold person when a name or alias of one equals one of the other (case/punctuation/titles ignored). */
export function personMatches(pred: { name: string; aliases: readonly string[] }, gold: GoldPerson): boolean {
  const g = keys([gold.name, ...gold.aliases]);
  for (const k of keys([pred.name, ...pred.aliases])) if (g.has(k)) return true;
  return false;
}

export interface GumScore {
  documents: number;
  persons: Counts;
  pronouns: { correct: number; total: number; resolved: number };
  /** Quotes and the speakers of the matched ones, on the documents of our quote annotation. */
  quotes: Counts;
  speakers: { correct: number; total: number };
}

/**
 * Our annotation of one GUM document's quotations (`gum-quotes-gold.json`): [start, end) inside the
 * marks, the speaker as GUM's person chain names it, or as the sentence names a speaker that is no person.
 */
export interface GumQuoteGold {
  textSha1: string;
  quotes: { start: number; end: number; speaker: string; speakerAliases?: string[] }[];
}

/**
 * Person P/R/F1 counts (one-to-one matches per document) and pronoun-resolution accuracy for one document,
 * and, given our annotation of its quotations, quote P/R/F1 and speakers as the seed article scores them.
 */
export function scoreGumDocument(doc: GumDocument, x: Extraction, quoteGold?: GumQuoteGold): GumScore {
  const gold = goldPersons(doc);
  const match = greedyMatch(x.persons, gold, personMatches);
  const persons: Counts = { tp: match.filter((j) => j >= 0).length, pred: x.persons.length, gold: gold.length };
  const pronounOwner = new Map<number, (typeof x.persons)[number]>();
  for (const p of x.persons) for (const m of p.mentions) if (m.pronoun) pronounOwner.set(m.start, p);
  let correct = 0;
  let total = 0;
  let resolved = 0;
  for (const g of gold) {
    for (const t of g.pronouns) {
      total++;
      const owner = pronounOwner.get(doc.tokens[t]!.start);
      if (!owner) continue;
      resolved++;
      if (personMatches(owner, g)) correct++;
    }
  }
  const quoted = quoteGold
    ? scoreSeed(x, {
        persons: gold.map((g) => ({ name: g.name, aliases: g.aliases, roles: [] })),
        quotes: quoteGold.quotes.map((q) => ({ text: doc.text.slice(q.start, q.end), speaker: q.speaker, speakerAliases: q.speakerAliases, kind: "direct" })),
        claims: [],
      })
    : null;
  return {
    documents: 1,
    persons,
    pronouns: { correct, total, resolved },
    quotes: quoted?.quotes ?? zeroCounts(),
    speakers: quoted?.speakers ?? { correct: 0, total: 0 },
  };
}

export function addGumScores(a: GumScore, b: GumScore): GumScore {
  return {
    documents: a.documents + b.documents,
    persons: addCounts({ ...a.persons }, b.persons),
    pronouns: { correct: a.pronouns.correct + b.pronouns.correct, total: a.pronouns.total + b.pronouns.total, resolved: a.pronouns.resolved + b.pronouns.resolved },
    quotes: addCounts({ ...a.quotes }, b.quotes),
    speakers: { correct: a.speakers.correct + b.speakers.correct, total: a.speakers.total + b.speakers.total },
  };
}

export const emptyGumScore = (): GumScore => ({
  documents: 0,
  persons: zeroCounts(),
  pronouns: { correct: 0, total: 0, resolved: 0 },
  quotes: zeroCounts(),
  speakers: { correct: 0, total: 0 },
});

/**
 * Scores every GUM news document in `tsvDir`; quotes only on the documents of `quoteGold` whose text is
 * still the annotated one (the others are listed in `changed`, not scored).
 */
export function scoreGumCorpus(
  tsvDir: string,
  run: (text: string) => Extraction,
  quoteGold: Record<string, GumQuoteGold>,
): { score: GumScore; changed: string[] } {
  let score = emptyGumScore();
  const changed: string[] = [];
  for (const file of readdirSync(tsvDir).filter((n) => n.endsWith(".tsv")).sort()) {
    const doc = parseWebAnno(readFileSync(join(tsvDir, file), "utf8"));
    const name = file.slice(0, -4);
    let quotes = quoteGold[name];
    if (quotes && sha1(doc.text) !== quotes.textSha1) {
      changed.push(name);
      quotes = undefined;
    }
    score = addGumScores(score, scoreGumDocument(doc, run(doc.text), quotes));
  }
  return { score, changed };
}
