"use client";

/**
 * The only parts of `CallForPapers` that read the clock: the root `<section>` (its `data-state`) and gates that show
 * their children only in some submission states. Everything else renders wherever the host renders it, so from a
 * server component the call ships no JavaScript but this module. Props are plain data and already-rendered children.
 */
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { useClockSelector } from "../clock/clock";
import type { CallForPapersState } from "./call-for-papers";

/** Where submissions stand as of the shared clock, at minute granularity; `due` is the deadline's epoch ms. */
function useSubmissionState(due: number | null): CallForPapersState {
  return useClockSelector(
    (now) => (now === null || due === null ? "unknown" : now < due ? "open" : "closed"),
    60_000,
    due !== null,
  );
}

/** The call's root `<section>`, with `data-state` from the clock. */
export function CallForPapersRoot({ due, ...rest }: ComponentPropsWithoutRef<"section"> & { due: number | null }) {
  return <section {...rest} data-state={useSubmissionState(due)} />;
}

/** `children` only while the submission state is `show` (or one of `show`). */
export function WhenSubmissions({
  due,
  show,
  children,
}: {
  due: number | null;
  show: CallForPapersState | readonly CallForPapersState[];
  children?: ReactNode;
}) {
  return show.includes(useSubmissionState(due)) ? children : null;
}
