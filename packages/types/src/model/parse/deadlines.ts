/**
 * `deadlines:` of a content file: a zone for every dated deadline, date-only deadlines that pass when their day is
 * over, history without repeats, the usual order (submission → notification → camera-ready → workshop), none after
 * the workshop starts; each as the model's {@link Deadline}.
 */
import {
  DATE_PATTERN,
  dayKey,
  type Instant,
  instantFromEpoch,
  parseCalendarDate,
  startOfDate,
} from "../../time/instant";
import { isValidZone, utcFromFields, type ZoneId } from "../../time/zone";
import type { Deadline, DeadlineChange, DeadlineKind } from "../types";
import { describeValue, type ParseContext } from "./context";

const DEADLINE_ORDER: DeadlineKind[] = ["abstract", "submission", "notification", "camera-ready", "workshop"];

/** The deadlines, dated ones by due instant and those to be announced after them, in the file's order. */
export function readDeadlines(ctx: ParseContext): Deadline[] {
  const { data, zone, start, checkDates, error, warn, time } = ctx;
  /**
   * A deadline's time: a date and time in its zone, or a date only, which passes when that day ends in the zone
   * (the next day's first instant: "Notification: March 5 AoE" has passed once 5 March is over everywhere).
   */
  const dueTime = (path: string, text: string, z: ZoneId): { due: Instant; dateOnly: boolean } | null => {
    if (!DATE_PATTERN.test(text)) {
      const due = time(path, text, z);
      return due ? { due, dateOnly: false } : null;
    }
    const day = parseCalendarDate(text);
    if (!day) {
      error(
        "bad-date",
        path,
        `expected a real date, received ${describeValue(text)}`,
        "a real date",
        describeValue(text),
      );
      return null;
    }
    const next = new Date(utcFromFields(day.year, day.month, day.day + 1)).toISOString().slice(0, 10);
    return { due: instantFromEpoch(startOfDate(next, z), z), dateOnly: true };
  };
  const deadlines: Deadline[] = [];
  const deadlineIds = new Map<string, number>();
  (data.deadlines ?? []).forEach((d, i) => {
    const at = `deadlines[${i}]`;
    const prev = deadlineIds.get(d.id);
    if (prev !== undefined)
      error("duplicate-id", `${at}.id`, `duplicate deadline id "${d.id}" (also deadlines[${prev}])`);
    deadlineIds.set(d.id, i);
    const tba = d.due === undefined || d.due === "TBA";
    const needsZone = !tba || (d.history ?? []).length > 0;
    if (d.zone === undefined && needsZone) {
      error(
        "missing-field",
        `${at}.zone`,
        'missing required field: expected "AoE", "UTC" or an IANA zone; a deadline without a zone could be off by a day',
        '"AoE", "UTC" or IANA zone',
        "nothing",
      );
      return;
    }
    const z = d.zone ?? "UTC";
    if (d.zone !== undefined && !isValidZone(d.zone)) {
      error(
        "bad-zone",
        `${at}.zone`,
        `expected "AoE", "UTC" or an IANA zone such as "Europe/Vienna", received ${describeValue(d.zone)}`,
        '"AoE", "UTC" or IANA zone',
        describeValue(d.zone),
      );
      return;
    }
    const due = tba ? null : dueTime(`${at}.due`, d.due as string, z);
    const history = (d.history ?? []).map((h, j) => {
      const hDue = dueTime(`${at}.history[${j}].due`, h.due, z);
      return hDue ? { due: hDue.due, dateOnly: hDue.dateOnly, reason: h.reason?.trim() || null } : null;
    });
    if ((!tba && !due) || history.some((h) => h === null)) return;
    const changes = history as DeadlineChange[];
    changes.forEach((h, j) => {
      if (due && h.due.epochMs === due.due.epochMs) {
        error("deadline-history", `${at}.history[${j}].due`, "an earlier date equals the current due date");
      }
      const next = changes[j + 1];
      if (next && next.due.epochMs === h.due.epochMs) {
        error("deadline-history", `${at}.history[${j + 1}].due`, "the same earlier date is listed twice");
      }
    });
    if (due) {
      const dueYear = Number(dayKey(due.due.epochMs, z).slice(0, 4));
      if (checkDates && data.year !== undefined && dueYear !== data.year && dueYear !== data.year - 1) {
        warn(
          "deadline-other-year",
          `${at}.due`,
          `"${d.label}" is due in ${dueYear}, but this is the ${data.year} edition; left over from another year?`,
        );
      }
    }
    deadlines.push({
      id: d.id,
      label: d.label,
      kind: d.kind ?? "other",
      due: due?.due ?? null,
      dateOnly: due?.dateOnly ?? false,
      history: changes,
      note: d.note?.trim() || null,
    });
  });
  // Deadlines in a sensible order: submission → notification → camera-ready → workshop (TBA ones are not checked).
  // The first instant of the first day, also where a DST change skips midnight (a wall-clock 00:00 would not parse).
  const workshopStartMs = startOfDate(start.iso, zone);
  const dated = deadlines.filter((d): d is Deadline & { due: Instant } => d.due !== null);
  // Kind by kind, each deadline is compared with the latest one of an earlier kind: linear, and the message names
  // the deadline it really conflicts with.
  let latest: (Deadline & { due: Instant }) | null = null;
  for (const kind of DEADLINE_ORDER) {
    const ofKind = dated.filter((d) => d.kind === kind);
    for (const y of ofKind) {
      if (latest && kind !== "workshop" && y.due.epochMs < latest.due.epochMs) {
        error(
          "deadline-order",
          `deadlines[${deadlineIds.get(y.id)}].due`,
          `"${y.label}" (${y.kind}) is due before "${latest.label}" (${latest.kind}); expected ${latest.kind} → ${y.kind}`,
        );
      }
    }
    for (const y of ofKind) if (!latest || y.due.epochMs > latest.due.epochMs) latest = y;
  }
  for (const x of dated) {
    if (DEADLINE_ORDER.indexOf(x.kind) >= 0 && x.kind !== "workshop" && x.due.epochMs > workshopStartMs + 86_400_000) {
      error(
        "deadline-after-workshop",
        `deadlines[${deadlineIds.get(x.id)}].due`,
        `"${x.label}" is due after the workshop starts (${start.iso})`,
      );
    }
  }
  // Dated deadlines by due instant; those to be announced keep their place after them, in the file's order.
  return [...deadlines].sort(
    (a, b) => (a.due?.epochMs ?? Number.POSITIVE_INFINITY) - (b.due?.epochMs ?? Number.POSITIVE_INFINITY),
  );
}
