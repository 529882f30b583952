"use client";

/**
 * Which zone times are shown in, shared by every component on the page.
 *
 * The choice is `"event"` (the edition's zone — the default, identical on server and client), `"reader"`
 * (the browser's zone, known only after hydration) or an explicit IANA zone.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState, useSyncExternalStore } from "react";
import type { MessagesOverride } from "../messages/resolve";
import { canonicalZone } from "./zone-names";
import { createZoneStore, pageZoneStore, type ZoneStore } from "./zone-store";

/** `"event"`, `"reader"` or an IANA zone name. */
export type TimeZoneChoice = "event" | "reader" | (string & {});

/**
 * What a provider shares. The value stays the same object while the choice changes: the choice itself is read
 * from the store by each component that shows a time (`useSyncExternalStore`), so a switch re-renders those
 * components and nothing else.
 */
interface TimeZoneState {
  /** The choice, read without re-rendering the tree: the store's, else `fallback`. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => TimeZoneChoice;
  /** The choice on the server and during hydration. */
  readonly fallback: TimeZoneChoice;
  readonly setChoice: (choice: TimeZoneChoice) => void;
  readonly readerOverride?: string | undefined;
  readonly locale: string;
  readonly hour12?: boolean | undefined;
  readonly messages?: MessagesOverride | undefined;
}

/** Without a provider: the page's remembered choice (made on first use in a browser), the default locale. */
const PAGE: TimeZoneState = {
  subscribe: (listener) => pageZoneStore().subscribe(listener),
  get: () => pageZoneStore().get() ?? "event",
  fallback: "event",
  setChoice: (choice) => pageZoneStore().set(choice),
  locale: "en-US",
};

const TimeZoneContext = createContext<TimeZoneState>(PAGE);

/** Props of {@link TimeZoneProvider}. */
export interface TimeZoneProviderProps {
  /**
   * Controlled choice. Default: uncontrolled, starting at the remembered choice or `defaultTimeZone`.
   * @default undefined (uncontrolled)
   */
  timeZone?: TimeZoneChoice;
  /**
   * The choice on the server, during hydration, and while nothing is remembered. Default `"event"`.
   * @default "event"
   */
  defaultTimeZone?: TimeZoneChoice;
  /** Called when a control inside changes the choice. */
  onTimeZoneChange?: (choice: TimeZoneChoice) => void;
  /**
   * Remember an uncontrolled choice in this browser (`localStorage`, key `"workshop-kit:time-zone"`, shared by
   * every page and edition of the site and by the CLI's standalone script), applied right after hydration. `false`:
   * this page only (stories, previews). Default `true`.
   * @default true
   */
  remember?: boolean;
  /**
   * Pretend the reader is in this zone (stories, tests). Default: the browser's zone, after hydration.
   * @default the browser's zone, after hydration
   */
  readerTimeZone?: string;
  /**
   * BCP 47 locale for every date and time inside. Default: the locale of `messages`, else `"en-US"`.
   * @default messages?.locale ?? "en-US"
   */
  locale?: string;
  /**
   * The words of every component inside: a catalogue (`import { de } from "@workshop-kit/react/messages/de"`) or
   * some messages to replace (`{ programme: "Schedule" }`). A component's own `messages` prop wins over these.
   * Default: English.
   * @default undefined (English)
   */
  messages?: MessagesOverride;
  /**
   * Force a 12-hour (`true`) or 24-hour (`false`) clock. Default: the locale's own.
   * @default the locale's own
   */
  hour12?: boolean;
  children?: ReactNode;
}

/** Share one time-zone choice (and locale) between every component inside. */
export function TimeZoneProvider({
  timeZone,
  defaultTimeZone = "event",
  onTimeZoneChange,
  remember = true,
  readerTimeZone,
  messages,
  locale = messages?.locale ?? "en-US",
  hour12,
  children,
}: TimeZoneProviderProps) {
  // Made once: the page's store, or one in memory for this provider.
  const [own] = useState<ZoneStore | null>(() => (remember ? null : createZoneStore(null, null)));
  const controlled = timeZone;
  const value = useMemo<TimeZoneState>(() => {
    const store = () => own ?? pageZoneStore();
    if (controlled !== undefined) {
      // A controlled choice changes with the prop, and so does this value: its readers re-render.
      return {
        subscribe: () => () => {},
        get: () => controlled,
        fallback: controlled,
        setChoice: (next) => onTimeZoneChange?.(next),
        readerOverride: readerTimeZone,
        locale,
        hour12,
        messages,
      };
    }
    return {
      subscribe: (listener) => store().subscribe(listener),
      get: () => store().get() ?? defaultTimeZone,
      fallback: defaultTimeZone,
      setChoice: (next) => {
        store().set(next);
        onTimeZoneChange?.(next);
      },
      readerOverride: readerTimeZone,
      locale,
      hour12,
      messages,
    };
  }, [own, controlled, defaultTimeZone, onTimeZoneChange, readerTimeZone, locale, hour12, messages]);
  return <TimeZoneContext.Provider value={value}>{children}</TimeZoneContext.Provider>;
}

