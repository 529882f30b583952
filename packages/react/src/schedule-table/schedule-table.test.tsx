import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { assertEdition, type Edition, type EditionInput, instantFromEpoch, type Session } from "@workshop-kit/types";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ClockProvider } from "../clock/clock";
import { expectNoAxeViolations } from "../test/axe";
import { TimeZoneProvider } from "../time-zone/time-zone";
import { syntheticProgramme } from "./schedule-fixtures";
import { ScheduleTable } from "./schedule-table";

const base = {
  name: "Workshop on Efficient Systems for Foundation Models",
  shortName: "ES-FoMo III",
  year: 2025,
  timeZone: "America/Vancouver",
  dates: { start: "2025-07-18" },
  website: "https://es-fomo.com",
  venue: { room: "East Exhibition Hall A", city: "Vancouver", country: "Canada" },
} satisfies Partial<EditionInput>;

/** A small single-track day shaped like ES-FoMo 2025. */
const singleTrack = assertEdition({
  ...base,
  people: [
    { id: "hagay-lupesko", name: "Hagay Lupesko", affiliation: "Cerebras Systems", roles: ["invited-speaker"] },
    { id: "baris-kasikci", name: "Baris Kasikci", affiliation: "University of Washington", roles: ["invited-speaker"] },
  ],
  sessions: [
    { id: "opening", title: "Opening Remarks", kind: "opening", start: "08:30", end: "08:40" },
    {
      id: "it-lupesko",
      title: "Zero to 50 ExaFLOPS in under a year",
      kind: "invited-talk",
      start: "08:40",
      end: "09:10",
      speakers: ["hagay-lupesko"],
      links: { slides: "https://example.org/slides.pdf" },
    },
    { id: "coffee-1", title: "Coffee break", kind: "break", start: "09:10", end: "10:00" },
    {
      id: "it-kasikci",
      title: "The Quest For Blazingly Fast LLM Serving",
      kind: "invited-talk",
      start: "10:00",
      end: "10:30",
      speakers: ["baris-kasikci"],
    },
    {
      id: "oral-fptquant",
      title: "FPTQuant: Function-Preserving Transforms for LLM Quantization",
      kind: "oral",
      start: "10:30",
      end: "10:45",
      group: "Orals Session 1",
      paper: { title: "FPTQuant", authors: ["Boris van Breugel", "Yelysei Bondarenko"] },
    },
    {
      id: "oral-tba",
      title: "TBA",
      kind: "oral",
      start: "10:45",
      end: "11:00",
      group: "Orals Session 1",
      speakers: "TBA",
    },
    { id: "late", title: "Evening reception", kind: "social", start: "19:30", end: "21:00" },
    { id: "closing", title: "Closing Remarks", kind: "closing", start: "21:00" },
  ],
});

/** Two rooms in parallel between plenary items. */
const twoRooms = assertEdition({
  ...base,
  shortName: "Parallel",
  sessions: [
    { id: "welcome", title: "Welcome", kind: "opening", start: "09:00", end: "09:30" },
    { id: "a1", title: "Room A first", kind: "oral", start: "09:30", end: "10:30", room: "Room A" },
    { id: "b1", title: "Room B first", kind: "oral", start: "09:30", end: "10:00", room: "Room B" },
    { id: "b2", title: "Room B second", kind: "spotlight", start: "10:00", end: "10:30", room: "Room B" },
    { id: "lunch", title: "Lunch", kind: "meal", start: "10:30", end: "11:30" },
  ],
});

/** A session's start of `twoRooms`, `minutes` later. */
function shifted(id: string, minutes: number): Session["start"] {
  const start = (twoRooms.sessions.find((s) => s.id === id) as Session).start;
  return instantFromEpoch(start.epochMs + minutes * 60_000, start.zone);
}

function withSessions(edition: Edition, sessions: Session[]): Edition {
  return { ...edition, sessions };
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
  vi.restoreAllMocks();
});

