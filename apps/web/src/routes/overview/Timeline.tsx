import { useComputedColorScheme } from "@mantine/core";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

interface Day {
  day: string;
  quotes: number;
  claims: number;
  articles: number;
}

const short = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** Quotes and claims per day as a bar chart; the table beside it serves screen readers. */
export function Timeline({ days }: { days: readonly Day[] }) {
  const dark = useComputedColorScheme("light") === "dark";
  const axis = dark ? "#c1c2c5" : "#495057";
  const grid = dark ? "#373a40" : "#dee2e6";
  const total = days.reduce((n, d) => n + d.quotes + d.claims, 0);
  return (
    <figure style={{ margin: 0 }} data-testid="timeline-chart">
      <div style={{ width: "100%", height: 220 }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={[...days]} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={grid} vertical={false} />
            <XAxis dataKey="day" tickFormatter={short} stroke={axis} fontSize={12} minTickGap={16} />
            <YAxis allowDecimals={false} stroke={axis} fontSize={12} />
            <Tooltip
              labelFormatter={(d) => short(String(d))}
              contentStyle={{ background: dark ? "#25262b" : "#fff", border: `1px solid ${grid}`, color: axis }}
              cursor={{ fill: dark ? "rgba(255,255,255,0.06)" : "rgba(0,0,0,0.05)" }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="quotes" name="Quotes" stackId="a" fill="var(--mantine-color-indigo-filled)" isAnimationActive={false} />
            <Bar dataKey="claims" name="Claims" stackId="a" fill="var(--mantine-color-orange-filled)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden" style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
        {total} quotes and claims over {days.length} days, from {days[0]?.day} to {days.at(-1)?.day}.
        {days.filter((d) => d.quotes + d.claims > 0).map((d) => ` ${d.day}: ${d.quotes} quotes, ${d.claims} claims.`).join("")}
      </figcaption>
    </figure>
  );
}
