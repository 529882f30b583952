import { act, render, screen, within } from "@testing-library/react";
import { assertEdition, type Edition } from "@workshop-kit/types";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { ClockProvider } from "../clock/clock";
import { ImportantDates } from "../deadline-countdown/important-dates";
import { expectNoAxeViolations } from "../test/axe";
import { loadEdition } from "../test/content";
import { fakeIntersectionObserver } from "../test/intersection";
import { CallForPapers, type CallForPapersSectionContext, pageLimitText } from "./call-for-papers";

const DUE = Date.UTC(2025, 4, 27, 23, 59);

/** Intl prints "May 27, 2025, 11:59 PM" or "May 27, 2025 at 11:59 PM", depending on the ICU version. */
function dated(s: string): RegExp {
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/(\d{4}), (\d)/g, "$1(?:,| at) $2"));
}
const BEFORE = "2025-05-20T12:00:00Z";
const AFTER = "2025-06-01T12:00:00Z";

const fullCall = {
  intro: "We welcome papers on efficient systems.\n\nSee https://example.org/cfp for details.",
  topics: [
    { title: "Training", items: ["Low-precision training", "Decentralized training"] },
    { title: "Inference", items: ["Speculative decoding"] },
  ],
  themes: { intro: "This year we especially welcome:", items: ["Test-time compute"] },
  formats: [
    {
      id: "paper",
      name: "Workshop paper",
      description: "PDF in the ICML style.",
      pageLimit: { pages: 4, enforced: false, excludes: "references and appendix unlimited" },
      template: "https://example.org/template.zip",
      supplementary: "Code as a .zip or an anonymized repository.",
    },
  ],
  review: { policy: "double-blind" },
  archival: false,
  dualSubmission: "We welcome papers under review elsewhere.",
  submission: { url: "https://openreview.net/group?id=Test", platform: "OpenReview" },
  contact: "chairs@example.org",
};

const extendedDeadlines = [
  {
    id: "submission",
    label: "Paper submission deadline",
    kind: "submission",
    due: "2025-05-27T23:59",
    zone: "UTC",
    history: [{ due: "2025-05-19T23:59" }, { due: "2025-05-26T23:59", reason: "US Memorial Day" }],
  },
  { id: "notification", label: "Acceptance notification", kind: "notification", due: "2025-06-09T23:59", zone: "AoE" },
];

/** A synthetic edition; pass `callForPapers: undefined` to leave the call out. */
function edition(overrides: { callForPapers?: unknown; deadlines?: unknown[]; contact?: string } = {}): Edition {
  const input: Record<string, unknown> = {
    name: "Test Workshop on Efficient Systems",
    shortName: "TWES",
    year: 2025,
    timeZone: "America/Vancouver",
    dates: { start: "2025-07-18" },
    deadlines: overrides.deadlines ?? extendedDeadlines,
  };
  if (!("callForPapers" in overrides)) input.callForPapers = fullCall;
  else if (overrides.callForPapers !== undefined) input.callForPapers = overrides.callForPapers;
  if (overrides.contact) input.contact = overrides.contact;
  return assertEdition(input);
}

const esFomo2025 = () => loadEdition(2025);

/**
 * A section of the call, found by its heading: a plain container (`data-slot="section"`), not a landmark, since
 * only the call itself is a region.
 */
function section(name: string | RegExp, root: HTMLElement = document.body): HTMLElement {
  const found = querySection(name, root);
  if (!found) throw new Error(`no section headed ${name}`);
  return found;
}

function querySection(name: string | RegExp, root: HTMLElement = document.body): HTMLElement | null {
  return within(root).queryByRole("heading", { name })?.closest<HTMLElement>('[data-slot="section"]') ?? null;
}

function renderAt(now: string | number, element: React.ReactElement) {
  return render(<ClockProvider now={now}>{element}</ClockProvider>);
}

afterEach(() => {
  vi.useRealTimers();
});

