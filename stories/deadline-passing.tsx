/**
 * A story's own frozen clock ten seconds before ES-FoMo 2025's submission deadline, and a button that moves it five
 * seconds past: for stories of what a reader sees when the deadline passes while they look.
 */
import { ClockProvider } from "@workshop-kit/react";
import { type ReactNode, useState } from "react";

const SUBMISSION_DUE = Date.parse("2025-05-27T23:59:00Z");

export function DeadlinePassing({ children }: { children: ReactNode }) {
  const [now, setNow] = useState(SUBMISSION_DUE - 10_000);
  return (
    <>
      <p>
        <button type="button" onClick={() => setNow(SUBMISSION_DUE + 5_000)}>
          Let the deadline pass
        </button>
      </p>
      <ClockProvider now={now}>{children}</ClockProvider>
    </>
  );
}

/** Wait until the page is live (its effects have run: it knows it is in view), a frame after it first paints. */
export function nextFrames(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}
