/**
 * "The report found … It said …", "Twitter said … It added that …": an "it" that speaks is the
 * organisation or work credited just before it. The impersonal "it" of "it was reported", "it is
 * said" and "it seems" speaks for nobody and stays as it is. "Obama administration officials said …
 * They said …": a "they" that speaks is the group of unnamed people credited right before it, when
 * that source is a plain noun phrase headed by a plural speaker noun.
 */
import { ANONYMOUS_NOUNS, isVerbOfClause } from "./lexicon.js";
import { reportedKind, type SourceCandidate } from "./sources.js";

/** How far back, in characters, the organisation or work an "it" stands for may be credited. */
const MAX_DISTANCE = 600;
/** How far back the group a "they" stands for may be credited: the sentence or two before. */
const MAX_GROUP_DISTANCE = 400;
const MAX_GROUP_WORDS = 4;
const IT = /^it$/iu;
const THEY = /^they$/iu;
const IMPERSONAL = /^\s+(?:was|is|were|has been|had been|would be|will be|should be|seems|seemed|appears|appeared)\b/iu;

/** For each speaking "it" or "they" among `sources`, the source it stands for. */
export function pronounAntecedents(text: string, sources: readonly (SourceCandidate | null)[]): Map<SourceCandidate, SourceCandidate> {
  const ordered = [...new Set(sources.filter((s): s is SourceCandidate => s !== null))].sort((a, b) => a.start - b.start);
  const resolved = new Map<SourceCandidate, SourceCandidate>();
  ordered.forEach((source, k) => {
    if (source.pronoun && THEY.test(source.text)) {
      const group = groupBefore(ordered, resolved, k);
      if (group) resolved.set(source, group);
      return;
    }
    if (!source.pronoun || !IT.test(source.text) || IMPERSONAL.test(text.slice(source.end, source.end + 20))) return;
    for (let j = k - 1; j >= 0 && source.start - ordered[j]!.end <= MAX_DISTANCE; j--) {
      const before = resolved.get(ordered[j]!) ?? ordered[j]!;
      if (before.pronoun || before.end > source.start) continue;
      const kind = reportedKind(before);
      if (kind !== "organization" && kind !== "work") continue;
      resolved.set(source, before);
      return;
    }
  });
  return resolved;
}

/** The source right before `ordered[k]`, when it is a group of unnamed people ("Obama administration officials"). */
function groupBefore(ordered: readonly SourceCandidate[], resolved: ReadonlyMap<SourceCandidate, SourceCandidate>, k: number): SourceCandidate | null {
  const source = ordered[k]!;
  for (let j = k - 1; j >= 0 && source.start - ordered[j]!.end <= MAX_GROUP_DISTANCE; j--) {
    if (ordered[j]!.end > source.start) continue;
    const before = resolved.get(ordered[j]!) ?? ordered[j]!;
    return !before.pronoun && isGroup(before) ? before : null;
  }
  return null;
}

/** A short noun phrase headed by a plural speaker noun, with no verb in it ("agency officials", "Mrs. Clinton's advisers"). */
function isGroup(c: SourceCandidate): boolean {
  if (c.kind !== "anonymous") return false;
  const words = (c.name ?? c.text).split(/\s+/u);
  const head = words.at(-1)!;
  return (
    words.length <= MAX_GROUP_WORDS &&
    /^\p{Ll}+s$/u.test(head) &&
    ANONYMOUS_NOUNS.has(head) &&
    words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w) || !isVerbOfClause(w.toLowerCase()))
  );
}