describe("given the full call before the submission deadline", () => {
  it("titles the call with a level-2 heading and its sections with level-3 headings", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} />);
    expect(screen.getByRole("heading", { level: 2, name: "Call for papers" })).toBeInTheDocument();
    for (const name of [
      "Topics",
      "Themes for 2025",
      "Submission format",
      "Review and publication",
      "Important dates",
      "Submission",
      "Contact",
    ]) {
      expect(screen.getByRole("heading", { level: 3, name })).toBeInTheDocument();
    }
    expect(screen.getByRole("heading", { level: 4, name: "Training" })).toBeInTheDocument();
  });

  it("starts headings at the level the host chooses", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} headingLevel={4} title="Call for Papers 2025" />);
    expect(screen.getByRole("heading", { level: 4, name: "Call for Papers 2025" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 5, name: "Topics" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 6, name: "Inference" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 2 })).not.toBeInTheDocument();
  });

  it("is one region named by its title, with plain sections under stable ids", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} />);
    const regions = screen.getAllByRole("region");
    expect(regions).toHaveLength(1);
    expect(regions[0]).toHaveAccessibleName("Call for papers");
    expect(regions[0]).toHaveClass("wk-call-for-papers");
    expect(section("Topics")).toHaveAttribute("id", "topics");
    expect(section("Submission")).toHaveAttribute("id", "submission");
    expect(section("Important dates")).toHaveAttribute("id", "dates");
    expect(section("Contact")).toHaveAttribute("id", "contact");
    for (const id of ["topics", "submission", "dates", "contact"]) {
      expect(document.getElementById(id)?.tagName).toBe("DIV");
    }
  });

  it("prefixes every id with idPrefix", () => {
    const { container } = renderAt(BEFORE, <CallForPapers edition={edition()} idPrefix="cfp-" />);
    expect(section("Topics")).toHaveAttribute("id", "cfp-topics");
    expect(section("Important dates")).toHaveAttribute("id", "cfp-dates");
    expect(container.querySelector("#topics")).toBeNull();
  });

  it("shows a prominent submit link to the platform, with the deadline next to it", () => {
    const { container } = renderAt(BEFORE, <CallForPapers edition={edition()} />);
    const submission = section("Submission");
    const link = within(submission).getByRole("link", { name: "Submit on OpenReview" });
    expect(link).toHaveAttribute("href", "https://openreview.net/group?id=Test");
    expect(submission).toHaveTextContent(dated("Deadline: May 27, 2025, 11:59 PM UTC"));
    expect(within(submission).getAllByRole("time")[0]).toHaveAttribute("datetime", "2025-05-27T23:59:00.000Z");
    expect(container.firstElementChild).toHaveAttribute("data-state", "open");
    expect(screen.queryByText(/Submissions closed/)).not.toBeInTheDocument();
  });

  it("says the deadline was extended, from its original date", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} />);
    const submission = section("Submission");
    expect(submission).toHaveTextContent("(extended from May 19, 2025)");
    const dates = section("Important dates");
    const items = within(dates).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent(
      dated("Paper submission deadline: May 27, 2025, 11:59 PM UTC (extended from May 19, 2025)"),
    );
    expect(items[1]).toHaveTextContent(dated("Acceptance notification: June 9, 2025, 11:59 PM AoE (UTC−12)"));
    expect(items[1]).not.toHaveTextContent("extended");
    expect(items[0]).toHaveAttribute("data-change", "extended");
    expect(items[1]).not.toHaveAttribute("data-change");
  });

  it("says a deadline moved earlier, not that it was extended", () => {
    const deadlines = [
      {
        id: "submission",
        label: "Submission deadline",
        kind: "submission",
        due: "2025-06-03T23:59",
        zone: "AoE",
        history: [{ due: "2025-06-10T23:59", reason: "Moved earlier" }],
      },
    ];
    renderAt(BEFORE, <CallForPapers edition={edition({ deadlines })} />);
    const submission = section("Submission");
    expect(submission).toHaveTextContent("(moved earlier from June 10, 2025)");
    expect(submission).not.toHaveTextContent("extended");
  });

  it("renders topics and themes as lists", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} />);
    const topics = section("Topics");
    const lists = within(topics).getAllByRole("list");
    expect(lists).toHaveLength(2);
    expect(
      within(lists[0]!)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Low-precision training", "Decentralized training"]);
    const themes = section("Themes for 2025");
    expect(themes).toHaveTextContent("This year we especially welcome:");
    expect(within(themes).getByRole("listitem")).toHaveTextContent("Test-time compute");
  });

  it("describes each format with its page limit, template and supplementary rules", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} />);
    const formats = section("Submission format");
    expect(within(formats).getByRole("term")).toHaveTextContent("Workshop paper");
    expect(formats).toHaveTextContent("Length: 4 pages recommended, not enforced; references and appendix unlimited");
    expect(within(formats).getByRole("link", { name: "Workshop paper template" })).toHaveAttribute(
      "href",
      "https://example.org/template.zip",
    );
    expect(formats).toHaveTextContent("Supplementary material: Code as a .zip or an anonymized repository.");
  });

  it("explains double-blind review, non-archival status and dual submission in a sentence each", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} />);
    const review = section("Review and publication");
    expect(review).toHaveTextContent(
      "Double-blind review: authors and reviewers do not see each other's names, so anonymize your submission.",
    );
    expect(review).toHaveTextContent(
      "Non-archival: accepted papers are not published in proceedings, so you may submit them to a conference or journal later.",
    );
    expect(review).toHaveTextContent("Dual submission: We welcome papers under review elsewhere.");
  });

  it("uses the call's own review notes and explains an archival call", () => {
    const call = {
      ...fullCall,
      review: { policy: "single-blind", notes: "Reviewers see author names.\n\nThree reviews per paper." },
      archival: true,
      archivalNote: "Proceedings appear in PMLR.",
      dualSubmission: undefined,
    };
    renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: call })} />);
    const review = section("Review and publication");
    expect(review).toHaveTextContent("Single-blind review: Reviewers see author names.Three reviews per paper.");
    expect(review).toHaveTextContent(
      "Archival: accepted papers are published in the workshop's proceedings. Proceedings appear in PMLR.",
    );
    expect(review).not.toHaveTextContent("Dual submission");
  });

  it("links the contact address", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} />);
    const contact = section("Contact");
    expect(within(contact).getByRole("link", { name: "chairs@example.org" })).toHaveAttribute(
      "href",
      "mailto:chairs@example.org",
    );
  });

  it("turns URLs in text into links", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} />);
    expect(screen.getByRole("link", { name: "https://example.org/cfp" })).toHaveAttribute(
      "href",
      "https://example.org/cfp",
    );
    expect(screen.getByText(/for details\./)).toBeInTheDocument();
  });

  it("spreads host props onto the root and merges its class name", () => {
    const { container } = renderAt(
      BEFORE,
      <CallForPapers edition={edition()} className="host" id="cfp" data-testid="root" />,
    );
    const root = container.firstElementChild!;
    expect(root).toHaveClass("wk-call-for-papers", "host");
    expect(root).toHaveAttribute("id", "cfp");
    expect(root).toHaveAttribute("data-testid", "root");
  });

  it("has no axe violations", async () => {
    const { container } = renderAt(BEFORE, <CallForPapers edition={edition()} />);
    await expectNoAxeViolations(container);
  });
});

