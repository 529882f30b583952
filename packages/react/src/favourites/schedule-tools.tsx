/**
 * The attendee controls ScheduleTable shows in its toolbar when asked (`favourites`, `search`): the search box,
 * the "My agenda" switch with its count, the starred sessions' calendar file, the share link, and the notice for
 * an agenda someone shared. Each subscribes to what it shows (the count to the favourites, a star to its own id),
 * so starring a session re-renders that star and the count, not the programme.
 */
import type { Session } from "@workshop-kit/types";
import { memo, startTransition, useEffect, useId, useMemo, useRef, useState } from "react";
import { plural, text } from "../messages/format";
import type { ScheduleMessages } from "../schedule-table/labels";
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
export function ScheduleSearch({ onChange, m }: { onChange: (value: string) => void; m: ScheduleMessages }) {
  const [value, setValue] = useState("");
  return (
    <label data-slot="search">
      {m.search}{" "}
      <input
        type="search"
        value={value}
        autoComplete="off"
        spellCheck={false}
        placeholder={m.searchPlaceholder}
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
  m,
}: {
  store: FavouritesStore;
  sessions: readonly Session[];
  pressed: boolean;
  onChange: (pressed: boolean) => void;
  m: ScheduleMessages;
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
      {text(m.myAgenda, { count: n })}
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
  m,
}: {
  store: FavouritesStore;
  sessions: readonly Session[];
  onDownload: (sessions: readonly Session[]) => void;
  m: ScheduleMessages;
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
  if (!starred?.size) return persistent ? null : <NotSaved m={m} />;
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
        {m.addStarred}
      </button>
      <button type="button" className="wk-button" data-slot="share" onClick={share}>
        {m.shareAgenda}
      </button>
      {copied ? (
        <span data-slot="share-link">
          <label htmlFor={linkId}>{m.sharedLink}</label>{" "}
          {/* Focused (and selected) when it appears: a screen reader says "copied" and the link, and Ctrl+C works. */}
          <input id={linkId} readOnly value={copied} ref={linkRef} onFocus={(e) => e.currentTarget.select()} />
        </span>
      ) : null}
      {persistent ? null : <NotSaved m={m} />}
    </>
  );
}

function NotSaved({ m }: { m: ScheduleMessages }) {
  return <span data-slot="not-saved">{m.notSaved}</span>;
}

/** A shared selection: say what it is and offer to add it to the reader's own favourites. */
export function SharedAgenda({
  store,
  ids,
  onClose,
  m,
}: {
  store: FavouritesStore;
  ids: readonly string[];
  onClose: () => void;
  m: ScheduleMessages;
}) {
  const [added, setAdded] = useState(false);
  return (
    <section data-slot="shared" aria-label={m.sharedAgenda}>
      <p>{plural(m.sharedViewing, ids.length, m.locale)}</p>
      {added ? (
        <p>{m.sharedAdded}</p>
      ) : (
        <button
          type="button"
          className="wk-button"
          onClick={() => {
            store.add(ids);
            setAdded(true);
          }}
        >
          {m.sharedAdd}
        </button>
      )}{" "}
      <button type="button" className="wk-button" onClick={onClose}>
        {m.wholeProgramme}
      </button>
    </section>
  );
}

/** The overlaps among the sessions of the agenda view, in words (the table cannot show them side by side). */
export function AgendaConflicts({
  sessions,
  ids,
  m,
}: {
  sessions: readonly Session[];
  ids: Iterable<string>;
  m: ScheduleMessages;
}) {
  const pairs = useMemo(() => {
    const chosen = new Set(ids);
    const picked = sessions.filter((s) => chosen.has(s.id));
    const out: string[] = [];
    const title = (s: Session) => text(m.quoted, { title: s.title ?? m.tbaAlone });
    for (const [id, others] of overlaps(picked)) {
      const a = picked.find((s) => s.id === id) as Session;
      // Each pair once: from the session that comes first in the programme.
      for (const b of others)
        if (picked.indexOf(a) < picked.indexOf(b)) out.push(text(m.overlap, { a: title(a), b: title(b) }));
    }
    return out;
  }, [sessions, ids, m]);
  if (!pairs.length) return null;
  return (
    <p data-slot="conflicts">
      <strong>{plural(m.conflicts, pairs.length, m.locale)}</strong>{" "}
      {text(m.sentence, { text: pairs.join(m.clauseSeparator) })}
    </p>
  );
}
