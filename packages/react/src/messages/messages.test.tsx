/**
 * Proof that every component speaks every built-in language: rendered in each catalogue (after hydration, with the
 * clock frozen where countdowns and live sessions show), no English word of the English catalogue is left, no
 * punctuation is doubled, plural forms follow each language's rules, and an Arabic page keeps its times in order.
 */
import { render } from "@testing-library/react";
import { assertEdition, type Edition } from "@workshop-kit/types";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { CallForPapers } from "../call-for-papers/call-for-papers";
import { ClockProvider } from "../clock/clock";
import { DeadlineCountdown } from "../deadline-countdown/deadline-countdown";
import { ImportantDates } from "../deadline-countdown/important-dates";
import { EventDetails } from "../event-details/event-details";
import { MyAgenda } from "../favourites/my-agenda";
import { PaperList } from "../paper-list/paper-list";
import { syntheticProgramme } from "../schedule-table/schedule-fixtures";
import { ScheduleTable } from "../schedule-table/schedule-table";
import { StaticScheduleTable } from "../schedule-table/static-schedule-table";
import { SpeakerGrid } from "../speaker-card/speaker-grid";
import { Sponsors } from "../sponsors/sponsors";
import { content } from "../test/content";
import { renderOnServerThenHydrate } from "../test/ssr";
import { LocalTime } from "../time-zone/local-time";
import { TimeZoneProvider } from "../time-zone/time-zone";
import { TimeZoneToggle } from "../time-zone/time-zone-toggle";
import { ar } from "./ar";
import { de } from "./de";
import { en, type Messages } from "./en";
import { es } from "./es";
import { plural } from "./format";
import { fr } from "./fr";
import { ja } from "./ja";
import { ko } from "./ko";
import { pt } from "./pt";
import { zhCN } from "./zh-CN";

const CATALOGUES: Record<string, Messages> = { de, fr, es, pt, "zh-CN": zhCN, ja, ko, ar };

/** Every string of a catalogue (nested objects included), placeholders removed. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(/\{\w+\}/g, " ")];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}
/** Lower-case Latin words of three letters or more. */
function words(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => t.toLowerCase().match(/[a-z]{3,}/g) ?? []));
}
const ENGLISH = words(strings(en));

/** English words of the catalogue on the page, unless the edition wrote them or the language uses them too. */
function leftovers(text: string, own: Set<string>, messages: Messages): string[] {
  const theirs = words(strings(messages));
  return [...words([text])].filter((w) => ENGLISH.has(w) && !own.has(w) && !theirs.has(w));
}

/** The page a reader sees and hears: text, accessible names, placeholders. */
function pageText(container: Element): string {
  const attributes = [...container.querySelectorAll("[aria-label], [placeholder]")].flatMap((el) => [
    el.getAttribute("aria-label") ?? "",
    el.getAttribute("placeholder") ?? "",
  ]);
  return [container.textContent ?? "", ...attributes].join(" ");
}

/** Every component of the kit, in one language, around a moment with a live session and open countdowns. */
function everything(edition: Edition, messages: Messages, now: number): ReactElement {
  const first = edition.sessions[0];
  const deadline = edition.deadlines.find((d) => d.due && d.due.epochMs > now) ?? edition.deadlines[0];
  return (
    <ClockProvider now={now}>
      <TimeZoneProvider messages={messages} readerTimeZone="Asia/Tokyo">
        <ScheduleTable edition={edition} filters={["kind", "track", "room"]} speakerHref={(id) => `#speaker-${id}`} />
        <StaticScheduleTable edition={edition} messages={messages} timeZone="Asia/Tokyo" />
        <SpeakerGrid people={edition.people} edition={edition} groupBy="role" bioCollapseAt={40} messages={messages} />
        {deadline ? <DeadlineCountdown deadline={deadline} edition={edition} showSeconds="never" /> : null}
        <ImportantDates edition={edition} />
        <CallForPapers edition={edition} messages={messages} />
        <EventDetails edition={edition} messages={messages} />
        <Sponsors sponsors={edition.sponsors} />
        <PaperList edition={edition} />
        <MyAgenda edition={edition} sessionIds={edition.sessions.slice(0, 3).map((s) => s.id)} />
        {first ? <TimeZoneToggle eventZone={edition.timeZone} referenceMs={first.start.epochMs} /> : null}
        {first ? <LocalTime instant={first.start} show="datetime" withZone timeZone="Asia/Tokyo" /> : null}
      </TimeZoneProvider>
    </ClockProvider>
  );
}