describe("given the submission deadline has passed", () => {
  it("says submissions closed, with the date, and drops the submit link", () => {
    const { container } = renderAt(AFTER, <CallForPapers edition={edition()} />);
    const submission = section("Submission");
    expect(submission).toHaveTextContent(dated("Submissions closed on May 27, 2025, 11:59 PM UTC."));
    expect(within(submission).queryByRole("link")).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Submit/ })).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("data-state", "closed");
  });

  it("is closed at the deadline instant itself and open one minute before", () => {
    const { unmount } = renderAt(DUE - 60_000, <CallForPapers edition={edition()} />);
    expect(screen.getByRole("link", { name: "Submit on OpenReview" })).toBeInTheDocument();
    unmount();
    renderAt(DUE, <CallForPapers edition={edition()} />);
    expect(screen.queryByRole("link", { name: "Submit on OpenReview" })).not.toBeInTheDocument();
    expect(screen.getByText(/Submissions closed on/)).toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    const { container } = renderAt(AFTER, <CallForPapers edition={edition()} />);
    await expectNoAxeViolations(container);
  });
});

describe("given the live clock", () => {
  it("switches from the submit link to closed when the deadline passes", () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    vi.setSystemTime(DUE - 30_000);
    const { container } = render(<CallForPapers edition={edition()} />);
    expect(screen.getByRole("link", { name: "Submit on OpenReview" })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(31_000);
    });
    expect(screen.queryByRole("link", { name: "Submit on OpenReview" })).not.toBeInTheDocument();
    expect(screen.getByText(/Submissions closed on/)).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("data-state", "closed");
  });

  it("keeps the space the submit link took while the reader watches it close, until the call is out of view", () => {
    const view = fakeIntersectionObserver();
    // jsdom lays nothing out: the call is 300 px tall with its submit link, 250 px with "Submissions closed", and
    // a ResizeObserver reports it as laid out.
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(private callback: () => void) {}
        observe() {
          this.callback();
        }
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
      const kept = this.querySelector<HTMLElement>("[data-slot=kept-space]")?.style.blockSize;
      const height = (this.querySelector("[data-slot=submit]") ? 300 : 250) + (kept ? Number.parseFloat(kept) : 0);
      return { top: 0, bottom: height, height, left: 0, right: 800, width: 800, x: 0, y: 0 } as DOMRect;
    });
    onTestFinished(() => {
      vi.restoreAllMocks();
    });
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    vi.setSystemTime(DUE - 30_000);
    const { container } = render(<CallForPapers edition={edition()} />);
    act(() => {
      vi.advanceTimersByTime(31_000);
    });
    // The words change at once; an empty, hidden block keeps the 50 px the submit link took.
    expect(screen.getByText(/Submissions closed on/)).toBeInTheDocument();
    const kept = container.querySelector<HTMLElement>("[data-slot=kept-space]");
    expect(kept).toHaveAttribute("aria-hidden", "true");
    expect(kept?.style.blockSize).toBe("50px");
    view.scrollAway();
    expect(container.querySelector("[data-slot=kept-space]")).toBeNull();
  });
});

