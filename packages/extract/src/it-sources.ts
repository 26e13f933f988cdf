/**
 * "The report found … It said …", "Twitter said … It added that …": an "it" that speaks is the
 * organisation or work credited just before it. The impersonal "it" of "it was reported", "it is
 * said" and "it seems" speaks for nobody and stays as it is.
 */
import { reportedKind, type SourceCandidate } from "./sources.js";

/** How far back, in characters, the organisation or work an "it" stands for may be credited. */
const MAX_DISTANCE = 600;
const IT = /^it$/iu;
const IMPERSONAL = /^\s+(?:was|is|were|has been|had been|would be|will be|should be|seems|seemed|appears|appeared)\b/iu;

/** For each speaking "it" among `sources`, the organisation or work source it stands for. */
export function itAntecedents(text: string, sources: readonly (SourceCandidate | null)[]): Map<SourceCandidate, SourceCandidate> {
  const ordered = [...new Set(sources.filter((s): s is SourceCandidate => s !== null))].sort((a, b) => a.start - b.start);
  const resolved = new Map<SourceCandidate, SourceCandidate>();
  ordered.forEach((source, k) => {
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