/** The provider's messages (for components that read no zone), or `undefined`. */
export function useProviderMessages(): MessagesOverride | undefined {
  return useContext(TimeZoneContext).messages;
}

const noopSubscribe = () => () => {};
let browser: [raw: string, canonical: string] = ["", ""];
let current: string | null = null;
/**
 * The browser's zone, canonical (Asia/Calcutta → Asia/Kolkata); canonicalised once per id. Every component that
 * shows a time reads it on each render and once more after hydration, and each read builds an Intl.DateTimeFormat
 * (on a phone, 0.1 ms or more): so it is read once until the current task's microtasks run (one render, one effects
 * flush), and again after (a test that changes TZ between renders still sees the change).
 */
const browserZone = () => {
  if (current !== null) return current;
  const raw = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (browser[0] !== raw) browser = [raw, canonicalZone(raw)];
  current = browser[1];
  queueMicrotask(() => {
    current = null;
  });
  return current;
};
const unknownZone = () => null;

/** The reader's (browser's) IANA zone, or the provider's `readerTimeZone`; `null` on the server and during hydration. */
export function useReaderTimeZone(): string | null {
  const ctx = useContext(TimeZoneContext);
  const detected = useSyncExternalStore(noopSubscribe, browserZone, unknownZone);
  return detected && (ctx.readerOverride ? canonicalZone(ctx.readerOverride) : detected);
}

/** The shared choice: the provider's (or the page's remembered one), its default on the server and in hydration. */
export function useTimeZoneChoice(): TimeZoneChoice {
  const ctx = useContext(TimeZoneContext);
  return useSyncExternalStore(ctx.subscribe, ctx.get, () => ctx.fallback);
}

/** Options of {@link useDisplayTimeZone}: a component's own controlled props, if the host gave them. */
export interface DisplayTimeZoneOptions {
  /** The component's `timeZone` prop (controlled). */
  readonly timeZone?: TimeZoneChoice | undefined;
  /** The component's `onTimeZoneChange` prop. */
  readonly onTimeZoneChange?: ((choice: TimeZoneChoice) => void) | undefined;
}

/** What a component needs to show times: the resolved zone and a way to change the choice. */
export interface DisplayTimeZone {
  /** The zone to format times in now. Always the event zone on the server and before hydration. */
  readonly zone: string;
  /** The current choice. */
  readonly choice: TimeZoneChoice;
  /** Change the choice (shared through the provider when there is one). */
  readonly setChoice: (choice: TimeZoneChoice) => void;
  /** The reader's zone, or `null` before hydration. */
  readonly readerZone: string | null;
  /** Whether times are shown in a zone other than the event's. */
  readonly converted: boolean;
  readonly locale: string;
  readonly hour12: boolean | undefined;
  /** The provider's messages, if it has any. */
  readonly messages: MessagesOverride | undefined;
}

/** The zone a choice resolves to for an edition in `eventZone` (the event zone while the reader's is unknown). */
export function resolveZone(choice: TimeZoneChoice, eventZone: string, readerZone: string | null): string {
  return choice === "event" ? eventZone : choice === "reader" ? (readerZone ?? eventZone) : choice;
}

/**
 * Resolve the display zone for an edition whose zone is `eventZone`. Precedence: the component's own
 * `timeZone` prop, then the nearest `TimeZoneProvider`, then the page's remembered choice.
 */
export function useDisplayTimeZone(
  eventZone: string,
  { timeZone, onTimeZoneChange }: DisplayTimeZoneOptions = {},
): DisplayTimeZone {
  const ctx = useContext(TimeZoneContext);
  const shared = useSyncExternalStore(ctx.subscribe, ctx.get, () => ctx.fallback);
  // useReaderTimeZone, inlined so that the context is read once.
  const detected = useSyncExternalStore(noopSubscribe, browserZone, unknownZone);
  const readerZone = detected && (ctx.readerOverride ? canonicalZone(ctx.readerOverride) : detected);
  const choice = timeZone ?? shared;
  const setChoice = useCallback(
    (next: TimeZoneChoice) => {
      onTimeZoneChange?.(next);
      if (timeZone === undefined) ctx.setChoice(next);
    },
    [ctx, onTimeZoneChange, timeZone],
  );
  // An explicit zone is deterministic: fine on the server too; "reader" waits for hydration.
  const zone = resolveZone(choice, eventZone, readerZone);
  return {
    zone,
    choice,
    setChoice,
    readerZone,
    converted: zone !== eventZone,
    locale: ctx.locale,
    hour12: ctx.hour12,
    messages: ctx.messages,
  };
}
