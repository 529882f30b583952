/**
 * The attendee controls ScheduleTable shows in its toolbar when asked (`favourites`, `search`): the search box,
 * the "My agenda" switch with its count, the starred sessions' calendar file, the share link, and the notice for
 * an agenda someone shared. Each subscribes to what it shows (the count to the favourites, a star to its own id),
 * so starring a session re-renders that star and the count, not the programme.
 */
import type { Session } from "@workshop-kit/types";
import { memo, startTransition, useEffect, useId, useMemo, useRef, useState } from "react";
import { overlaps } from "./conflicts";
import { FavouriteToggle } from "./favourite-toggle";
import type { FavouritesStore } from "./favourites-store";
import { agendaFragment } from "./share";
import { useFavouritesPersistent, useStarredSessions } from "./use-favourites";

/** The star of a schedule row: its props do not change when the programme re-renders for a search. */
export const SessionStar = memo(FavouriteToggle);

/**
 * The search box: a labelled `type="search"` input; Escape clears it (the browser's own behaviour, kept). It owns
 * what is typed, so a keystroke re-renders the box alone; the programme follows in a transition (`onChange`), which
 * React interrupts for the next keystroke instead of making the reader wait for a whole programme per letter.
 */
export function ScheduleSearch({ onChange }: { onChange: (value: string) => void }) {
  const [value, setValue] = useState("");
  return (
    <label data-slot="search">
      Search{" "}
      <input
        type="search"
        value={value}
        autoComplete="off"
        spellCheck={false}
        placeholder="Title, speaker, paper…"
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          startTransition(() => onChange(next));
        }}
      />
    </label>
  );
}

/** "My agenda (3)": shows only the starred sessions while pressed. */
export function AgendaToggle({
  store,
  sessions,
  pressed,
  onChange,
}: {
  store: FavouritesStore;
  sessions: readonly Session[];
  pressed: boolean;
  onChange: (pressed: boolean) => void;
}) {
  const n = useStarredSessions(store, sessions)?.size ?? 0;
  return (
    <button
      type="button"
      className="wk-button"
      data-slot="agenda-toggle"
      aria-pressed={pressed}
      onClick={() => onChange(!pressed)}
    >
      {`My agenda (${n} starred)`}
    </button>
  );
}

/**
 * What to do with the starred sessions: download them as `.ics`, copy a link that shares them, and a word when
 * the browser keeps them for this visit only.
 */
export function AgendaActions({
  store,
  sessions,
  onDownload,
}: {
  store: FavouritesStore;
  sessions: readonly Session[];
  onDownload: (sessions: readonly Session[]) => void;
}) {
  const starred = useStarredSessions(store, sessions);
  const persistent = useFavouritesPersistent(store);
  const [copied, setCopied] = useState<string | null>(null);
  const linkId = useId();
  const linkRef = useRef<HTMLInputElement>(null);
  // Only when a link is made: later renders (another star) leave focus where the reader put it.
  useEffect(() => {
    if (copied) linkRef.current?.focus();
  }, [copied]);
  if (!starred?.size) return persistent ? null : <NotSaved />;
  const share = () => {
    const url = new URL(window.location.href);
    url.hash = agendaFragment(starred, sessions);
    const text = url.toString();
    // Shown as well as copied: the clipboard may be refused, and the reader may want to see what is shared.
    setCopied(text);
    void navigator.clipboard?.writeText(text).catch(() => {});
  };
  return (
    <>
      <button
        type="button"
        className="wk-button"
        data-slot="calendar-agenda"
        onClick={() => onDownload(sessions.filter((s) => starred.has(s.id)))}
      >
        Add my starred sessions to your calendar
      </button>
      <button type="button" className="wk-button" data-slot="share" onClick={share}>
        Copy a link to my agenda
      </button>
      {copied ? (
        <span data-slot="share-link">
          <label htmlFor={linkId}>Link to your agenda (copied)</label>{" "}
          {/* Focused (and selected) when it appears: a screen reader says "copied" and the link, and Ctrl+C works. */}
          <input id={linkId} readOnly value={copied} ref={linkRef} onFocus={(e) => e.currentTarget.select()} />
        </span>
      ) : null}
      {persistent ? null : <NotSaved />}
    </>
  );
}

function NotSaved() {
  return <span data-slot="not-saved">This browser does not keep your stars: they last until you leave the page.</span>;
}

/** A shared selection: say what it is and offer to add it to the reader's own favourites. */
export function SharedAgenda({
  store,
  ids,
  onClose,
}: {
  store: FavouritesStore;
  ids: readonly string[];
  onClose: () => void;
}) {
  const [added, setAdded] = useState(false);
  return (
    <section data-slot="shared" aria-label="Shared agenda">
      <p>{`You are viewing an agenda someone shared: ${ids.length} ${ids.length === 1 ? "session" : "sessions"}.`}</p>
      {added ? (
        <p>Added to your favourites.</p>
      ) : (
        <button
          type="button"
          className="wk-button"
          onClick={() => {
            store.add(ids);
            setAdded(true);
          }}
        >
          Add these to my favourites
        </button>
      )}{" "}
      <button type="button" className="wk-button" onClick={onClose}>
        Show the whole programme
      </button>
    </section>
  );
}

/** The overlaps among the sessions of the agenda view, in words (the table cannot show them side by side). */
export function AgendaConflicts({ sessions, ids }: { sessions: readonly Session[]; ids: Iterable<string> }) {
  const pairs = useMemo(() => {
    const chosen = new Set(ids);
    const picked = sessions.filter((s) => chosen.has(s.id));
    const out: string[] = [];
    const title = (s: Session) => `“${s.title ?? "To be announced"}”`;
    for (const [id, others] of overlaps(picked)) {
      const a = picked.find((s) => s.id === id) as Session;
      // Each pair once: from the session that comes first in the programme.
      for (const b of others)
        if (picked.indexOf(a) < picked.indexOf(b)) out.push(`${title(a)} overlaps with ${title(b)}`);
    }
    return out;
  }, [sessions, ids]);
  if (!pairs.length) return null;
  return (
    <p data-slot="conflicts">
      <strong>{pairs.length === 1 ? "Conflict:" : `${pairs.length} conflicts:`}</strong> {`${pairs.join("; ")}.`}
    </p>
  );
}
