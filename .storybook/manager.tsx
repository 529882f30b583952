/**
 * The clock tool: shows the instant the canvas is frozen at (the toolbar's choice, else the story's own
 * `parameters.clock.now`, else "Live clock") and takes any date, not only the presets.
 */
// The manager bundle compiles JSX with the classic runtime: React must be in scope.
// biome-ignore lint/correctness/noUnusedImports: used by the compiled JSX
import React, { useEffect, useState } from "react";
import { addons, types, useGlobals, useParameter } from "storybook/manager-api";
import { CLOCK_PRESETS } from "./modes";

function label(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function ClockTool() {
  const [globals, updateGlobals] = useGlobals();
  const storyClock = useParameter<{ now?: string } | undefined>("clock", undefined);
  const chosen = typeof globals.clock === "string" && globals.clock !== "live" ? globals.clock : null;
  const inForce = chosen ?? storyClock?.now ?? null;
  const [draft, setDraft] = useState("");
  useEffect(() => setDraft(inForce ? inForce.slice(0, 16) : ""), [inForce]);
  const source = chosen ? "frozen (toolbar)" : storyClock?.now ? "frozen (story)" : "live";
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 6, fontSize: 12, whiteSpace: "nowrap" }}>
      <span title="The instant every countdown and 'now' marker reads">
        Clock: <strong>{inForce ? label(inForce) : "Live clock"}</strong> <span style={{ opacity: 0.7 }}>{source}</span>
      </span>
      <select
        aria-label="Clock preset"
        value={chosen ?? "live"}
        onChange={(e) => updateGlobals({ clock: e.target.value })}
        style={{ maxWidth: 150 }}
      >
        <option value="live">{storyClock?.now ? "Story's instant" : "Live clock"}</option>
        {CLOCK_PRESETS.map((p) => (
          <option key={p.value} value={p.value}>
            {p.title}
          </option>
        ))}
        {chosen && !CLOCK_PRESETS.some((p) => p.value === chosen) ? (
          <option value={chosen}>{label(chosen)}</option>
        ) : null}
      </select>
      <input
        aria-label="Freeze at (UTC)"
        type="datetime-local"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft && draft !== inForce?.slice(0, 16)) updateGlobals({ clock: `${draft}:00Z` });
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && draft) updateGlobals({ clock: `${draft}:00Z` });
        }}
      />
    </div>
  );
}

addons.register("workshop-kit/clock", () => {
  addons.add("workshop-kit/clock/tool", {
    type: types.TOOL,
    title: "Clock",
    match: ({ viewMode }) => viewMode === "story",
    render: () => <ClockTool />,
  });
});
