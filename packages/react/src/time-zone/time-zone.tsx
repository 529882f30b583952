"use client";

/**
 * Which zone times are shown in, shared by every component on the page.
 *
 * The choice is `"event"` (the edition's zone — the default, identical on server and client), `"reader"`
 * (the browser's zone, known only after hydration) or an explicit IANA zone.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState, useSyncExternalStore } from "react";
import type { MessagesOverride } from "../messages/resolve";

/** `"event"`, `"reader"` or an IANA zone name. */
export type TimeZoneChoice = "event" | "reader" | (string & {});

/** What a provider shares. Without one, the default below: no shared choice, the default locale. */
interface TimeZoneState {
  readonly choice?: TimeZoneChoice;
  readonly setChoice?: (choice: TimeZoneChoice) => void;
  readonly readerOverride?: string | undefined;
  readonly locale: string;
  readonly hour12?: boolean | undefined;
  readonly messages?: MessagesOverride | undefined;
}

const TimeZoneContext = createContext<TimeZoneState>({ locale: "en-US" });

/** Props of {@link TimeZoneProvider}. */
export interface TimeZoneProviderProps {
  /**
   * Controlled choice. Default: uncontrolled, starting at `defaultTimeZone`.
   * @default undefined (uncontrolled)
   */
  timeZone?: TimeZoneChoice;
  /** Initial choice when uncontrolled. Default `"event"`. */
  defaultTimeZone?: TimeZoneChoice;
  /** Called when a control inside changes the choice. */
  onTimeZoneChange?: (choice: TimeZoneChoice) => void;
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
  readerTimeZone,
  messages,
  locale = messages?.locale ?? "en-US",
  hour12,
  children,
}: TimeZoneProviderProps) {
  const [own, setOwn] = useState<TimeZoneChoice>(defaultTimeZone);
  const choice = timeZone ?? own;
  const setChoice = useCallback(
    (next: TimeZoneChoice) => {
      if (timeZone === undefined) setOwn(next);
      onTimeZoneChange?.(next);
    },
    [timeZone, onTimeZoneChange],
  );
  const value = useMemo(
    () => ({ choice, setChoice, readerOverride: readerTimeZone, locale, hour12, messages }),
    [choice, setChoice, readerTimeZone, locale, hour12, messages],
  );
  return <TimeZoneContext.Provider value={value}>{children}</TimeZoneContext.Provider>;
}

/** The provider's messages (for components that read no zone), or `undefined`. */
export function useProviderMessages(): MessagesOverride | undefined {
  return useContext(TimeZoneContext).messages;
}

const noopSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const unknownZone = () => null;

/** The reader's (browser's) IANA zone, or the provider's `readerTimeZone`; `null` on the server and during hydration. */
export function useReaderTimeZone(): string | null {
  const ctx = useContext(TimeZoneContext);
  const detected = useSyncExternalStore(noopSubscribe, browserZone, unknownZone);
  return detected && (ctx.readerOverride ?? detected);
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

/**
 * Resolve the display zone for an edition whose zone is `eventZone`. Precedence: the component's own
 * `timeZone` prop, then the nearest `TimeZoneProvider`, then the component's local state.
 */
export function useDisplayTimeZone(
  eventZone: string,
  { timeZone, onTimeZoneChange }: DisplayTimeZoneOptions = {},
): DisplayTimeZone {
  const ctx = useContext(TimeZoneContext);
  const [local, setLocal] = useState<TimeZoneChoice>("event");
  // useReaderTimeZone, inlined so that the context is read once and the hook's body is not bundled twice.
  const detected = useSyncExternalStore(noopSubscribe, browserZone, unknownZone);
  const readerZone = detected && (ctx.readerOverride ?? detected);
  const choice = timeZone ?? ctx.choice ?? local;
  const setChoice = useCallback(
    (next: TimeZoneChoice) => {
      onTimeZoneChange?.(next);
      if (timeZone === undefined) (ctx.setChoice ?? setLocal)(next);
    },
    [ctx, onTimeZoneChange, timeZone],
  );
  // An explicit zone is deterministic: fine on the server too; "reader" waits for hydration.
  const zone = choice === "event" ? eventZone : choice === "reader" ? (readerZone ?? eventZone) : choice;
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