describe("given no known time (server render without a ClockProvider)", () => {
  it("renders the submit link with the deadline, in the unknown state", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<CallForPapers edition={edition()} />);
    document.body.appendChild(container);
    onTestFinished(() => container.remove());
    expect(container.firstElementChild).toHaveAttribute("data-state", "unknown");
    const submission = section("Submission", container);
    expect(within(submission).getByRole("link", { name: "Submit on OpenReview" })).toHaveAttribute(
      "href",
      "https://openreview.net/group?id=Test",
    );
    expect(submission).toHaveTextContent(dated("Deadline: May 27, 2025, 11:59 PM UTC"));
  });
});

/** The call with a submissions-open date (May 1, 2025, 00:00 UTC) before its submission deadline. */
const OPENS = Date.UTC(2025, 4, 1);
const openingDeadlines = [
  { id: "open", label: "Submissions open", kind: "submissions-open", due: "2025-05-01T00:00", zone: "UTC" },
  ...extendedDeadlines,
];

describe("given submissions that have not opened yet", () => {
  it("says when submissions open and in how long, with the deadline, and offers no submit link", () => {
    const { container } = renderAt(
      OPENS - 3 * 86_400_000,
      <CallForPapers edition={edition({ deadlines: openingDeadlines })} />,
    );
    expect(container.firstElementChild).toHaveAttribute("data-state", "not-yet-open");
    const submission = section("Submission");
    expect(submission).toHaveTextContent(dated("Submissions open on May 1, 2025, 12:00 AM UTC. Opens in 3 days."));
    expect(submission).toHaveTextContent(dated("Deadline: May 27, 2025, 11:59 PM UTC"));
    expect(screen.queryByRole("link", { name: /Submit/ })).not.toBeInTheDocument();
    expect(submission).not.toHaveTextContent("Submissions closed");
  });

  it("shows a date-only opening as the date alone", () => {
    const deadlines = [
      { id: "open", label: "Submissions open", kind: "submissions-open", due: "2025-05-01", zone: "UTC" },
      ...extendedDeadlines,
    ];
    renderAt("2025-04-20T12:00:00Z", <CallForPapers edition={edition({ deadlines })} />);
    expect(section("Submission")).toHaveTextContent("Submissions open on May 1, 2025. Opens in 11 days.");
  });

  it("offers the submit link from the opening instant on, and not one minute before", () => {
    const e = edition({ deadlines: openingDeadlines });
    const { unmount } = renderAt(OPENS - 60_000, <CallForPapers edition={e} />);
    expect(screen.queryByRole("link", { name: "Submit on OpenReview" })).not.toBeInTheDocument();
    expect(section("Submission")).toHaveTextContent("Opens in 1 minute.");
    unmount();
    const { container } = renderAt(OPENS, <CallForPapers edition={e} />);
    expect(container.firstElementChild).toHaveAttribute("data-state", "open");
    expect(screen.getByRole("link", { name: "Submit on OpenReview" })).toBeInTheDocument();
    expect(screen.queryByText(/Submissions open on/)).not.toBeInTheDocument();
  });

  it("hides the tracks' own submit links too", () => {
    const callForPapers = {
      ...fullCall,
      formats: [{ id: "short", name: "Short paper", submission: { url: "https://cmt.example.org/short" } }],
    };
    renderAt(OPENS - 86_400_000, <CallForPapers edition={edition({ callForPapers, deadlines: openingDeadlines })} />);
    expect(screen.queryByRole("link", { name: /Submit/ })).not.toBeInTheDocument();
  });

  it("ignores an opening date to be announced", () => {
    const deadlines = [
      { id: "open", label: "Submissions open", kind: "submissions-open", due: "TBA", zone: "UTC" },
      ...extendedDeadlines,
    ];
    renderAt(BEFORE, <CallForPapers edition={edition({ deadlines })} />);
    expect(screen.getByRole("link", { name: "Submit on OpenReview" })).toBeInTheDocument();
  });

  it("lets a custom section show content only before the opening with when('not-yet-open')", () => {
    const renderSection = {
      submission: ({ defaultContent, when, opening }: CallForPapersSectionContext) => (
        <>
          {defaultContent}
          {when("not-yet-open", <p>Templates are ready: start writing ({opening?.id}).</p>)}
          {when("open", <p>Submit before the deadline.</p>)}
        </>
      ),
    };
    const e = edition({ deadlines: openingDeadlines });
    const { unmount } = renderAt(OPENS - 86_400_000, <CallForPapers edition={e} renderSection={renderSection} />);
    expect(section("Submission")).toHaveTextContent("Templates are ready: start writing (open).");
    expect(section("Submission")).not.toHaveTextContent("Submit before the deadline.");
    unmount();
    renderAt(BEFORE, <CallForPapers edition={e} renderSection={renderSection} />);
    expect(section("Submission")).toHaveTextContent("Submit before the deadline.");
    expect(section("Submission")).not.toHaveTextContent("Templates are ready");
  });

  it("has no axe violations", async () => {
    const { container } = renderAt(
      OPENS - 86_400_000,
      <CallForPapers edition={edition({ deadlines: openingDeadlines })} />,
    );
    await expectNoAxeViolations(container);
  });
});

