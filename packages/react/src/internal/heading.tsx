/**
 * Headings whose level the host chooses.
 */
import type { ComponentPropsWithoutRef } from "react";

/** A heading level, 1–6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** `<h{level}>`, the level rounded and clamped into 1–6 (a nested heading below h6 stays h6). */
export function Heading({ level, ...rest }: { level: number } & ComponentPropsWithoutRef<"h2">) {
  const Tag = `h${Math.min(6, Math.max(1, Math.round(level)))}` as "h2";
  return <Tag {...rest} />;
}
