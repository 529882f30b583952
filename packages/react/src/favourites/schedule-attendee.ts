/**
 * Everything ScheduleTable's `favourites` and `search` props add, in one module that ScheduleTable loads with
 * `import()` after hydration, and only when one of them is on: a schedule without them ships none of it, and one
 * with them does not make its first load wait for controls that cannot work before hydration anyway.
 */
export { favouritesNamespace, favouritesStore } from "./favourites-store";
export {
  AgendaActions,
  AgendaConflicts,
  AgendaToggle,
  ScheduleSearch,
  SessionStar,
  SharedAgenda,
} from "./schedule-tools";
export { searchSessions } from "./search";
export { readAgendaFragment } from "./share";
export { isStarrable } from "./use-favourites";
