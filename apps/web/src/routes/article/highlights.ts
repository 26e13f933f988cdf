import { speakerColors, speakerKey, type SpeakerColor } from "../../lib/palette";
import type { Spanned } from "../../lib/segments";

interface SourceLike {
  name: string;
  kind: string;
}

export interface MentionHighlight extends Spanned {
  type: "mention";
  key: string;
  personId: string;
  personName: string;
  text: string;
  pronoun: boolean;
}

export interface QuoteHighlight extends Spanned {
  type: "quote";
  key: string;
  id: string;
  speaker: string;
  speakerKind: string | null;
  color: SpeakerColor;
  cue: string | null;
  confidence: number;
}

export interface ClaimHighlight extends Spanned {
  type: "claim";
  key: string;
  id: string;
  claimant: string;
  via: string[];
  cue: string | null;
  hedged: boolean;
  hedges: string[];
  confidence: number;
}

export type Highlight = MentionHighlight | QuoteHighlight | ClaimHighlight;

export interface HighlightInput {
  persons: readonly {
    person: { id: string; name: string };
    mentions: readonly { start: number; end: number; text: string; pronoun?: boolean | null }[];
  }[];
  quotes: readonly {
    id: string;
    start: number;
    end: number;
    cue: string | null;
    confidence: number;
    speaker: SourceLike | null;
  }[];
  claims: readonly {
    id: string;
    start: number;
    end: number;
    cue: string | null;
    hedged: boolean;
    hedges: readonly string[];
    confidence: number;
    claimant: SourceLike | null;
    via: readonly SourceLike[];
  }[];
}

/**
 * Turns an article's persons, quotes and claims into highlight spans, outermost kind first
 * (claims, then quotes, then mentions) so nesting them per segment reads naturally.
 * Quotes are coloured by speaker in order of first appearance (see speakerColors).
 */
export function articleHighlights(input: HighlightInput): Highlight[] {
  const quotes = [...input.quotes].sort((a, b) => a.start - b.start);
  const colors = speakerColors(quotes.map((q) => q.speaker?.name));
  const highlights: Highlight[] = [];
  for (const claim of input.claims) {
    highlights.push({
      type: "claim",
      key: `c:${claim.id}`,
      id: claim.id,
      start: claim.start,
      end: claim.end,
      claimant: claim.claimant?.name ?? "Unknown claimant",
      via: claim.via.map((s) => s.name),
      cue: claim.cue,
      hedged: claim.hedged,
      hedges: [...claim.hedges],
      confidence: claim.confidence,
    });
  }
  for (const quote of quotes) {
    highlights.push({
      type: "quote",
      key: `q:${quote.id}`,
      id: quote.id,
      start: quote.start,
      end: quote.end,
      speaker: quote.speaker?.name ?? "Unknown speaker",
      speakerKind: quote.speaker?.kind ?? null,
      color: colors.get(speakerKey(quote.speaker?.name))!,
      cue: quote.cue,
      confidence: quote.confidence,
    });
  }
  for (const { person, mentions } of input.persons) {
    mentions.forEach((m, i) => {
      highlights.push({
        type: "mention",
        key: `m:${person.id}:${i}`,
        personId: person.id,
        personName: person.name,
        start: m.start,
        end: m.end,
        text: m.text,
        pronoun: !!m.pronoun,
      });
    });
  }
  return highlights;
}

/** One line per highlight for the hover/focus card: "Quote · Vladimir Putin · said · 93%". */
export function describeHighlight(h: Highlight): string {
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  switch (h.type) {
    case "mention":
      return h.pronoun ? `Mention of ${h.personName} (pronoun “${h.text}”)` : `Mention of ${h.personName}`;
    case "quote":
      return [`Quote by ${h.speaker}`, h.cue && `cue “${h.cue}”`, `confidence ${pct(h.confidence)}`].filter(Boolean).join(" · ");
    case "claim":
      return [
        `Claim by ${[...h.via, h.claimant].join(" → ")}`,
        h.cue && `cue “${h.cue}”`,
        h.hedged && `hedged${h.hedges.length ? ` (${h.hedges.join(", ")})` : ""}`,
        `confidence ${pct(h.confidence)}`,
      ]
        .filter(Boolean)
        .join(" · ");
  }
}