describe("given a single-track day", () => {
  it("renders a table captioned with the event's zone and a full-date heading", () => {
    render(<ScheduleTable edition={singleTrack} />);
    const table = screen.getByRole("table");
    expect(table).toHaveAccessibleName("Programme. All times PT (UTC−7)");
    expect(screen.getByRole("heading", { level: 3, name: "Friday, July 18, 2025" })).toBeInTheDocument();
  });

  it("uses the heading level the host chooses and the host's caption", () => {
    render(<ScheduleTable edition={singleTrack} headingLevel={2} caption="ES-FoMo III schedule" />);
    expect(screen.getByRole("heading", { level: 2, name: "Friday, July 18, 2025" })).toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveAccessibleName("ES-FoMo III schedule. All times PT (UTC−7)");
  });

  it("puts each session's time in a row header with <time dateTime>", () => {
    render(<ScheduleTable edition={singleTrack} />);
    const headers = screen.getAllByRole("rowheader");
    expect(headers.map((h) => h.textContent)).toContain("8:30 AM – 8:40 AM");
    const opening = headers.find((h) => h.textContent === "8:30 AM – 8:40 AM") as HTMLElement;
    expect(opening.querySelector("time")).toHaveAttribute("dateTime", "2025-07-18T15:30:00.000Z");
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Time", "Session"]);
  });

  it("shows a session without an end by its start only", () => {
    render(<ScheduleTable edition={singleTrack} />);
    expect(screen.getByRole("rowheader", { name: "9:00 PM" })).toBeInTheDocument();
  });

  it("gives every session row its id and kind", () => {
    const { container } = render(<ScheduleTable edition={singleTrack} />);
    const row = container.querySelector("#oral-fptquant");
    expect(row?.tagName).toBe("TR");
    expect(row).toHaveAttribute("data-kind", "oral");
  });

  it("shows the kind of talks and speakers with their affiliation", () => {
    render(<ScheduleTable edition={singleTrack} />);
    const row = screen.getByRole("row", { name: /Zero to 50 ExaFLOPS/ });
    expect(row).toHaveTextContent("Invited talk: Zero to 50 ExaFLOPS in under a year");
    expect(row).toHaveTextContent("Hagay Lupesko (Cerebras Systems)");
    expect(within(row).getByRole("link", { name: "Slides: Zero to 50 ExaFLOPS in under a year" })).toHaveAttribute(
      "href",
      "https://example.org/slides.pdf",
    );
  });

  it("links speakers to their cards when the host gives an anchor scheme", () => {
    render(<ScheduleTable edition={singleTrack} speakerHref={(id) => `#speaker-${id}`} />);
    expect(screen.getByRole("link", { name: "Hagay Lupesko" })).toHaveAttribute("href", "#speaker-hagay-lupesko");
  });

  it("refuses a speaker href that is not a fragment, a path or an http(s) URL", () => {
    render(<ScheduleTable edition={singleTrack} speakerHref={() => "javascript:alert(1)"} />);
    expect(screen.queryByRole("link", { name: "Hagay Lupesko" })).not.toBeInTheDocument();
    expect(screen.getByText("Hagay Lupesko")).toBeInTheDocument();
  });

  it("refuses a speaker href that a browser would resolve to another site", () => {
    for (const href of ["//evil.example/a", "/\\evil.example/a", "/\t/evil.example/a"]) {
      const { unmount } = render(<ScheduleTable edition={singleTrack} speakerHref={() => href} />);
      expect(screen.queryByRole("link", { name: "Hagay Lupesko" })).not.toBeInTheDocument();
      unmount();
    }
  });

  it("does not link speakers without an anchor scheme", () => {
    render(<ScheduleTable edition={singleTrack} />);
    expect(screen.queryByRole("link", { name: "Hagay Lupesko" })).not.toBeInTheDocument();
  });

  it("shows a group as a row header spanning the table before its sessions", () => {
    render(<ScheduleTable edition={singleTrack} />);
    const group = screen.getByRole("rowheader", { name: "Orals Session 1" });
    expect(group).toHaveAttribute("scope", "rowgroup");
    expect(group).toHaveAttribute("colSpan", "2");
    const body = group.closest("tbody") as HTMLElement;
    expect(within(body).getAllByRole("row")).toHaveLength(3);
  });

  it("shows TBA titles and speakers as TBA, announced as 'to be announced'", () => {
    render(<ScheduleTable edition={singleTrack} />);
    const row = screen.getByRole("row", { name: /^10:45 AM/ });
    expect(row).toHaveTextContent("Oral: TBA (to be announced)");
    expect(within(row).getAllByText("TBA")).toHaveLength(2);
    expect(within(row).getAllByText("(to be announced)")).toHaveLength(2);
  });

  it("does not repeat the kind when the title already starts with it", () => {
    const [opening, talk] = singleTrack.sessions as Session[];
    const sessions: Session[] = [
      { ...(opening as Session), id: "panel", kind: "panel", title: "Panel: Data and Architecture Trends" },
      { ...(talk as Session), id: "posters", kind: "poster-session", title: "Poster Session" },
      { ...(talk as Session), id: "awards", kind: "awards", title: "Awards" },
      { ...(talk as Session), id: "best", kind: "awards", title: "Best Paper and Best Poster Awards" },
      { ...(talk as Session), id: "panelists", kind: "panel", title: "Panelists meet the audience" },
    ];
    const { container } = render(<ScheduleTable edition={withSessions(singleTrack, sessions)} />);
    const cell = (id: string) => container.querySelector(`#${id} td`);
    expect(cell("panel")).toHaveTextContent(/^Panel: Data and Architecture Trends/);
    expect(cell("posters")).toHaveTextContent(/^Poster Session/);
    expect(cell("awards")).toHaveTextContent(/^Awards(?!: Awards)/);
    // A title that merely mentions the kind, or starts with a longer word, keeps the label.
    expect(cell("best")).toHaveTextContent(/^Awards: Best Paper/);
    expect(cell("panelists")).toHaveTextContent(/^Panel: Panelists meet/);
    // The kind stays on the row for styling.
    expect(container.querySelector("#panel")).toHaveAttribute("data-kind", "panel");
  });

  it("shows paper authors when a session has no listed speakers", () => {
    render(<ScheduleTable edition={singleTrack} />);
    expect(screen.getByRole("row", { name: /FPTQuant: Function-Preserving/ })).toHaveTextContent(
      "Boris van Breugel, Yelysei Bondarenko",
    );
  });

  it("has no axe violations", async () => {
    const { container } = render(<ScheduleTable edition={singleTrack} speakerHref={(id) => `#speaker-${id}`} />);
    await expectNoAxeViolations(container);
  });
});

