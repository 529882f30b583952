"use client";

/**
 * The only parts of `CallForPapers` that read the clock: the root `<section>` (its `data-state`) and gates that show
 * their children only in some submission states. Everything else renders wherever the host renders it, so from a
 * server component the call ships no JavaScript but this module. Props are plain data and already-rendered children.
 */
import { type ComponentPropsWithoutRef, type ReactNode, useRef } from "react";
import { useClockSelector } from "../clock/clock";
import { useSpaceKeptWhileSeen } from "../internal/while-seen";
import { duration, text } from "../messages/format";
import { useDisplayTimeZone } from "../time-zone/time-zone";
import type { CallForPapersState } from "./call-for-papers";

/**
 * Where submissions stand as of the shared clock, at minute granularity: `opens` and `due` are the epoch ms of the
 * submissions-open and submission deadlines (`null`: none). Each has passed at its own instant.
 */
function useSubmissionState(due: number | null, opens: number | null): CallForPapersState {
  return useClockSelector(
    (now) =>
      now === null
        ? "unknown"
        : opens !== null && now < opens
          ? "not-yet-open"
          : due === null
            ? "unknown"
            : now < due
              ? "open"
              : "closed",
    60_000,
    due !== null || opens !== null,
  );
}

/**
 * The call's root `<section>`, with `data-state` from the clock. When the state changes while the reader looks at
 * the call (submissions close under them), it keeps its height until it is out of view: nothing below moves up.
 */
export function CallForPapersRoot({
  due,
  opens,
  children,
  ...rest
}: ComponentPropsWithoutRef<"section"> & { due: number | null; opens: number | null }) {
  const state = useSubmissionState(due, opens);
  const ref = useRef<HTMLElement>(null);
  const kept = useSpaceKeptWhileSeen(ref, state);
  return (
    <section {...rest} ref={ref} data-state={state}>
      {children}
      {kept ? <div aria-hidden="true" data-slot="kept-space" style={{ blockSize: kept }} /> : null}
    </section>
  );
}

/**
 * "Opens in 3 days." (largest unit only) as of the shared clock; nothing before the clock is known or once open.
 * Its words come as plain strings (a server component renders the call): `template` has a `{time}` placeholder.
 */
export function OpensIn({
  opens,
  zone,
  template = "Opens in {time}.",
  lessThanMinute = "less than a minute",
  locale: own,
}: {
  opens: number;
  zone: string;
  template?: string;
  lessThanMinute?: string;
  /** The locale of the call's messages, if they name one; else the provider's. */
  locale?: string | undefined;
}) {
  const display = useDisplayTimeZone(zone);
  const locale = own ?? display.locale;
  const time = useClockSelector(
    (now) =>
      now === null || now >= opens
        ? ""
        : opens - now < 60_000
          ? lessThanMinute
          : duration(opens - now, locale, { maxUnits: 1 }),
    60_000,
  );
  return time ? <span data-slot="opens-in">{text(template, { time })}</span> : null;
}

/** `children` only while the submission state is `show` (or one of `show`). */
export function WhenSubmissions({
  due,
  opens,
  show,
  children,
}: {
  due: number | null;
  opens: number | null;
  show: CallForPapersState | readonly CallForPapersState[];
  children?: ReactNode;
}) {
  const state = useSubmissionState(due, opens);
  // A plain string is matched whole: "open".includes(…) must not match a substring of another state.
  return (typeof show === "string" ? show === state : show.includes(state)) ? children : null;
}
