// A fully static page: a React Server Component (no directive) whose only @workshop-kit/react component is
// StaticScheduleTable, so the page ships no JavaScript from the library at all (scripts/check-html.mjs checks the
// page's client manifest). A function prop is fine here: speakerHref runs on the server and never crosses into a
// client component. The live programme (zone switch, now and next, calendar files) is ScheduleTable on "/".
import { StaticScheduleTable } from "@workshop-kit/react";
import { loadEdition } from "../content";

export const metadata = { title: "ES-FoMo 2025 programme — workshop-kit on Next.js" };

export default function ProgrammePage() {
  const edition = loadEdition();
  return (
    <main>
      <h1>{edition.name}</h1>
      <section aria-labelledby="programme" data-testid="static-programme">
        <h2 id="programme">Programme</h2>
        <StaticScheduleTable edition={edition} headingLevel={3} speakerHref={(id) => `/#speaker-${id}`} />
        <p>
          Times in your own zone, the session in progress and calendar files: <a href="/">the live programme</a>.
        </p>
      </section>
    </main>
  );
}
