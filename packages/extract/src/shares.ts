/**
 * Poll shares as sources: "72 percent of Democrats said", "About 4 in 10 say", "Less than a third
 * agreed", "majorities in all five say". The share of the people asked is who speaks (PolNeAR marks the
 * whole phrase as the source); the noun after it alone ("Democrats") would credit everyone.
 */
import type { SourceCandidate } from "./sources.js";

const NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten";
const APPROXIMATELY = String.raw`(?:about|nearly|almost|roughly|around|some|more\s+than|fewer\s+than|less\s+than|over|under|only|just|barely|well\s+over)\s+`;
const QUANTITY = [
  String.raw`\d[\d.,]*\s*(?:%|percent|per\s+cent)`,
  String.raw`(?:\d+|${NUMBER_WORD})\s+(?:in|out\s+of)\s+(?:10|ten)`,
  String.raw`(?:a|one)\s+(?:third|quarter|fifth|half|majority|plurality)`,
  String.raw`(?:half|one-third|two-thirds|one-quarter|three-quarters|three-fourths|majorities|most)`,
].join("|");
/** Words that end a share's noun phrase: a new clause or a relative starts there. */
const CLAUSE_WORD = String.raw`(?:and|but|or|nor|that|who|whom|which|while|when|whereas|as|if|because|though|although|than|to|what|where|how|why|it|he|she|they|we|i|you|said|says|say|can|could|will|would|should|may|might|must|do|does|did|have|has|had|is|are|was|were)`;
/** A noun phrase does not end on these: "0.4 percent **after**", "65 percent of Republicans supported **his**". */
const OPEN_END = /(?:^|\s)(?:of|in|at|on|by|for|from|with|after|before|about|among|the|a|an|his|her|their|its|our|my|your|this|these|those|different|other|many|more)$|['’]s?$/iu;
/** "most" is a share only of people: "most voters", "most of them", not "the most telling", "most explicitly". */
const MOST_OF_PEOPLE = /^most\s+(?:of\s|(?:[\p{L}’'-]+\s+){0,3}(?:[\p{L}’'-]+s|people|public|electorate)$)/iu;
/** "the first half of the 20th century", "a third of the way": a part of a time or a thing, not of people. */
const PART_OF_TIME = /\b(?:century|decade|year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|term|way|time)$/iu;
const TAIL = String.raw`(?:\s+(?!${CLAUSE_WORD}\b)[\p{L}\d’'.-]+){0,12}`;
const SHARE_AT_END = new RegExp(String.raw`(?:^|[\s(—–])((?:${APPROXIMATELY})?(?:${QUANTITY})${TAIL})$`, "iu");
const WINDOW = 160;
const MAY_HOLD_SHARE = /\d|half|third|quarter|fifth|majorit|plurality|most/iu;

/**
 * The share phrase ending at `end`, within the sentence that starts at `sentenceStart`: a quantity of
 * people ("About four in 10 South Carolina Republican primary voters", "Only a quarter of Americans").
 * "Most" must name people ("most voters", "most of them"). A share of something other than people reads
 * the same ("52.9 percent of the vote") and is kept: PolNeAR marks it as the source too.
 */
export function shareEndingAt(text: string, sentenceStart: number, end: number): SourceCandidate | null {
  const from = Math.max(sentenceStart, end - WINDOW);
  const window = text.slice(from, end);
  // Most windows hold no quantity at all: a cheap test first.
  if (!MAY_HOLD_SHARE.test(window)) return null;
  const m = SHARE_AT_END.exec(window);
  if (!m) return null;
  const phrase = m[1]!;
  const start = end - phrase.length;
  if (OPEN_END.test(phrase) || PART_OF_TIME.test(phrase) || (/^most\b/iu.test(phrase) && !MOST_OF_PEOPLE.test(phrase))) return null;
  if (/\b(?:the|first|second|last|latter|former)\s+$/iu.test(text.slice(Math.max(sentenceStart, start - 8), start))) return null;
  return { start, end, text: phrase, kind: "anonymous" };
}
