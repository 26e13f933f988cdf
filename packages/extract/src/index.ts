/**
 * @whosaid/extract — news text to persons, quotes and claims (shared/docs/extraction-format.md).
 * Rule-based, deterministic and synchronous; see README.md for the stages.
 */
import type { Extraction, ExtractedClaim, ExtractedPerson, ExtractedQuote, ExtractedSource, Span } from "@whosaid/domain";
import { findAttributions, type Attribution } from "./attributions.js";
import { cueStartWithPrefix } from "./cues.js";
import { buildClaims, type ClaimDraft } from "./claims.js";
import { findNameRuns } from "./names.js";
import { findPersons, type PersonRecord } from "./persons.js";
import { resolvePronouns } from "./pronouns.js";
import { pairQuoteMarks } from "./quote-marks.js";
import { cueAndSourceScores, type TaggerInput } from "./cue-tagger.js";
import { refineFrames } from "./refine-frames.js";
import { attributeQuotes, quoteSource, type QuoteDraft } from "./quotes.js";
import { pronounAntecedents } from "./pronoun-sources.js";
import { findDisputes } from "./relations.js";
import { RoleHolders } from "./role-holders.js";
import { segment } from "./segment.js";
import { buildSourceIndex, reportedKind, type SourceCandidate, type SourceIndex } from "./sources.js";
import { tokenize } from "./tokens.js";
import { EXTRACTOR_NAME, EXTRACTOR_VERSION } from "./version.js";

export { EXTRACTOR_NAME, EXTRACTOR_VERSION };

export interface ExtractOptions {
  title?: string | null;
}

/**
 * Extracts persons, quotes and claims from an article's plain text. Pure and synchronous; never
 * throws (on an internal failure it returns the text with empty lists). Offsets are UTF-16 indices
 * into `text`, which is returned unchanged.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const input = typeof text === "string" ? text : String(text ?? "");
  try {
    return runPipeline(input, options);
  } catch {
    return emptyExtraction(input, options);
  }
}

/** The pipeline without the safety net (exported for tests that must see failures). */
export function runPipeline(text: string, options: ExtractOptions = {}): Extraction {
  const { seg, persons, sources, tagger } = ruleStage(text);
  const scores = cueAndSourceScores(tagger);
  const frames = refineFrames(tagger, seg.sentences, sources, scores.cue, scores.source);
  const quoteDrafts = attributeQuotes(text, seg, tagger.quotes, frames, sources);
  const holders = new RoleHolders(persons);
  const claimDrafts = buildClaims(text, seg, frames, persons, quoteDrafts, holders);
  const antecedents = pronounAntecedents(text, [...quoteDrafts.map(quoteSource), ...claimDrafts.map((d) => d.claimant)]);
  const out: OutputContext = { persons, holders, antecedents, sources };
  return {
    extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION },
    title: options.title ?? null,
    text,
    persons: persons.map(toPerson),
    quotes: quoteDrafts.map((d, i) => toQuote(text, d, i, out)),
    claims: toClaims(text, claimDrafts, out),
  };
}

/**
 * Everything up to the rule frames. Exported for `scripts/train-cue-tagger.mjs`, which must see
 * exactly what the tagger sees at run time.
 */
export function ruleStage(text: string) {
  const seg = segment(text);
  const tokens = tokenize(text);
  const runs = findNameRuns(text, tokens, seg.sentences);
  const persons = findPersons(text, tokens, runs, seg.sentences);
  const quotes = pairQuoteMarks(text, seg.paragraphs);
  resolvePronouns(text, tokens, seg.sentences, persons, quotes);
  const sources = buildSourceIndex(text, tokens, runs, persons);
  const frames = findAttributions(text, seg.sentences, sources, seg.paragraphs);
  const tagger: TaggerInput = { text, tokens, frames, quotes, sources };
  return { seg, persons, sources, tagger };
}

function emptyExtraction(text: string, options: ExtractOptions): Extraction {
  return { extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION }, title: options.title ?? null, text, persons: [], quotes: [], claims: [] };
}

const personId = (index: number) => `p${index + 1}`;

function toPerson(p: PersonRecord, index: number): ExtractedPerson {
  return {
    id: personId(index),
    name: p.name,
    aliases: p.aliases.filter((a) => a !== p.name),
    roles: p.roles,
    mentions: p.mentions.map((m) => (m.pronoun ? { start: m.start, end: m.end, text: m.text, pronoun: true } : { start: m.start, end: m.end, text: m.text })),
  };
}

/** What sources resolve to in the output: persons, and the organisations or works an "it" stands for. */
interface OutputContext {
  persons: readonly PersonRecord[];
  holders: RoleHolders;
  antecedents: ReadonlyMap<SourceCandidate, SourceCandidate>;
  sources: SourceIndex;
}

function toSource(source: SourceCandidate | null, { persons, holders, antecedents, sources }: OutputContext): ExtractedSource | null {
  if (!source) return null;
  const c = antecedents.get(source) ?? source;
  const person = holders.personOf(c) ?? authorOf(c, sources);
  if (person !== null) return { personId: personId(person), name: persons[person]!.name, kind: "person" };
  return { name: c.name ?? c.text, kind: reportedKind(c) };
}

/** "Cornyn's statement added", "Trump's tweet said": a person's own words speak for the person (a book stays a work). */
function authorOf(c: SourceCandidate, sources: SourceIndex): number | null {
  if (c.kind === "person" || c.pronoun) return null;
  const own = OWN_WORDS.exec(c.name ?? c.text);
  if (!own || (c.name !== undefined && c.name !== c.text && !c.text.startsWith(own[1]!))) return null;
  const author = sources.endingAt(c.start + own[1]!.length);
  return author && author.kind === "person" && !author.pronoun && author.start === c.start && author.person !== undefined ? author.person : null;
}

const OWN_WORDS = /^([^’']+)['’]s?\s+(?:(?:latest|new|written|emailed|prepared|own)\s+)?(?:statement|tweets?|remarks|comments|post|message|email)$/u;

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** A frame's cue with the auxiliaries before it that no refinement kept ("is | describing"). */
function cueSpan(text: string, f: Attribution): Span {
  const floor = Math.max(f.source && f.source.end <= f.cueStart ? f.source.end : 0, f.contentEnd <= f.cueStart ? f.contentEnd : 0);
  return span(text, cueStartWithPrefix(text, f.cueStart, floor), f.cueEnd);
}

function toQuote(text: string, d: QuoteDraft, index: number, out: OutputContext): ExtractedQuote {
  const source = d.frame?.source ?? null;
  return {
    id: `q${index + 1}`,
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    kind: d.kind,
    speaker: toSource(quoteSource(d), out),
    source: source ? span(text, source.start, source.end) : null,
    cue: d.frame ? cueSpan(text, d.frame) : null,
    confidence: d.confidence,
  };
}

function toClaims(text: string, drafts: readonly ClaimDraft[], out: OutputContext): ExtractedClaim[] {
  const disputes = findDisputes(drafts, text);
  return drafts.map((d, i) => {
    const target = disputes[i];
    const source = d.frame.source;
    return {
      id: `c${i + 1}`,
      text: text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      claimant: toSource(d.claimant, out),
      via: d.via.map((v) => toSource(v, out)!),
      source: source ? span(text, source.start, source.end) : null,
      cue: cueSpan(text, d.frame),
      hedged: d.hedges.length > 0,
      hedges: d.hedges,
      subjects: d.subjects.map(personId),
      relations: target === null || target === undefined ? [] : [{ claimId: `c${target + 1}`, type: "DISPUTES" as const }],
      confidence: d.confidence,
    };
  });
}
