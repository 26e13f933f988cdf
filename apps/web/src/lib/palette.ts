/** Mantine colour names distinguishable from one another in light and dark mode. */
export const SPEAKER_COLORS = ["blue", "grape", "teal", "orange", "pink", "lime", "cyan", "red", "violet", "yellow"] as const;
export type SpeakerColor = (typeof SPEAKER_COLORS)[number];

/**
 * Gives each speaker a colour in order of first appearance, so the same article always gets the
 * same colours and the first speakers get the most distinct ones. Colours repeat past the palette.
 */
export function speakerColors(speakers: readonly (string | null | undefined)[]): Map<string, SpeakerColor> {
  const colors = new Map<string, SpeakerColor>();
  for (const speaker of speakers) {
    const key = speakerKey(speaker);
    if (!colors.has(key)) colors.set(key, SPEAKER_COLORS[colors.size % SPEAKER_COLORS.length]!);
  }
  return colors;
}

/** The key a speaker's colour is stored under; unknown speakers share one. */
export function speakerKey(speaker: string | null | undefined): string {
  return speaker?.trim() || "(unknown)";
}