describe("given a frozen clock", () => {
  it("marks the session in progress as live with a 'Now' label and dims past ones", () => {
    const { container } = render(
      <ClockProvider now="2025-07-18T17:35:00Z">
        <ScheduleTable edition={singleTrack} />
      </ClockProvider>,
    );
    const live = container.querySelector("#oral-fptquant");
    expect(live).toHaveAttribute("data-state", "live");
    expect(live).toHaveTextContent("Now: Oral: FPTQuant");
    expect(container.querySelector("#opening")).toHaveAttribute("data-state", "past");
    expect(container.querySelector("#it-kasikci")).toHaveAttribute("data-state", "past");
    expect(container.querySelector("#oral-tba")).toHaveAttribute("data-state", "next");
    expect(container.querySelector("#oral-tba")).toHaveTextContent("Next:");
    expect(container.querySelector("#late")).toHaveAttribute("data-state", "upcoming");
    expect(container.querySelectorAll('[data-state="live"]')).toHaveLength(1);
  });

  it("marks nothing as next before the day has begun", () => {
    const { container } = render(
      <ClockProvider now="2025-07-01T12:00:00Z">
        <ScheduleTable edition={singleTrack} />
      </ClockProvider>,
    );
    expect(container.querySelector("#opening")).toHaveAttribute("data-state", "upcoming");
    expect(screen.queryByText(/^(Now|Next):/)).not.toBeInTheDocument();
  });

  it("counts a session without an end as live for 30 minutes", () => {
    const { container } = render(
      <ClockProvider now="2025-07-19T04:20:00Z">
        <ScheduleTable edition={singleTrack} />
      </ClockProvider>,
    );
    expect(container.querySelector("#closing")).toHaveAttribute("data-state", "live");
  });
});

