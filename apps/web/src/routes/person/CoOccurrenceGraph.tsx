import { Anchor, Group, Text } from "@mantine/core";
import type { MouseEvent } from "react";
import { Link, useNavigate } from "react-router";

interface Props {
  center: { id: string; name: string };
  people: readonly { person: { id: string; name: string }; sharedArticles: number }[];
  links: readonly { source: string; target: string; sharedArticles: number }[];
}

const W = 560;
const H = 340;

/**
 * The people someone appears with, as a small radial network: them in the middle, the others on a
 * ring (closest collaborators first, clockwise), lines as thick as the articles they share. Plain SVG:
 * a dozen nodes need no physics engine, and the bundle stays small.
 */
export function CoOccurrenceGraph({ center, people, links }: Props) {
  const navigate = useNavigate();
  const max = Math.max(1, ...people.map((p) => p.sharedArticles));
  const pos = new Map<string, { x: number; y: number }>([[center.id, { x: W / 2, y: H / 2 }]]);
  people.forEach((p, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / people.length;
    pos.set(p.person.id, { x: W / 2 + Math.cos(angle) * (W / 2 - 90), y: H / 2 + Math.sin(angle) * (H / 2 - 40) });
  });
  const go = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    navigate(`/people/${encodeURIComponent(id)}`);
  };

  return (
    <div>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label={`People who appear with ${center.name}`} data-testid="co-occurrence-graph" style={{ maxHeight: 360 }}>
        {links.map((l) => {
          const a = pos.get(l.source);
          const b = pos.get(l.target);
          if (!a || !b) return null;
          const fromCenter = l.source === center.id || l.target === center.id;
          return (
            <line
              key={`${l.source}-${l.target}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke={fromCenter ? "var(--mantine-color-indigo-filled)" : "var(--mantine-color-gray-5)"}
              strokeOpacity={fromCenter ? 0.55 : 0.4}
              strokeWidth={1 + (3 * l.sharedArticles) / max}
            />
          );
        })}
        {people.map((p) => {
          const { x, y } = pos.get(p.person.id)!;
          const r = 6 + (8 * p.sharedArticles) / max;
          return (
            <a key={p.person.id} href={`/people/${encodeURIComponent(p.person.id)}`} onClick={go(p.person.id)} aria-label={`${p.person.name}, ${p.sharedArticles} shared articles`}>
              <circle cx={x} cy={y} r={r} fill="var(--mantine-color-indigo-light)" stroke="var(--mantine-color-indigo-filled)" strokeWidth={1.5} />
              <text x={x} y={y + r + 13} textAnchor="middle" fontSize={12} fill="var(--mantine-color-text)">
                {p.person.name}
              </text>
            </a>
          );
        })}
        <circle cx={W / 2} cy={H / 2} r={16} fill="var(--mantine-color-indigo-filled)" />
        <text x={W / 2} y={H / 2 + 32} textAnchor="middle" fontSize={13} fontWeight={700} fill="var(--mantine-color-text)">
          {center.name}
        </text>
      </svg>
      <Group gap="xs" mt={4}>
        {people.map((p) => (
          <Text key={p.person.id} size="xs">
            <Anchor component={Link} to={`/people/${encodeURIComponent(p.person.id)}`} size="xs">
              {p.person.name}
            </Anchor>{" "}
            <Text span c="dimmed" size="xs">({p.sharedArticles})</Text>
          </Text>
        ))}
      </Group>
    </div>
  );
}