describe("given missing or unusual data", () => {
  it("leaves out sections that have no data, without saying so", () => {
    renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: { intro: "Only an introduction." } })} />);
    expect(screen.getByText("Only an introduction.")).toBeInTheDocument();
    for (const name of ["Topics", /Themes/, /Submission format/, "Review and publication", "Contact"]) {
      expect(querySection(name)).toBeNull();
    }
    expect(section("Important dates")).toBeInTheDocument();
  });

  it("says the submission site is to be announced when there is no URL, and shows no button", () => {
    renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: { intro: "Hello." } })} />);
    const submission = section("Submission");
    expect(submission).toHaveTextContent(
      dated("Submission site to be announced. Deadline: May 27, 2025, 11:59 PM UTC"),
    );
    expect(within(submission).queryByRole("link")).not.toBeInTheDocument();
  });

  it("names the button generically when no platform is given", () => {
    const call = { ...fullCall, submission: { url: "https://cmt.example.org/test" } };
    renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: call })} />);
    expect(screen.getByRole("link", { name: "Submit your paper" })).toHaveAttribute(
      "href",
      "https://cmt.example.org/test",
    );
  });

  it("omits the dates section and stays in the unknown state when there are no deadlines", () => {
    const { container } = renderAt(BEFORE, <CallForPapers edition={edition({ deadlines: [] })} />);
    expect(querySection("Important dates")).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("data-state", "unknown");
    const submission = section("Submission");
    expect(within(submission).getByRole("link", { name: "Submit on OpenReview" })).toBeInTheDocument();
    expect(submission).not.toHaveTextContent("Deadline");
  });

  it("omits the submission section when there is neither a URL nor a deadline", () => {
    renderAt(BEFORE, <CallForPapers edition={edition({ deadlines: [], callForPapers: { intro: "Hi." } })} />);
    expect(querySection("Submission")).not.toBeInTheDocument();
    expect(screen.queryByText(/to be announced/)).not.toBeInTheDocument();
  });

  it("says the call is not published yet when the edition has none, and still lists the dates", () => {
    renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: undefined })} />);
    expect(screen.getByText("The call for papers has not been published yet.")).toBeInTheDocument();
    expect(section("Important dates")).toBeInTheDocument();
    expect(querySection("Topics")).not.toBeInTheDocument();
  });

  it("falls back to the edition's contact address", () => {
    renderAt(
      BEFORE,
      <CallForPapers edition={edition({ callForPapers: { intro: "Hi." }, contact: "info@example.org" })} />,
    );
    expect(within(section("Contact")).getByRole("link", { name: "info@example.org" })).toHaveAttribute(
      "href",
      "mailto:info@example.org",
    );
  });

  it("never renders HTML written in text", () => {
    const call = { ...fullCall, intro: "Papers on <b>bold</b> ideas <script>alert(1)</script>." };
    const { container } = renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: call })} />);
    expect(screen.getByText("Papers on <b>bold</b> ideas <script>alert(1)</script>.")).toBeInTheDocument();
    expect(container.querySelector("b, script")).toBeNull();
  });

  it("lists five formats as five terms, and one format under a singular heading", () => {
    const formats = [1, 2, 3, 4, 5].map((n) => ({ id: `f${n}`, name: `Format ${n}` }));
    const { unmount } = renderAt(
      BEFORE,
      <CallForPapers edition={edition({ callForPapers: { ...fullCall, formats } })} />,
    );
    const formatsSection = section("Submission formats");
    expect(
      within(formatsSection)
        .getAllByRole("term")
        .map((t) => t.textContent),
    ).toEqual(formats.map((f) => f.name));
    unmount();
    renderAt(BEFORE, <CallForPapers edition={edition()} />);
    expect(section("Submission format")).toBeInTheDocument();
  });

  it("marks long topic lists so the stylesheet can flow them into columns", () => {
    const items = Array.from({ length: 30 }, (_, i) => `Topic ${i + 1}`);
    renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: { topics: [{ items }] } })} />);
    const list = within(section("Topics")).getByRole("list");
    expect(within(list).getAllByRole("listitem")).toHaveLength(30);
    expect(list).toHaveAttribute("data-size", "long");
  });

  it("states enforced page limits", () => {
    expect(pageLimitText({ min: null, pages: 8, enforced: true, excludes: null })).toBe("8 pages maximum, enforced");
    expect(pageLimitText({ min: null, pages: 1, enforced: false, excludes: "references unlimited" })).toBe(
      "1 page recommended, not enforced; references unlimited",
    );
    expect(pageLimitText({ min: null, pages: 4, enforced: false, excludes: "References are unlimited." })).toBe(
      "4 pages recommended, not enforced. References are unlimited.",
    );
  });

  it("joins an exclusion written as a natural phrase without doubling words (issue #15)", () => {
    expect(pageLimitText({ pages: 4, enforced: true, excludes: "excluding references" })).toBe(
      "4 pages maximum, enforced, excluding references",
    );
    expect(pageLimitText({ pages: 4, enforced: false, excludes: "References and appendix do not count" })).toBe(
      "4 pages recommended, not enforced. References and appendix do not count.",
    );
  });

  it("states a page range, and says nothing about enforcement when the call does not", () => {
    expect(pageLimitText({ min: 6, pages: 10, enforced: null, excludes: null })).toBe("6–10 pages");
    expect(pageLimitText({ min: 6, pages: 10, enforced: true, excludes: null })).toBe("6–10 pages, enforced");
    expect(pageLimitText({ min: null, pages: 8, enforced: null, excludes: null })).toBe("8 pages maximum");
    expect(pageLimitText({ min: 4, pages: 4, enforced: null, excludes: null })).toBe("4 pages maximum");
  });

  it("does not label a supplementary rule that already names supplementary material (issue #15)", () => {
    const call = {
      ...fullCall,
      formats: [{ ...fullCall.formats[0], supplementary: "Supplementary material is optional and not reviewed." }],
    };
    renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: call })} />);
    const formats = section("Submission format");
    expect(formats).toHaveTextContent("Supplementary material is optional and not reviewed.");
    expect(formats).not.toHaveTextContent(/Supplementary material: Supplementary/i);
  });

  it("gives each track its own submit link and keeps the call's own submit link", () => {
    const call = {
      ...fullCall,
      formats: [
        { id: "paper", name: "Research paper", pageLimit: { min: 6, pages: 10 } },
        {
          id: "demo",
          name: "Demo track",
          submission: { url: "https://cmt3.research.microsoft.com/TW2025", platform: "CMT" },
        },
        { id: "bad", name: "Position paper", submission: { url: "https://example.org/positions" } },
      ],
    };
    renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: call })} />);
    const formats = section("Submission formats");
    expect(formats).toHaveTextContent("Length: 6–10 pages");
    expect(formats).not.toHaveTextContent(/enforced/);
    expect(within(formats).getByRole("link", { name: "Submit on CMT: Demo track" })).toHaveAttribute(
      "href",
      "https://cmt3.research.microsoft.com/TW2025",
    );
    expect(within(formats).getByRole("link", { name: "Submit: Position paper" })).toHaveAttribute(
      "href",
      "https://example.org/positions",
    );
    expect(within(section("Submission")).getByRole("link", { name: "Submit on OpenReview" })).toBeInTheDocument();
  });

  it("hides the tracks' submit links once submissions have closed", () => {
    const call = { ...fullCall, formats: [{ id: "demo", name: "Demo track", submission: { url: "https://x.org" } }] };
    renderAt(AFTER, <CallForPapers edition={edition({ callForPapers: call })} />);
    expect(screen.queryByRole("link", { name: /Demo track/ })).toBeNull();
  });

  it("keeps submissions open and says 'to be announced' while the deadline has no date", () => {
    const deadlines = [
      { id: "submission", label: "Paper submission deadline", kind: "submission", due: "TBA" },
      { id: "notification", label: "Notification", kind: "notification", due: "2025-06-09", zone: "AoE" },
    ];
    renderAt(AFTER, <CallForPapers edition={edition({ deadlines })} />);
    const dates = within(section("Important dates")).getAllByRole("listitem");
    expect(dates.map((li) => li.textContent)).toEqual([
      "Notification: June 9, 2025",
      "Paper submission deadline: to be announced",
    ]);
    expect(within(section("Submission")).getByRole("link", { name: "Submit on OpenReview" })).toBeInTheDocument();
    expect(section("Submission")).not.toHaveTextContent(/closed/i);
  });

  it("has no axe violations with a minimal call", async () => {
    const { container } = renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: { intro: "Hi." } })} />);
    await expectNoAxeViolations(container);
  });
});