describe("given a reader in another zone", () => {
  it("switches every time to the reader's zone and labels the caption with it", async () => {
    const user = userEvent.setup();
    const onTimeZoneChange = vi.fn();
    render(
      <TimeZoneProvider readerTimeZone="Pacific/Auckland">
        <ScheduleTable edition={singleTrack} onTimeZoneChange={onTimeZoneChange} />
      </TimeZoneProvider>,
    );
    const toggle = screen.getByRole("button", { name: /show times in my time zone/i });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(onTimeZoneChange).toHaveBeenCalledWith("reader");
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("table")).toHaveAccessibleName("Programme. All times UTC+12");
    // 8:30 AM PT is 3:30 AM the next day in Auckland: the day is re-headed by the reader's date, and the times
    // under it carry no "+1 day" (the issue: every row read "3:30 AM +1 day – 3:40 AM +1 day" under "Friday").
    expect(screen.getAllByRole("rowheader")[0]).toHaveTextContent(/^3:30\sAM – 3:40\sAM$/);
    expect(screen.getByRole("heading", { name: "Saturday, July 19, 2025 — your time, UTC+12" })).toBeInTheDocument();
    expect(screen.queryByText(/\+1 day/)).not.toBeInTheDocument();
    // The event's own day and times stay on a quiet line.
    expect(screen.getByText(/^Event's time: Fri, Jul 18, 8:30\sAM – /)).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByRole("table")).toHaveAccessibleName(/All times PT \(UTC−7\)$/);
  });

  it("follows a controlled timeZone prop", () => {
    render(<ScheduleTable edition={singleTrack} timeZone="Europe/Berlin" />);
    expect(screen.getAllByRole("table")[0]).toHaveAccessibleName(/All times CEST \(UTC\+2\)$/);
    expect(screen.getAllByRole("rowheader")[0]).toHaveTextContent("5:30 PM – 5:40 PM");
  });

  it("can hide the zone switch", () => {
    render(
      <TimeZoneProvider readerTimeZone="Pacific/Auckland">
        <ScheduleTable edition={singleTrack} showTimeZoneToggle={false} />
      </TimeZoneProvider>,
    );
    expect(screen.queryByRole("button", { name: /show times in my time zone/i })).not.toBeInTheDocument();
  });
});

describe("given calendar downloads", () => {
  function captureBlobs(): Blob[] {
    const blobs: Blob[] = [];
    Object.defineProperty(URL, "createObjectURL", {
      configurable: true,
      value: (blob: Blob) => {
        blobs.push(blob);
        return "blob:mock";
      },
    });
    Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    return blobs;
  }
  /** Every session with a description: a session's own calendar button sits inside it. */
  const described: Edition = {
    ...singleTrack,
    sessions: singleTrack.sessions.map((s) => ({ ...s, description: [`About ${s.title}.`] })),
  };
  /** The week before the workshop: calendars are offered. */
  const BEFORE = "2025-07-10T12:00:00Z";
  function renderAt(now: string | number, ui: React.ReactElement) {
    return render(<ClockProvider now={now}>{ui}</ClockProvider>);
  }

  it("downloads one session, from inside its description, and says so in words", async () => {
    const user = userEvent.setup();
    const blobs = captureBlobs();
    renderAt(BEFORE, <ScheduleTable edition={described} />);
    const row = screen.getByRole("row", { name: /The Quest For Blazingly Fast LLM Serving/ });
    await user.click(within(row).getByText("Description"));
    await user.click(
      within(row).getByRole("button", { name: "Add to calendar: The Quest For Blazingly Fast LLM Serving" }),
    );
    // The .ics writer loads on click (dynamic import).
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain("BEGIN:VEVENT\r\nUID:session-it-kasikci.2025@es-fomo.com\r\n");
    expect(text).toContain("DTSTART:20250718T170000Z\r\nDTEND:20250718T173000Z\r\n");
    expect(text).toContain("SUMMARY:The Quest For Blazingly Fast LLM Serving — ES-FoMo III");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(await within(row).findByText(/^Calendar file downloaded: .*it-kasikci\.ics$/)).toBeVisible();
  });

  it("puts no calendar button on rows, nor on breaks and meals", () => {
    renderAt(BEFORE, <ScheduleTable edition={described} />);
    // Sessions' buttons are inside their (closed) descriptions; breaks have none at all.
    for (const row of screen.getAllByRole("row").slice(1)) {
      const button = row.querySelector('button[data-slot="calendar"]');
      if (button) expect(button.closest("details")).not.toBeNull();
    }
    expect(screen.queryByRole("button", { name: "Add to calendar: Coffee break" })).toBeNull();
    // Open descriptions: every session but the break has one.
    const all = document.querySelectorAll('button[data-slot="calendar"]');
    expect(all).toHaveLength(singleTrack.sessions.length - 1);
  });

  it("keeps the programme's calendar in one menu: the whole programme, and the published file", async () => {
    const user = userEvent.setup();
    const blobs = captureBlobs();
    renderAt(BEFORE, <ScheduleTable edition={singleTrack} calendarUrl="https://es-fomo.com/programme.ics" />);
    await user.click(screen.getByText("Add to calendar", { selector: "summary" }));
    expect(screen.getByRole("link", { name: "Download the programme (.ics)" })).toHaveAttribute(
      "href",
      "https://es-fomo.com/programme.ics",
    );
    expect(screen.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
      "href",
      "webcal://es-fomo.com/programme.ics",
    );
    await user.click(screen.getByRole("button", { name: "Add the whole programme to your calendar" }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const text = await (blobs[0] as Blob).text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(singleTrack.sessions.length);
    expect(text).toContain("SUMMARY:To be announced — ES-FoMo III");
    expect(await screen.findByText(/^Calendar file downloaded: /)).toBeVisible();
  });

  it("offers one file per day of a multi-day workshop", () => {
    const days = assertEdition(syntheticProgramme());
    renderAt(days.sessions[0]?.start.epochMs ?? 0, <ScheduleTable edition={days} />);
    expect(screen.getAllByRole("button", { name: /^Add .* to your calendar$/ })).toHaveLength(1 + 3);
  });

  it("stamps the file with the clock's reading at the click", async () => {
    const blobs = captureBlobs();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2025, 6, 18, 15, 35));
    render(<ScheduleTable edition={described} />);
    await userEvent.click(screen.getByRole("button", { name: "Add to calendar: Opening Remarks" }));
    vi.useRealTimers();
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(await (blobs[0] as Blob).text()).toContain("DTSTAMP:20250718T153500Z\r\n");
  });

  it("offers no calendar once the workshop is over", () => {
    renderAt("2026-07-18T00:00:00Z", <ScheduleTable edition={described} calendarUrl="/programme.ics" />);
    expect(screen.queryByText("Add to calendar")).toBeNull();
    expect(screen.queryByRole("link", { name: /programme/ })).toBeNull();
  });

  it("offers no calendar buttons when turned off", () => {
    renderAt(BEFORE, <ScheduleTable edition={described} showCalendarLinks={false} />);
    expect(screen.queryByRole("button", { name: /calendar/i })).not.toBeInTheDocument();
  });
});

describe("given filters", () => {
  it("filters by kind and says how many sessions are shown", async () => {
    const user = userEvent.setup();
    render(<ScheduleTable edition={singleTrack} filters={["kind"]} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "Oral");
    expect(screen.getByText("Showing 2 of 8 sessions")).toBeInTheDocument();
    expect(screen.queryByRole("row", { name: /Coffee break/ })).not.toBeInTheDocument();
    expect(screen.getByRole("row", { name: /FPTQuant/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "All");
    expect(screen.getByRole("row", { name: /Coffee break/ })).toBeInTheDocument();
  });

  it("hides the rows a filter leaves out and shows the same rows again (none is created anew)", async () => {
    const user = userEvent.setup();
    render(<ScheduleTable edition={singleTrack} filters={["kind"]} />);
    const coffee = screen.getByRole("row", { name: /Coffee break/ });
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "Oral");
    expect(coffee).toBeInTheDocument();
    expect(coffee).not.toBeVisible();
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "All");
    expect(screen.getByRole("row", { name: /Coffee break/ })).toBe(coffee);
    expect(coffee).toBeVisible();
  });

  it("filters by room", async () => {
    const user = userEvent.setup();
    render(<ScheduleTable edition={twoRooms} filters={["room", "track"]} />);
    // No session has a track: no track control.
    expect(screen.queryByRole("combobox", { name: "Track" })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Room" }), "Room B");
    // Plenary items (no room: the grid spans them over every room) are in Room B too.
    expect(screen.getByText("Showing 4 of 5 sessions")).toBeInTheDocument();
    expect(screen.queryByText("Room A first")).not.toBeInTheDocument();
    expect(screen.getByText("Room B first")).toBeInTheDocument();
    expect(screen.getByText("Welcome")).toBeInTheDocument();
    expect(screen.getByText("Lunch")).toBeInTheDocument();
  });

  it("filters by track, keeping the items of no track that every track attends", async () => {
    const user = userEvent.setup();
    const tracks = assertEdition({
      ...base,
      shortName: "Tracks",
      sessions: [
        { id: "keynote", title: "Opening keynote", kind: "keynote", start: "09:00", end: "10:00" },
        { id: "sys", title: "Systems talk", kind: "oral", start: "10:00", end: "10:30", track: "Systems" },
        { id: "thy", title: "Theory talk", kind: "oral", start: "10:30", end: "11:00", track: "Theory" },
        { id: "sys2", title: "Second systems talk", kind: "oral", start: "11:00", end: "11:30", track: "Systems" },
        { id: "lunch", title: "Lunch", kind: "meal", start: "11:30", end: "12:30" },
      ],
    });
    const { container } = render(<ScheduleTable edition={tracks} filters={["track"]} />);
    expect(container.querySelector("#sys")).toHaveAttribute("data-track", "Systems");
    const track = screen.getByRole("combobox", { name: "Track" });
    expect(
      within(track)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["All", "Systems", "Theory"]);
    await user.selectOptions(track, "Systems");
    expect(screen.getByText("Showing 4 of 5 sessions")).toBeInTheDocument();
    expect(screen.queryByRole("row", { name: /Theory talk/ })).not.toBeInTheDocument();
    expect(
      screen
        .getAllByRole("row")
        .map((r) => r.id)
        .filter(Boolean),
    ).toEqual(["keynote", "sys", "sys2", "lunch"]);
  });
});

describe("when the page is printed", () => {
  it("prints the whole programme while a filter narrows the screen, and narrows it again afterwards", async () => {
    const user = userEvent.setup();
    render(<ScheduleTable edition={singleTrack} filters={["kind"]} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "Oral");
    expect(screen.queryByRole("row", { name: /Coffee break/ })).not.toBeInTheDocument();
    // The browser fires beforeprint and lays out the printout straight after: the rows must be there synchronously.
    window.dispatchEvent(new Event("beforeprint"));
    expect(screen.getByRole("row", { name: /Coffee break/ })).toBeInTheDocument();
    expect(screen.getByText("8 sessions")).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(screen.queryByRole("row", { name: /Coffee break/ })).not.toBeInTheDocument();
    expect(screen.getByText("Showing 2 of 8 sessions")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Kind" })).toHaveValue("oral");
  });
});

describe("given a deep link", () => {
  it("highlights the session the hash targets on mount", () => {
    window.history.replaceState(null, "", "/#it-kasikci");
    const { container } = render(<ScheduleTable edition={singleTrack} />);
    expect(container.querySelector("#it-kasikci")).toHaveAttribute("data-highlighted", "");
    expect(container.querySelectorAll("[data-highlighted]")).toHaveLength(1);
  });

  it("follows hash changes and ignores hashes that are not sessions", () => {
    const { container } = render(<ScheduleTable edition={singleTrack} />);
    expect(container.querySelectorAll("[data-highlighted]")).toHaveLength(0);
    act(() => {
      window.history.replaceState(null, "", "/#opening");
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(container.querySelector("#opening")).toHaveAttribute("data-highlighted", "");
    act(() => {
      window.history.replaceState(null, "", "/#speakers");
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(container.querySelectorAll("[data-highlighted]")).toHaveLength(0);
  });
});

/** A day with the issue #13 facts: kinds, labels, a block of talks, hosts, per-talk affiliations, descriptions. */
const programme = assertEdition({
  ...base,
  shortName: "Facts",
  people: [
    { id: "ada", name: "Ada Lovelace", affiliation: "Analytical Engines", roles: ["oral-presenter"] },
    { id: "grace", name: "Grace Hopper", affiliation: "US Navy", roles: ["moderator"] },
    { id: "alan", name: "Alan Turing", affiliation: "Cambridge", roles: ["panelist"] },
  ],
  revisions: [
    { date: "2025-07-14", note: "The panel moved to 14:00." },
    { date: "2025-07-01", note: "First programme." },
  ],
  sessions: [
    {
      id: "orals-1",
      title: "Oral session 1",
      kind: "contributed-talk",
      start: "10:30",
      end: "11:30",
      hosts: [{ id: "grace", role: "chair" }],
      description: "Four contributed talks, 15 minutes each.",
      items: [
        {
          id: "talk-a",
          title: "Faster attention",
          kind: "contributed-talk",
          start: "10:30",
          end: "10:45",
          speakers: ["ada"],
          affiliations: { ada: "Ada Labs" },
          description: "We make attention faster.",
        },
        { id: "talk-b", title: "Smaller models", kind: "contributed-talk", start: "10:45", end: "11:00" },
      ],
    },
    {
      id: "panel",
      title: "The future of systems",
      kind: "panel",
      start: "14:00",
      end: "15:00",
      speakers: ["alan"],
      hosts: [{ id: "grace", role: "moderator" }],
    },
    { id: "lightning", title: "Ten short talks", kind: "lightning-talks", start: "15:00", end: "15:30" },
    { id: "awards", title: "Best paper", kind: "awards", label: "Winners announcement", start: "17:00" },
    { id: "closing", title: "Closing remarks", kind: "closing", start: "17:00" },
  ],
});

describe("given the programme facts of issue #13", () => {
  it("shows a block as one group with its time span, its items with their own times", () => {
    const { container } = render(<ScheduleTable edition={programme} />);
    const block = container.querySelector("#orals-1")?.closest("tbody") as HTMLElement;
    expect(block).toHaveAttribute("data-slot", "block");
    const rows = within(block).getAllByRole("row");
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "10:30 AM – 11:30 AM",
      "10:30 AM – 10:45 AM",
      "10:45 AM – 11:00 AM",
    ]);
    expect(rows[1]).toHaveAttribute("data-block", "item");
    expect(rows[1]).toHaveTextContent("Faster attention");
  });

  it("prints no kind prefix on a contributed talk, and a kind's label on the others", () => {
    const { container } = render(<ScheduleTable edition={programme} />);
    expect(container.querySelector("#talk-a")).not.toHaveTextContent(/oral|contributed/i);
    expect(container.querySelector("#talk-a")).toHaveAttribute("data-kind", "contributed-talk");
    expect(container.querySelector("#lightning [data-slot='kind']")).toHaveTextContent("Lightning talks:");
  });

  it("shows a session's own label instead of its kind's, keeping the kind for styling", () => {
    const { container } = render(<ScheduleTable edition={programme} />);
    const awards = container.querySelector("#awards") as HTMLElement;
    expect(awards).toHaveAttribute("data-kind", "awards");
    expect(awards).toHaveTextContent("Winners announcement: Best paper");
    expect(awards).not.toHaveTextContent("Awards:");
  });

  it("shows two items starting together, one of them without an end", () => {
    const { container } = render(<ScheduleTable edition={programme} />);
    expect(container.querySelector("#awards")).toHaveTextContent("5:00 PM");
    expect(container.querySelector("#closing")).toHaveTextContent("5:00 PM");
  });

  it("names moderators and chairs as such, not as speakers", () => {
    const { container } = render(<ScheduleTable edition={programme} />);
    const panel = container.querySelector("#panel") as HTMLElement;
    expect(within(panel).getByText(/^Moderator:/)).toHaveTextContent("Moderator: Grace Hopper (US Navy)");
    expect(panel.querySelector("[data-slot='speakers']")).toHaveTextContent("Alan Turing (Cambridge)");
    expect(panel.querySelector("[data-slot='speakers']")).not.toHaveTextContent("Grace");
    expect(container.querySelector("#orals-1")).toHaveTextContent("Chair: Grace Hopper");
  });

  it("prints a talk's own affiliation where it differs from the person's", () => {
    const { container } = render(<ScheduleTable edition={programme} />);
    expect(container.querySelector("#talk-a [data-slot='speakers']")).toHaveTextContent("Ada Lovelace (Ada Labs)");
  });

  it("puts descriptions in a disclosure named after the session, closed by default", async () => {
    const { container } = render(<ScheduleTable edition={programme} />);
    const summary = container.querySelector("#talk-a summary") as HTMLElement;
    expect(summary).toHaveTextContent("Description: Faster attention");
    const details = summary.closest("details") as HTMLElement;
    expect(details).not.toHaveAttribute("open");
    await userEvent.click(summary);
    expect(details).toHaveAttribute("open");
    expect(within(details).getByText("We make attention faster.")).toBeInTheDocument();
    // The block's own description, under the block's name.
    expect(container.querySelector("#orals-1 summary")).toHaveTextContent("Description: Oral session 1");
  });

  it("shows the schedule's revisions, newest first, with <time>", () => {
    const { container } = render(<ScheduleTable edition={programme} />);
    const items = Array.from(container.querySelectorAll("[data-slot='revision']"));
    expect(items.map((li) => li.textContent)).toEqual([
      "Schedule updated on July 14, 2025: The panel moved to 14:00.",
      "Schedule updated on July 1, 2025: First programme.",
    ]);
    expect(items[0]?.querySelector("time")).toHaveAttribute("dateTime", "2025-07-14");
  });

  it("shows a block in the room grid as one cell holding its items", () => {
    const grid = assertEdition({
      ...base,
      sessions: [
        {
          id: "orals",
          title: "Oral session 1",
          kind: "contributed-talk",
          start: "10:30",
          end: "11:30",
          room: "Room A",
          items: [
            { id: "i1", title: "First talk", kind: "contributed-talk", start: "10:30", end: "11:00", room: "Room A" },
            { id: "i2", title: "Second talk", kind: "contributed-talk", start: "11:00", end: "11:30", room: "Room A" },
          ],
        },
        { id: "tut", title: "Tutorial", kind: "tutorial", start: "10:30", end: "11:30", room: "Room B" },
      ],
    });
    const { container } = render(<ScheduleTable edition={grid} />);
    expect(container.querySelector("table")).toHaveAttribute("data-layout", "grid");
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Time", "Room A", "Room B"]);
    const cell = container.querySelector("#orals") as HTMLElement;
    expect(cell).toHaveTextContent("10:30 AM – 11:30 AM");
    const items = within(cell).getAllByRole("listitem");
    expect(items.map((li) => li.id)).toEqual(["i1", "i2"]);
    expect(items[1]).toHaveTextContent("11:00 AM – 11:30 AM");
  });

  it("links a session to its paper in a PaperList when given paperHref", () => {
    const withPapers = assertEdition({
      ...base,
      sessions: [{ id: "talk", title: "Faster attention", kind: "contributed-talk", start: "10:30", end: "10:45" }],
      papers: [{ id: "p1", title: "Faster attention", session: "talk" }],
    });
    const { rerender } = render(<ScheduleTable edition={withPapers} paperHref="#paper-{id}" />);
    expect(screen.getByRole("link", { name: "Paper: Faster attention" })).toHaveAttribute("href", "#paper-p1");
    rerender(<ScheduleTable edition={withPapers} paperHref={(paper) => `/papers#${paper.id}`} />);
    expect(screen.getByRole("link", { name: "Paper: Faster attention" })).toHaveAttribute("href", "/papers#p1");
    rerender(<ScheduleTable edition={withPapers} paperHref="javascript:alert(1)" />);
    expect(screen.queryByRole("link", { name: /Paper/ })).toBeNull();
    rerender(<ScheduleTable edition={withPapers} />);
    expect(screen.queryByRole("link", { name: /Paper/ })).toBeNull();
  });

  it("has no axe violations", async () => {
    const { container } = render(<ScheduleTable edition={programme} />);
    await expectNoAxeViolations(container);
  });
});

describe("given parallel rooms", () => {
  it("gives each room a column and spans sessions over the slots and rooms they cover", () => {
    const { container } = render(<ScheduleTable edition={twoRooms} />);
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Time", "Room A", "Room B"]);
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toEqual([
      "9:00 AM",
      "9:30 AM",
      "10:00 AM",
      "10:30 AM",
    ]);
    expect(container.querySelector("#welcome")).toHaveAttribute("colSpan", "2");
    expect(container.querySelector("#lunch")).toHaveAttribute("colSpan", "2");
    expect(container.querySelector("#a1")).toHaveAttribute("rowSpan", "2");
    expect(container.querySelector("#b1")).not.toHaveAttribute("rowSpan");
    // b2 starts in the 10:00 row, which Room A's session continues through.
    const row = container.querySelector("#b2")?.closest("tr") as HTMLElement;
    expect(within(row).getAllByRole("cell")).toHaveLength(1);
    expect(container.querySelector("#a1")).toHaveTextContent("9:30 AM – 10:30 AM");
  });

  it("gives a gap between sessions no empty time row of its own", () => {
    const gap = withSessions(twoRooms, [
      ...twoRooms.sessions.filter((s) => s.id !== "lunch"),
      // Lunch starts 15 minutes after both rooms end: nothing happens from 10:30 to 10:45.
      { ...(twoRooms.sessions.find((s) => s.id === "lunch") as Session), start: shifted("lunch", 15) },
    ]);
    render(<ScheduleTable edition={gap} />);
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toEqual([
      "9:00 AM",
      "9:30 AM",
      "10:00 AM",
      "10:45 AM",
    ]);
  });

  it("heads a day ahead by the reader's date, with no '+1 day' on its slots or cells", () => {
    // Chatham is UTC+12:45 (an odd offset): 9:00 AM PT is 4:45 AM the next day there.
    const { container } = render(<ScheduleTable edition={twoRooms} timeZone="Pacific/Chatham" />);
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent?.replace(/\s/g, " "))).toEqual([
      "4:45 AM",
      "5:15 AM",
      "5:45 AM",
      "6:15 AM",
    ]);
    expect(container.querySelector("#a1")).toHaveTextContent(/^5:15\sAM – 6:15\sAM/);
    expect(screen.getAllByRole("heading")[0]).toHaveTextContent(/^Saturday, /);
  });

  it("marks '+1 day' only on a time past the midnight that ends its day", () => {
    // 9:00 AM – 10:45 AM PT in Tokyo: the day starts at 1:00 AM and nothing crosses midnight; in Kolkata 9:30 PM
    // to 11:15 PM the same day; a session running past the reader's midnight shows "+1 day" at its end only.
    const late = withSessions(twoRooms, [
      ...twoRooms.sessions.filter((s) => s.id !== "lunch"),
      {
        ...(twoRooms.sessions.find((s) => s.id === "lunch") as Session),
        end: instantFromEpoch(Date.UTC(2025, 6, 18, 19, 0), "America/Vancouver"),
      },
    ]);
    const { container } = render(<ScheduleTable edition={late} timeZone="Asia/Kolkata" />);
    expect(container.querySelectorAll('[data-slot="day-shift"]')).toHaveLength(1);
    expect(container.querySelector("#lunch")).toHaveTextContent(/ – 12:30\sAM \+1 day/);
  });

  it("keeps right-to-left room names and group labels in their own direction", () => {
    const rtlRoom = "القاعة الكبرى";
    const rtlGroup = "الجلسة الأولى";
    const sessions = twoRooms.sessions.map((s) => (s.room === "Room A" ? { ...s, room: rtlRoom, group: rtlGroup } : s));
    const { container, unmount } = render(<ScheduleTable edition={withSessions(twoRooms, sessions)} />);
    expect(screen.getByRole("columnheader", { name: rtlRoom })).toHaveAttribute("dir", "auto");
    expect(within(container.querySelector("#a1") as HTMLElement).getByText(rtlGroup)).toHaveAttribute("dir", "auto");
    unmount();
    // The list layout (nothing overlaps) names the room in a Room column.
    const [welcome, a1, , , lunch] = sessions as Session[];
    const later = { ...(lunch as Session), room: "Room B" };
    render(<ScheduleTable edition={withSessions(twoRooms, [welcome, a1, later] as Session[])} />);
    expect(screen.getByRole("table")).toHaveAttribute("data-layout", "list");
    expect(screen.getByRole("cell", { name: rtlRoom })).toHaveAttribute("dir", "auto");
  });

  it("has no axe violations", async () => {
    const { container } = render(<ScheduleTable edition={twoRooms} />);
    await expectNoAxeViolations(container);
  });

  it("renders 300 sessions over 3 days and 8 rooms as three grid tables", () => {
    const edition = assertEdition(syntheticProgramme({ sessions: 300, days: 3, rooms: 8 }));
    const { container } = render(<ScheduleTable edition={edition} />);
    const tables = container.querySelectorAll("table");
    expect(tables).toHaveLength(3);
    expect([...container.querySelectorAll("h3")].map((h) => h.textContent)).toEqual([
      "Friday, July 18, 2025",
      "Saturday, July 19, 2025",
      "Sunday, July 20, 2025",
    ]);
    expect(tables[0]?.querySelector("caption")).toHaveTextContent("Programme, Jul 18. All times PT (UTC−7)");
    expect(container.querySelectorAll('[data-slot="session"]')).toHaveLength(300);
    expect(tables[0]?.querySelectorAll("thead th")).toHaveLength(9);
    expect(tables[0]?.getAttribute("data-layout")).toBe("grid");
  }, 20_000);
});

describe("given bad input", () => {
  it("says the programme is to be announced when there are no sessions", () => {
    render(<ScheduleTable edition={withSessions(singleTrack, [])} />);
    expect(screen.getByText("Programme to be announced")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("renders sessions overlapping in one room side by side", () => {
    const a1 = twoRooms.sessions[1] as Session;
    const b1 = twoRooms.sessions[2] as Session;
    const clash: Session = { ...b1, id: "clash", title: "Clash in Room A", room: "Room A" };
    const { container } = render(<ScheduleTable edition={withSessions(twoRooms, [a1, b1, clash])} />);
    expect(screen.getByRole("columnheader", { name: "Room A" })).toHaveAttribute("colSpan", "2");
    expect(container.querySelector("#clash")).toHaveTextContent("Clash in Room A");
    expect(container.querySelector("#a1")).toHaveTextContent("Room A first");
  });

  it("falls back to a list when a plenary item overlaps a room's session", () => {
    const [welcome, a1, b1] = twoRooms.sessions as Session[];
    const long = { ...(welcome as Session), end: a1?.end ?? null };
    render(<ScheduleTable edition={withSessions(twoRooms, [long, a1 as Session, b1 as Session])} />);
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Time", "Room", "Session"]);
    expect(screen.getByRole("row", { name: /Welcome/ })).toHaveTextContent("All rooms");
  });

  it("skips unknown speaker ids without crashing", () => {
    const talk = { ...(singleTrack.sessions[1] as Session), speakerIds: ["nobody", "hagay-lupesko"] };
    render(<ScheduleTable edition={withSessions(singleTrack, [talk])} />);
    expect(screen.getByRole("row", { name: /Zero to 50/ })).toHaveTextContent("Hagay Lupesko (Cerebras Systems)");
    expect(screen.queryByText(/nobody/)).not.toBeInTheDocument();
  });

  it("renders sessions without an end anywhere in a day", () => {
    const open = singleTrack.sessions.map((s) => ({ ...s, end: null }));
    render(<ScheduleTable edition={withSessions(singleTrack, open)} />);
    expect(screen.getAllByRole("row", { name: /AM/ }).length).toBeGreaterThan(3);
  });

  it("never renders an unsafe session or paper link from a hand-made edition", () => {
    const talk = singleTrack.sessions[1] as Session;
    const oral = singleTrack.sessions[4] as Session;
    const sessions: Session[] = [
      { ...talk, links: [{ kind: "slides", href: "data:text/html,<script>alert(1)</script>", label: "Slides" }] },
      {
        ...oral,
        paper: {
          ...(oral.paper as NonNullable<Session["paper"]>),
          links: [{ kind: "pdf", href: "javascript:alert(1)", label: "PDF" }],
        },
      },
    ];
    const { container } = render(<ScheduleTable edition={withSessions(singleTrack, sessions)} />);
    expect(screen.queryByRole("link", { name: /Slides/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /PDF/ })).not.toBeInTheDocument();
    expect(container.innerHTML).not.toMatch(/data:|javascript:/);
  });

  it("shows a link once when the session and its paper both list it", () => {
    const oral = singleTrack.sessions[4] as Session;
    const arxiv = { kind: "arxiv" as const, href: "https://arxiv.org/abs/2505.00001", label: "arXiv" };
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ScheduleTable
        edition={withSessions(singleTrack, [
          { ...oral, links: [arxiv], paper: { ...(oral.paper as NonNullable<Session["paper"]>), links: [arxiv] } },
        ])}
      />,
    );
    expect(screen.getAllByRole("link", { name: /arXiv/ })).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
  });

  it("renders a zero-length session in a day of parallel rooms", () => {
    const [, a1, b1, b2, lunch] = twoRooms.sessions as Session[];
    const end = (a1 as Session).end as Session["start"];
    const instant: Session = { ...(lunch as Session), id: "photo", title: "Group photo", start: end, end };
    render(<ScheduleTable edition={withSessions(twoRooms, [a1, b1, b2, instant] as Session[])} />);
    expect(screen.getByText("Group photo")).toBeInTheDocument();
    expect(screen.getByText("Room A first")).toBeInTheDocument();
  });

  it("keeps very long titles and right-to-left text intact", () => {
    const long = "Efficient ".repeat(60).trim();
    const rtl = "نماذج الأساس الفعالة";
    const sessions = [
      { ...(singleTrack.sessions[0] as Session), title: long },
      { ...(singleTrack.sessions[1] as Session), title: rtl },
    ];
    render(<ScheduleTable edition={withSessions(singleTrack, sessions)} />);
    expect(screen.getByText(long)).toBeInTheDocument();
    // Isolated from the surrounding text: a <bdi> (direction from its content) or an element with dir="auto".
    expect(screen.getByText(rtl).matches("bdi, [dir='auto']")).toBe(true);
  });
});

describe("given host props", () => {
  it("spreads them onto the root and merges the class name", () => {
    const { container } = render(<ScheduleTable edition={singleTrack} className="mine" data-testid="programme" />);
    expect(container.firstElementChild).toHaveClass("wk-schedule-table", "mine");
    expect(screen.getByTestId("programme")).toBe(container.firstElementChild);
  });
});

describe("given the programme after the workshop (archive)", () => {
  it("marks no session past, so titles keep their weight, and says it is an archive", () => {
    const { container } = render(
      <ClockProvider now="2026-07-18T12:00:00Z">
        <ScheduleTable edition={singleTrack} />
      </ClockProvider>,
    );
    expect(container.querySelector("[data-slot=session][data-state]")).toBeNull();
    expect(container.querySelector(".wk-schedule-table")).toHaveAttribute("data-phase", "archive");
    expect(screen.queryByText("Now:")).toBeNull();
  });

  it("dims past sessions on the live day only", () => {
    const { container } = render(
      <ClockProvider now={Date.UTC(2025, 6, 18, 18, 0)}>
        <ScheduleTable edition={singleTrack} />
      </ClockProvider>,
    );
    expect(container.querySelectorAll('[data-state="past"]').length).toBeGreaterThan(0);
    expect(container.querySelector(".wk-schedule-table")).not.toHaveAttribute("data-phase");
  });
});