describe("given every component rendered in each built-in language", () => {
  const edition = content.edition2025;
  // The edition's own words (titles, names, notes) are content, not ours: they stay in the language they were written in.
  const own = words(strings(JSON.parse(JSON.stringify(edition))));
  // During the first invited talk, before the workshop day's end: live rows, a countdown, "next" dates.
  const duringTalk = Date.UTC(2025, 6, 18, 16, 0);
  const beforeDeadline = Date.UTC(2025, 4, 20, 12, 0);

  for (const [name, messages] of Object.entries(CATALOGUES)) {
    for (const [when, now] of [
      ["during the workshop", duringTalk],
      ["before the submission deadline", beforeDeadline],
    ] as const) {
      it(`leaves no English word in ${name} (${when})`, () => {
        const { container, unmount } = render(everything(edition, messages, now));
        // An English word is a leftover unless the edition wrote it or the language uses it too ("Workshop", "Poster").
        const left = leftovers(pageText(container), own, messages);
        expect(left, `${name}: ${left.join(", ")}`).toEqual([]);
        unmount();
      });

      it(`doubles no punctuation in ${name} (${when})`, () => {
        const { container, unmount } = render(everything(edition, messages, now));
        const text = pageText(container).replace(/\s+/g, " ");
        expect(text).not.toMatch(/[^.]\.\.(?!\.)|,,| ,|。。|：：|、、|،،/);
        unmount();
      });
    }
  }

  it("finds an English message left in a catalogue (the scan can fail)", () => {
    const { container, unmount } = render(everything(edition, { ...de, addAllDates: en.addAllDates }, duringTalk));
    expect(leftovers(pageText(container), own, de)).toEqual(expect.arrayContaining(["add", "dates"]));
    unmount();
  });

  it("leaves no doubled punctuation in English either", () => {
    const { container, unmount } = render(everything(edition, en, duringTalk));
    expect(pageText(container).replace(/\s+/g, " ")).not.toMatch(/[^.]\.\.(?!\.)|,,| ,/);
    unmount();
  });

  it("writes the German caption without a doubled full stop and without English glue", () => {
    const days = assertEdition(syntheticProgramme({ days: 2, sessions: 12 }));
    const { container, unmount } = render(
      <ClockProvider now={beforeDeadline}>
        <StaticScheduleTable edition={days} messages={de} />
        <TimeZoneProvider messages={de}>
          <DeadlineCountdown
            deadline={edition.deadlines.find((d) => d.kind === "submission") ?? edition.deadlines[0]!}
          />
        </TimeZoneProvider>
      </ClockProvider>,
    );
    const captions = [...container.querySelectorAll("caption")].map((c) => c.textContent);
    // "11. Dez." before the caption's full stop: one full stop, not "Dez..".
    expect(captions[0]).toMatch(/^Programm, \d+\. [A-ZÄÖÜ][a-zä]+\.? Alle Zeiten in /);
    expect(captions.join(" ")).not.toContain("..");
    const when = container.querySelector('[data-slot="when"]')?.textContent ?? "";
    expect(when).toMatch(/^Noch \d+ Tage, \d+ Stunden \(\d+\. Mai 2025/);
    expect(when).not.toMatch(/\bon\b|\bin\b/);
    unmount();
  });
});

describe("given counts of 1, 2, 5 and 21", () => {
  const counts = [1, 2, 5, 21];
  it("picks each language's plural form (Intl.PluralRules) for the session count", () => {
    const got = (m: Messages) => counts.map((n) => plural(m.sessions, n, m.locale));
    expect(got(en)).toEqual(["1 session", "2 sessions", "5 sessions", "21 sessions"]);
    expect(got(de)).toEqual(["1 Programmpunkt", "2 Programmpunkte", "5 Programmpunkte", "21 Programmpunkte"]);
    expect(got(fr)).toEqual(["1 séance", "2 séances", "5 séances", "21 séances"]);
    expect(got(ar)).toEqual(["جلسة واحدة", "جلستان", "5 جلسات", "21 جلسة"]);
    expect(got(ja)).toEqual(["1件のセッション", "2件のセッション", "5件のセッション", "21件のセッション"]);
  });

  it("gives every count-bearing Arabic message all six forms", () => {
    const forms = new Intl.PluralRules(ar.locale).resolvedOptions().pluralCategories;
    expect(forms).toHaveLength(6);
    for (const key of ["sessions", "papers", "pages", "dayLater", "dayEarlier", "sharedViewing"] as const) {
      expect(Object.keys(ar[key]).sort(), key).toEqual([...forms].sort());
    }
  });

  it("marks a day shift in each language: +1 Tag, +2 Tage, +5 jours, +21 يومًا", () => {
    expect(plural(de.dayLater, 1, de.locale)).toBe("+1 Tag");
    expect(plural(de.dayLater, 2, de.locale)).toBe("+2 Tage");
    expect(plural(fr.dayLater, 5, fr.locale)).toBe("+5 jours");
    expect(plural(ar.dayLater, 21, ar.locale)).toBe("+21 يومًا");
    expect(plural(ar.dayLater, 2, ar.locale)).toBe("+يومان");
  });
});

describe("given an Arabic page (dir=rtl)", () => {
  it("keeps each session's start before its end, and hydrates without errors", async () => {
    const edition = content.edition2025;
    const { container, errors, unmount } = await renderOnServerThenHydrate(
      <div dir={ar.dir} lang="ar">
        <TimeZoneProvider messages={ar}>
          <ScheduleTable edition={edition} />
        </TimeZoneProvider>
      </div>,
    );
    expect(errors).toEqual([]);
    expect(container.firstElementChild?.getAttribute("dir")).toBe("rtl");
    expect(container.querySelector("caption")?.textContent).toContain("جميع الأوقات بتوقيت");
    const cells = [...container.querySelectorAll('th[data-slot="time"]')];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      const times = [...cell.querySelectorAll("time")].map((t) => Date.parse(t.getAttribute("dateTime") ?? ""));
      if (times.length === 2) expect(times[0]).toBeLessThan(times[1] as number);
    }
    unmount();
  });

  it("renders the same server HTML for the same catalogue whatever the server's zone", async () => {
    const edition = content.edition2025;
    const page = (
      <TimeZoneProvider messages={ar}>
        <ImportantDates edition={edition} />
      </TimeZoneProvider>
    );
    const a = await renderOnServerThenHydrate(page, { serverTimeZone: "UTC" });
    const b = await renderOnServerThenHydrate(page, { serverTimeZone: "Asia/Dubai" });
    expect(a.errors).toEqual([]);
    expect(a.html).toBe(b.html);
    a.unmount();
    b.unmount();
  });
});
