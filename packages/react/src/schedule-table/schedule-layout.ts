/**
 * Pure layout of one day of the programme: a plain list (one row per session) when nothing runs in parallel,
 * or a "slot grid" (a column per room, rows cut at every start and end, sessions spanning rows and columns)
 * when sessions in different rooms overlap. Bad input that no grid can show (a plenary item overlapping a
 * room's session) falls back to the list, which can show anything.
 */
import { type Session, sessionEndMs } from "@workshop-kit/types";

/** A session placed in the grid: it starts in this row, at column `col` (0-based, after the time column). */
export interface GridCell {
  readonly session: Session;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** Columns of this row that no session covers, merged into one cell. */
export interface GridGap {
  readonly session: null;
  readonly col: number;
  readonly colSpan: number;
}

/** One row of the grid: the slot starting at `startMs`. */
export interface GridRow {
  readonly startMs: number;
  /** Cells that begin in this row, left to right (sessions and gaps). */
  readonly cells: readonly (GridCell | GridGap)[];
  /** Whether any session starts in this row (rows that only continue earlier sessions are hidden when stacked). */
  readonly starts: boolean;
}

/** How a day is laid out. */
export type DayLayout =
  | {
      readonly kind: "list";
      /** Distinct named rooms of the day, in order of first use; a room column is shown when there are 2+. */
      readonly rooms: readonly string[];
    }
  | {
      readonly kind: "grid";
      /** Room columns; `lanes` > 1 only when sessions overlap inside one room (bad input, shown side by side). */
      readonly rooms: readonly { readonly name: string; readonly lanes: number }[];
      readonly columns: number;
      readonly rows: readonly GridRow[];
    };

/**
 * Lay out the sessions of one day (sorted by start). A block's items (`blockId`) lie inside the block and are shown
 * with it, so they take no place of their own: they neither overlap the block nor get cells of their own.
 */
export function layoutDay(all: readonly Session[]): DayLayout {
  // (An item whose block a filter left out is laid out as a session of its own.)
  const ids = all.some((s) => s.blockId) ? new Set(all.map((s) => s.id)) : null;
  const sessions = ids ? all.filter((s) => !(s.blockId && ids.has(s.blockId))) : all;
  const roomNames: string[] = [];
  let overlap = false;
  let maxEnd = Number.NEGATIVE_INFINITY;
  for (const s of sessions) {
    if (s.room !== null && !roomNames.includes(s.room)) roomNames.push(s.room);
    if (s.start.epochMs < maxEnd) overlap = true;
    maxEnd = Math.max(maxEnd, sessionEndMs(s));
  }
  const list: DayLayout = { kind: "list", rooms: roomNames };
  if (!overlap || roomNames.length < 2) return list;

  // Lanes inside each room (interval partitioning), so even overlapping sessions in one room get a cell.
  const laneEnds = new Map<string, number[]>(roomNames.map((r) => [r, []]));
  const lane = new Map<Session, number>();
  for (const s of sessions) {
    if (s.room === null) continue;
    const ends = laneEnds.get(s.room) as number[];
    let i = ends.findIndex((end) => end <= s.start.epochMs);
    if (i < 0) i = ends.push(0) - 1;
    ends[i] = sessionEndMs(s);
    lane.set(s, i);
  }
  const offset = new Map<string, number>();
  let columns = 0;
  const rooms = roomNames.map((name) => {
    offset.set(name, columns);
    const lanes = (laneEnds.get(name) as number[]).length;
    columns += lanes;
    return { name, lanes };
  });

  // Rows are cut at every start and end.
  const cuts = stateBoundaries(sessions);
  const rowOf = new Map(cuts.map((t, i) => [t, i]));
  const rowCount = cuts.length - 1;
  const taken: boolean[][] = Array.from({ length: rowCount }, () => new Array<boolean>(columns).fill(false));
  const starting: GridCell[][] = Array.from({ length: rowCount }, () => []);
  for (const s of sessions) {
    const r0 = rowOf.get(s.start.epochMs) as number;
    const r1 = rowOf.get(sessionEndMs(s)) as number;
    const col = s.room === null ? 0 : (offset.get(s.room) as number) + (lane.get(s) as number);
    const colSpan = s.room === null ? columns : 1;
    if (r1 <= r0) return list; // a session that ends when it starts (bad input) covers no row of a grid
    for (let r = r0; r < r1; r++) {
      const row = taken[r] as boolean[];
      for (let c = col; c < col + colSpan; c++) {
        if (row[c]) return list; // a plenary item overlapping a room's session: only the list can show it
        row[c] = true;
      }
    }
    (starting[r0] as GridCell[]).push({ session: s, col, rowSpan: r1 - r0, colSpan });
  }

  const rows: GridRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const mine = (starting[r] as GridCell[]).sort((a, b) => a.col - b.col);
    const row = taken[r] as boolean[];
    // A gap between sessions (a 15-minute pause nobody scheduled) would be a row of empty cells under a time of its
    // own. No session spans it (it covers no column), so leaving it out changes no span.
    if (!row.includes(true)) continue;
    const cells: (GridCell | GridGap)[] = [];
    let next = 0;
    let gapStart = -1;
    for (let c = 0; c <= columns; c++) {
      const cell = mine[next];
      const free = c < columns && !row[c];
      if (gapStart >= 0 && !free) {
        cells.push({ session: null, col: gapStart, colSpan: c - gapStart });
        gapStart = -1;
      } else if (free && gapStart < 0) gapStart = c;
      if (cell && cell.col === c) {
        cells.push(cell);
        next++;
      }
    }
    rows.push({ startMs: cuts[r] as number, cells, starts: mine.length > 0 });
  }
  return { kind: "grid", rooms, columns, rows };
}

/** Sorted distinct instants at which any session's state can change (starts and ends). */
export function stateBoundaries(sessions: readonly Session[]): number[] {
  return [...new Set(sessions.flatMap((s) => [s.start.epochMs, sessionEndMs(s)]))].sort((a, b) => a - b);
}

/**
 * The last boundary at or before `nowMs` (or `-1` before the first). Every session's state is the same at
 * this instant as at `nowMs`, so a clock selector can return it and re-render only when a state changes.
 */
export function lastBoundary(boundaries: readonly number[], nowMs: number): number {
  // A scan from the end: a few hundred numbers, once per clock tick.
  let i = boundaries.length;
  while (i-- && (boundaries[i] as number) > nowMs);
  return i < 0 ? -1 : (boundaries[i] as number);
}
