import { Box, Chip, ColorSwatch, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { graphql } from "../../gql";
import { segmentText, type Segment } from "../../lib/segments";
import { articleHighlights, describeHighlight, type Highlight, type QuoteHighlight } from "./highlights";
import classes from "./ArticleText.module.css";
import { selectionOffsets } from "./selection";

export const ArticleText_article = graphql(`
  fragment ArticleText_article on Article {
    id
    text
    persons {
      person {
        id
        name
      }
      mentions {
        start
        end
        text
        pronoun
      }
    }
    quotes {
      id
      start
      end
      cue
      confidence
      speaker {
        name
        kind
      }
    }
    claims {
      id
      start
      end
      cue
      hedged
      hedges
      confidence
      claimant {
        name
        kind
      }
      via {
        name
        kind
      }
    }
  }
`);

type Layer = Highlight["type"];
const LAYERS: { value: Layer; label: string }[] = [
  { value: "quote", label: "Quotes" },
  { value: "claim", label: "Claims" },
  { value: "mention", label: "Mentions" },
];

/**
 * The article as plain text (never as HTML) with mentions, quotes and claims highlighted from their
 * offsets. Overlaps are cut into segments, and each segment nests every highlight covering it.
 */
export function ArticleText({
  article,
  onSelect,
}: {
  article: FragmentType<typeof ArticleText_article>;
  /** Called with the text the reader selects (to add a missed quote or claim). */
  onSelect?: (selection: { start: number; end: number; text: string }) => void;
}) {
  const { data } = useSuspenseFragment({ fragment: ArticleText_article, fragmentName: "ArticleText_article", from: article });
  const [layers, setLayers] = useState<string[]>(["quote", "claim", "mention"]);

  const highlights = useMemo(() => articleHighlights(data), [data]);
  const segments = useMemo(
    () => segmentText(data.text, highlights.filter((h) => layers.includes(h.type))),
    [data.text, highlights, layers],
  );
  const speakers = useMemo(() => {
    const seen = new Map<string, QuoteHighlight>();
    for (const h of highlights) if (h.type === "quote" && !seen.has(h.speaker)) seen.set(h.speaker, h);
    return [...seen.values()];
  }, [highlights]);

  // A link to "#quote-…" or "#claim-…" (from search, or the side panel) lands on the highlight once it exists.
  const { hash } = useLocation();
  useEffect(() => {
    if (hash.length > 1) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: "center" });
  }, [hash]);

  const textRef = useRef<HTMLDivElement>(null);
  const reportSelection = () => {
    const offsets = textRef.current && onSelect ? selectionOffsets(textRef.current) : null;
    if (offsets) onSelect!({ ...offsets, text: data.text.slice(offsets.start, offsets.end) });
  };
  // A keyboard selection (caret browsing, a screen reader's selection) is made with Shift held, and
  // done when Shift is let go; the keys reach the body or an element of the text, wherever the caret is.
  useEffect(() => {
    if (!onSelect) return;
    const onKeyUp = (e: KeyboardEvent) => {
      const target = e.target as Node | null;
      if (e.key !== "Shift" || !textRef.current || !(target === document.body || (target && textRef.current.contains(target)))) return;
      const offsets = selectionOffsets(textRef.current);
      if (offsets) onSelect({ ...offsets, text: data.text.slice(offsets.start, offsets.end) });
    };
    document.addEventListener("keyup", onKeyUp);
    return () => document.removeEventListener("keyup", onKeyUp);
  }, [onSelect, data.text]);

  const anchored = new Set<string>();
  return (
    <Stack gap="sm">
      <Paper withBorder p="xs">
        <Group gap="md" wrap="wrap" justify="space-between">
          <Chip.Group multiple value={layers} onChange={setLayers}>
            <Group gap="xs" role="group" aria-label="Highlight layers">
              {LAYERS.map((l) => (
                <Chip key={l.value} value={l.value} size="xs">
                  {l.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Group gap="sm" wrap="wrap" role="group" aria-label="Legend">
            {speakers.map((s) => (
              <Group key={s.speaker} gap={4} wrap="nowrap">
                <ColorSwatch size={12} color={`var(--mantine-color-${s.color}-filled)`} aria-hidden="true" />
                <Text size="xs">{s.speaker}</Text>
              </Group>
            ))}
            <Text size="xs" className={classes.claim}>claim</Text>
            <Text size="xs" className={`${classes.claim} ${classes.hedged}`}>hedged claim</Text>
            <Text size="xs" className={classes.mention}>mention</Text>
          </Group>
        </Group>
      </Paper>
      <Box className={classes.text} data-testid="article-text" ref={textRef} onMouseUp={reportSelection}>
        {segments.map((segment) => renderSegment(segment, anchored))}
      </Box>
    </Stack>
  );
}

function renderSegment(segment: Segment<Highlight>, anchored: Set<string>): ReactNode {
  if (segment.spans.length === 0) return segment.text;

  // The spans arrive claims, quotes, mentions: wrap from the innermost out.
  let node: ReactNode = segment.text;
  for (const h of [...segment.spans].reverse()) {
    const first = h.type !== "mention" && !anchored.has(h.key);
    if (first) anchored.add(h.key);
    node = wrap(h, node, first);
  }

  const attributed = segment.spans.some((h) => h.type !== "mention");
  if (!attributed) return <span key={segment.start}>{node}</span>;
  return (
    <Tooltip
      key={segment.start}
      multiline
      w={340}
      withArrow
      openDelay={150}
      events={{ hover: true, focus: true, touch: true }}
      label={
        <Stack gap={2}>
          {segment.spans.map((h) => (
            <Text key={h.key} size="xs">
              {describeHighlight(h)}
            </Text>
          ))}
        </Stack>
      }
    >
      <span tabIndex={0} className={classes.focusable}>
        {node}
      </span>
    </Tooltip>
  );
}

function wrap(h: Highlight, children: ReactNode, first: boolean): ReactNode {
  switch (h.type) {
    case "mention":
      return (
        <Link
          to={`/people/${encodeURIComponent(h.personId)}`}
          className={classes.mention}
          data-testid="mention-highlight"
          data-person={h.personName}
          title={h.personName}
        >
          {children}
        </Link>
      );
    case "quote":
      return (
        <mark
          id={first ? `quote-${h.id}` : undefined}
          className={classes.quote}
          data-testid="quote-highlight"
          data-speaker={h.speaker}
          style={{ "--speaker-bg": `var(--mantine-color-${h.color}-light)`, "--speaker-fg": `var(--mantine-color-${h.color}-filled)` } as CSSProperties}
        >
          {children}
        </mark>
      );
    case "claim":
      return (
        <span
          id={first ? `claim-${h.id}` : undefined}
          className={h.hedged ? `${classes.claim} ${classes.hedged}` : classes.claim}
          data-testid="claim-highlight"
          data-claimant={h.claimant}
          data-hedged={h.hedged || undefined}
        >
          {children}
        </span>
      );
  }
}