describe("given sections and renderSection", () => {
  it("renders only the chosen sections, in the chosen order", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} sections={["submission", "topics", "submission"]} />);
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Submission", "Topics"]);
  });

  it("gives the intro a heading when it is moved below another section, so it does not read as part of that one", () => {
    renderAt(BEFORE, <CallForPapers edition={edition()} sections={["submission", "intro", "topics"]} />);
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Submission", "Introduction", "Topics"]);
    expect(section("Introduction")).toHaveAttribute("id", "intro");
    expect(section("Introduction")).toHaveTextContent("We welcome papers on efficient systems.");
    expect(section("Submission")).not.toHaveTextContent("We welcome papers");
  });

  it("keeps the intro without a heading when it comes first, also after sections that had nothing to show", () => {
    const noTopics = { ...fullCall, topics: [] };
    renderAt(BEFORE, <CallForPapers edition={edition({ callForPapers: noTopics })} sections={["topics", "intro"]} />);
    expect(screen.queryAllByRole("heading", { level: 3 })).toEqual([]);
    expect(document.getElementById("intro")).toHaveTextContent("We welcome papers on efficient systems.");
  });

  it("replaces one section's content and keeps its heading and id", () => {
    renderAt(
      BEFORE,
      <CallForPapers
        edition={edition()}
        renderSection={{
          topics: ({ callForPapers }) => <p>{callForPapers?.topicGroups.flatMap((g) => g.topics).join(", ")}</p>,
        }}
      />,
    );
    const topics = section("Topics");
    expect(topics).toHaveAttribute("id", "topics");
    expect(topics).toHaveTextContent("Low-precision training, Decentralized training, Speculative decoding");
    expect(within(topics).queryByRole("list")).not.toBeInTheDocument();
  });

  it("gives the renderer the default content, the heading level and content gated on the submission state", () => {
    const seen: unknown[] = [];
    const renderSection = {
      submission: ({ defaultContent, when, headingLevel, id, deadline }: CallForPapersSectionContext) => {
        seen.push({ headingLevel, id, deadline: deadline?.id });
        return (
          <>
            {defaultContent}
            {when("closed", <p>Accepted papers appear on OpenReview in June.</p>)}
            {when(["open", "unknown"], <p>Papers under review at NeurIPS are welcome.</p>)}
          </>
        );
      },
    };
    const { unmount } = renderAt(
      AFTER,
      <CallForPapers edition={edition()} headingLevel={3} renderSection={renderSection} />,
    );
    expect(seen.at(-1)).toEqual({ headingLevel: 4, id: "submission", deadline: "submission" });
    const submission = section("Submission");
    expect(submission).toHaveTextContent("Submissions closed on May 27, 2025");
    expect(submission).toHaveTextContent("Accepted papers appear on OpenReview in June.");
    expect(submission).not.toHaveTextContent("NeurIPS");
    unmount();
    renderAt(BEFORE, <CallForPapers edition={edition()} headingLevel={3} renderSection={renderSection} />);
    expect(section("Submission")).toHaveTextContent("Papers under review at NeurIPS are welcome.");
    expect(screen.queryByText("Accepted papers appear on OpenReview in June.")).not.toBeInTheDocument();
  });

  it("leaves a section out when its renderer returns null, and can fill a section that has no data", () => {
    renderAt(
      BEFORE,
      <CallForPapers
        edition={edition({ callForPapers: { intro: "Hi." } })}
        renderSection={{ dates: () => null, topics: () => <p>Topics will be announced soon.</p> }}
      />,
    );
    expect(querySection("Important dates")).not.toBeInTheDocument();
    expect(section("Topics")).toHaveTextContent("Topics will be announced soon.");
  });

  it("renders the host's importantDates element as the dates section, under its own heading", () => {
    const { container } = renderAt(
      BEFORE,
      <CallForPapers
        edition={edition()}
        importantDates={
          <section aria-labelledby="my-dates">
            <h3 id="my-dates">Key dates</h3>
            <p>Dates from ImportantDates</p>
          </section>
        }
      />,
    );
    expect(screen.queryByRole("heading", { name: "Important dates" })).not.toBeInTheDocument();
    const dates = screen.getByRole("region", { name: "Key dates" });
    expect(dates).toHaveTextContent("Dates from ImportantDates");
    expect(container.querySelector("#dates")).toContainElement(dates);
    expect(container.querySelector('[data-slot="deadline-list"]')).toBeNull();
  });

  it("works with the real ImportantDates component, with one heading per section", async () => {
    const e = edition();
    const { container } = renderAt(
      BEFORE,
      <CallForPapers edition={e} importantDates={<ImportantDates edition={e} headingLevel={3} />} />,
    );
    expect(screen.getAllByRole("heading", { name: "Important dates" })).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 3, name: "Important dates" }).closest("#dates")).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe("given the ES-FoMo 2025 call", () => {
  it("renders the real call open a week before the deadline and closed after it", async () => {
    const e = esFomo2025();
    const { container, unmount } = renderAt(BEFORE, <CallForPapers edition={e} />);
    expect(screen.getByRole("link", { name: "Submit on OpenReview" })).toHaveAttribute(
      "href",
      "https://openreview.net/group?id=ICML.cc/2025/Workshop/ES-FoMo-III",
    );
    expect(section("Submission")).toHaveTextContent("(extended from May 19, 2025)");
    expect(screen.getByRole("heading", { level: 4, name: "Systems for foundation models" })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    unmount();
    renderAt(AFTER, <CallForPapers edition={e} />);
    expect(section("Submission")).toHaveTextContent(dated("Submissions closed on May 27, 2025, 11:59 PM UTC."));
  });
});
