import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Person } from "@workshop-kit/types";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe";
import { TimeZoneProvider } from "../time-zone/time-zone";
import { person, session } from "./fixtures";
import { SpeakerCard, splitBio } from "./speaker-card";

const longBio = [
  "Tri Dao is an assistant professor at Princeton University and chief scientist of Together AI. He completed his PhD in Computer Science at Stanford. His research interests include machine learning and systems, with a focus on efficient training and long-range context.",
  "He created FlashAttention, which is used by nearly every large language model today. He received the COLM 2024 outstanding paper award and ICML 2022 outstanding paper runner-up award. Find more at https://tridao.me.",
  "Outside research, he enjoys hiking.",
];

describe("given a person with a photo, a role, an affiliation and a homepage", () => {
  it("renders an article named by the name heading at level 3", () => {
    render(<SpeakerCard person={person()} />);
    const card = screen.getByRole("article", { name: "Tri Dao" });
    expect(card).toHaveAttribute("id", "speaker-tri-dao");
    expect(card).toHaveAttribute("data-variant", "full");
    expect(within(card).getByRole("heading", { level: 3, name: "Tri Dao" })).toBeInTheDocument();
    expect(card).toHaveTextContent("Invited speaker");
    expect(card).toHaveTextContent("Princeton University");
  });

  it('shows the person\'s title ("General Chair") under the name', () => {
    render(<SpeakerCard person={person({ title: "General Chair" })} />);
    expect(within(screen.getByRole("article")).getByText("General Chair")).toHaveAttribute("data-slot", "title");
  });

  it("puts the heading at the level the host chooses", () => {
    render(<SpeakerCard person={person()} headingLevel={5} />);
    expect(screen.getByRole("heading", { level: 5, name: "Tri Dao" })).toBeInTheDocument();
  });

  it("shows the photo with its alt text, an explicit size and lazy loading", () => {
    render(<SpeakerCard person={person()} />);
    const img = screen.getByRole("img", { name: "Portrait of Tri Dao" });
    expect(img).toHaveAttribute("src", "https://example.org/tri.jpg");
    expect(img).toHaveAttribute("width", "160");
    expect(img).toHaveAttribute("height", "160");
    expect(img).toHaveAttribute("loading", "lazy");
    expect(img).toHaveAttribute("decoding", "async");
  });

  it("keeps the photo's own size when the data gives one", () => {
    const photo = { src: "https://example.org/t.jpg", alt: "Tri Dao", width: 400, height: 300 };
    render(<SpeakerCard person={person({ photo })} />);
    const img = screen.getByRole("img", { name: "Tri Dao" });
    expect(img).toHaveAttribute("width", "400");
    expect(img).toHaveAttribute("height", "300");
  });

  it("names each link after the person and the kind of link", () => {
    render(
      <SpeakerCard
        person={person({
          links: [
            { kind: "homepage", href: "https://tridao.me", label: "Homepage" },
            { kind: "scholar", href: "https://scholar.google.com/citations?user=x", label: "Google Scholar" },
            { kind: "email", href: "mailto:tri@example.org", label: "Email" },
          ],
        })}
      />,
    );
    expect(screen.getByRole("link", { name: "Tri Dao — Homepage" })).toHaveAttribute("href", "https://tridao.me");
    expect(screen.getByRole("link", { name: /tri dao — google scholar/i })).toHaveTextContent("Google Scholar");
    expect(screen.getByRole("link", { name: "Tri Dao — Email" })).toHaveAttribute("href", "mailto:tri@example.org");
  });

  it("passes axe", async () => {
    const { container } = render(<SpeakerCard person={person({ bio: longBio })} sessions={[session("a", 16)]} />);
    await expectNoAxeViolations(container);
  });

  it("spreads host props onto the article and merges the class name", () => {
    render(<SpeakerCard person={person()} className="mine" data-testid="card" id="keynote-1" />);
    const card = screen.getByTestId("card");
    expect(card).toHaveClass("wk-speaker-card", "mine");
    expect(card).toHaveAttribute("id", "keynote-1");
    expect(screen.getByRole("article", { name: "Tri Dao" })).toBe(card);
  });
});

describe("given unsafe or missing data", () => {
  it("never renders a javascript: or data: link, even when the object skipped the parser", () => {
    const hostile: Person = person({
      links: [
        { kind: "homepage", href: "javascript:alert(1)", label: "Homepage" },
        { kind: "website", href: "data:text/html,<script>alert(1)</script>", label: "Website" },
        { kind: "github", href: " https://github.com/tridao", label: "GitHub" },
      ],
    });
    const { container } = render(<SpeakerCard person={hostile} />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(container.querySelector("a")).toBeNull();
    expect(container.innerHTML).not.toContain("javascript:");
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("refuses an unsafe session link from the host's sessionHref but keeps the title", () => {
    render(<SpeakerCard person={person()} sessions={[session("a", 16)]} sessionHref={() => "javascript:alert(1)"} />);
    expect(screen.queryByRole("link", { name: "Talk a" })).toBeNull();
    expect(screen.getByRole("list", { name: "Talks by Tri Dao" })).toHaveTextContent("Talk a");
  });

  it("refuses a protocol-relative sessionHref, which would leave the site", () => {
    for (const href of ["//evil.example/talk", "/\\evil.example/talk", "/\t/evil.example/talk"]) {
      const { unmount } = render(
        <SpeakerCard person={person()} sessions={[session("a", 16)]} sessionHref={() => href} />,
      );
      expect(screen.queryByRole("link", { name: "Talk a" })).toBeNull();
      unmount();
    }
  });

  it("shows initials instead of a photo when there is none, hidden from assistive technology", () => {
    const { container } = render(<SpeakerCard person={person({ photo: null })} />);
    expect(screen.queryByRole("img")).toBeNull();
    const avatar = container.querySelector('[data-slot="avatar"]');
    expect(avatar).toHaveTextContent("TD");
    expect(avatar).toHaveAttribute("aria-hidden", "true");
  });

  it("switches to initials when the photo fails to load", () => {
    const { container } = render(<SpeakerCard person={person()} />);
    fireEvent.error(screen.getByRole("img", { name: "Portrait of Tri Dao" }));
    expect(screen.queryByRole("img")).toBeNull();
    expect(container.querySelector('[data-slot="avatar"]')).toHaveTextContent("TD");
  });

  it("tries a new photo again after an earlier one failed", () => {
    const { rerender } = render(<SpeakerCard person={person()} />);
    fireEvent.error(screen.getByRole("img"));
    expect(screen.queryByRole("img")).toBeNull();
    const photo = { src: "https://example.org/new.jpg", alt: "Tri Dao, 2025", width: null, height: null };
    rerender(<SpeakerCard person={person({ photo })} />);
    expect(screen.getByRole("img", { name: "Tri Dao, 2025" })).toBeInTheDocument();
  });

  it("renders without affiliation, bio, links or talks", async () => {
    const { container } = render(<SpeakerCard person={person({ affiliation: null, links: [], bio: [] })} />);
    const card = screen.getByRole("article", { name: "Tri Dao" });
    expect(card.querySelector('[data-slot="affiliation"]')).toBeNull();
    expect(screen.queryByRole("list")).toBeNull();
    expect(screen.queryByRole("group")).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("leaves out the role line, rather than an empty paragraph, for a person with no role", () => {
    // The parser gives everyone a role; a host building Person objects by hand may not.
    render(<SpeakerCard person={person({ roles: [] })} />);
    const card = screen.getByRole("article", { name: "Tri Dao" });
    expect(card.querySelector('[data-slot="role"]')).toBeNull();
    expect(card.querySelectorAll("p:empty")).toHaveLength(0);
    expect(card).toHaveTextContent("Princeton University");
  });

  it("keeps an 80-character name whole as the heading", () => {
    const name = "Maria Guadalupe Fernández de la Concepción Rodríguez-Santiesteban y Villalobos Ruiz";
    expect(name.length).toBeGreaterThanOrEqual(80);
    render(<SpeakerCard person={person({ name, photo: null })} />);
    expect(screen.getByRole("heading", { name })).toBeInTheDocument();
    expect(screen.getByRole("article", { name })).toBeInTheDocument();
  });
});

describe("given a long bio", () => {
  it("shows the beginning and puts the rest behind a native Read more disclosure", async () => {
    const { container } = render(<SpeakerCard person={person({ bio: longBio })} />);
    const details = container.querySelector("details");
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute("open");
    const summary = screen.getByText("Read more").closest("summary");
    expect(summary).toHaveTextContent("Read more about Tri Dao");
    expect(details).toHaveTextContent("Outside research, he enjoys hiking.");
    const bio = container.querySelector('[data-slot="bio"]');
    expect(bio?.firstElementChild?.tagName).toBe("P");
    expect(bio?.firstElementChild).toHaveTextContent(/^Tri Dao is an assistant professor/);
    if (summary) await userEvent.click(summary);
    expect(details).toHaveAttribute("open");
  });

  it("turns bare URLs in the bio into links", () => {
    render(<SpeakerCard person={person({ bio: longBio, links: [] })} bioCollapseAt={Number.POSITIVE_INFINITY} />);
    expect(screen.getByRole("link", { name: "https://tridao.me" })).toHaveAttribute("href", "https://tridao.me");
  });

  it("does not collapse a short bio", () => {
    const { container } = render(<SpeakerCard person={person({ bio: ["Works on fast attention."] })} />);
    expect(container.querySelector("details")).toBeNull();
    expect(screen.getByText("Works on fast attention.")).toBeInTheDocument();
  });

  it("collapses at the length the host chooses", () => {
    const firstTwo = (longBio[0]?.length ?? 0) + (longBio[1]?.length ?? 0);
    const { container } = render(<SpeakerCard person={person({ bio: longBio })} bioCollapseAt={firstTwo} />);
    expect(container.querySelector("details")).toHaveTextContent("Outside research");
    expect(container.querySelector("details")).not.toHaveTextContent("FlashAttention");
  });
});

describe("splitBio", () => {
  it("keeps whole paragraphs while they fit", () => {
    expect(splitBio(["aaaa", "bbbb", "cccc"], 9)).toEqual([["aaaa", "bbbb"], ["cccc"]]);
    expect(splitBio(["aaaa", "bbbb"], 8)).toEqual([["aaaa", "bbbb"], []]);
  });

  it("cuts a long first paragraph at a sentence end, else at a word, else at the limit", () => {
    expect(splitBio(["One two three. Four five six seven."], 20)).toEqual([
      ["One two three."],
      ["Four five six seven."],
    ]);
    expect(splitBio(["One two three four five six"], 12)).toEqual([["One two"], ["three four five six"]]);
    expect(splitBio(["王小明是普林斯顿大学的助理教授"], 5)).toEqual([["王小明是普"], ["林斯顿大学的助理教授"]]);
  });

  it("collapses everything when the limit is zero", () => {
    expect(splitBio(["abc"], 0)).toEqual([[], ["abc"]]);
  });
});

describe("given talks", () => {
  const three = [
    session("keynote", 16, { title: "Hardware-aware algorithms" }),
    session("panel", 20, { title: "Panel: the future of efficient systems", kind: "panel" }),
    session("late", 23, { title: null }),
  ];

  it("lists every talk with its title linked to the schedule row and its time with the zone", () => {
    render(<SpeakerCard person={person()} sessions={three} />);
    const talks = screen.getByRole("list", { name: "Talks by Tri Dao" });
    const items = within(talks).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(within(items[0] as HTMLElement).getByRole("link", { name: "Hardware-aware algorithms" })).toHaveAttribute(
      "href",
      "#keynote",
    );
    const time = (items[0] as HTMLElement).querySelector("time");
    expect(time).toHaveAttribute("dateTime", "2025-07-18T16:00:00.000Z");
    expect(time).toHaveTextContent("9:00 AM PT (UTC−7)");
    expect(items[1]).toHaveTextContent("1:00 PM");
    expect(within(items[2] as HTMLElement).getByRole("link", { name: "Title to be announced" })).toBeInTheDocument();
  });

  it("derives the talks from the edition when no sessions are given", () => {
    const edition = {
      sessions: [session("mine", 16), session("other", 17, { speakerIds: ["someone-else"] })],
      dates: { start: { iso: "2025-07-18" }, end: { iso: "2025-07-18" } },
    } as unknown as import("@workshop-kit/types").Edition;
    render(<SpeakerCard person={person()} edition={edition} />);
    expect(screen.getByRole("link", { name: "Talk mine" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Talk other" })).toBeNull();
  });

  it("lists a session the person moderates, named as such", () => {
    const edition = {
      sessions: [
        session("panel", 20, {
          title: "The future of systems",
          kind: "panel",
          speakerIds: ["someone-else"],
          hosts: [{ personId: "tri-dao", role: "moderator" }],
        }),
      ],
      dates: { start: { iso: "2025-07-18" }, end: { iso: "2025-07-18" } },
    } as unknown as import("@workshop-kit/types").Edition;
    render(<SpeakerCard person={person()} edition={edition} />);
    const talk = within(screen.getByRole("list", { name: "Talks by Tri Dao" })).getByRole("listitem");
    expect(talk).toHaveTextContent(/^Moderator: The future of systems/);
  });

  it("shows the talk's own affiliation where the programme prints another, and its description", async () => {
    const talk = session("talk", 16, {
      title: "Faster attention",
      affiliations: { "tri-dao": "Together AI" },
      description: ["We make attention faster."],
    });
    const { container } = render(<SpeakerCard person={person()} sessions={[talk]} />);
    const item = within(screen.getByRole("list", { name: "Talks by Tri Dao" })).getByRole("listitem");
    expect(item).toHaveTextContent("Faster attention (Together AI)");
    const summary = container.querySelector("[data-slot='talk-description'] summary") as HTMLElement;
    expect(summary).toHaveTextContent("Description: Faster attention");
    await userEvent.click(summary);
    expect(within(item).getByText("We make attention faster.")).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it("leaves the talk's description to the schedule with talkDescriptions={false}, still linking the talk", () => {
    const talk = session("talk", 16, { title: "Faster attention", description: ["We make attention faster."] });
    const { container } = render(<SpeakerCard person={person()} sessions={[talk]} talkDescriptions={false} />);
    const item = within(screen.getByRole("list", { name: "Talks by Tri Dao" })).getByRole("listitem");
    expect(within(item).getByRole("link", { name: "Faster attention" })).toHaveAttribute("href", `#${talk.id}`);
    expect(item).not.toHaveTextContent("We make attention faster.");
    expect(container.querySelector("details")).toBeNull();
  });

  it("prints no talk affiliation when it is the card's own", () => {
    const talk = session("talk", 16, { affiliations: { "tri-dao": "Princeton University" } });
    render(<SpeakerCard person={person()} sessions={[talk]} />);
    expect(screen.getByRole("list", { name: "Talks by Tri Dao" })).not.toHaveTextContent("Princeton");
  });

  it("shows the date too when the edition spans several days", () => {
    const edition = {
      sessions: [session("mine", 16)],
      dates: { start: { iso: "2025-07-18" }, end: { iso: "2025-07-19" } },
    } as unknown as import("@workshop-kit/types").Edition;
    render(<SpeakerCard person={person()} edition={edition} />);
    expect(screen.getByRole("list", { name: "Talks by Tri Dao" })).toHaveTextContent("July 18, 2025");
  });

  it("shows the date too when the talks given fall on different days, even without the edition", () => {
    // 16:00 UTC on July 18 and July 19: both 9:00 AM PT, which would read as the same talk slot twice.
    const twoDays = [session("day1", 16), session("day2", 16 + 24)];
    render(<SpeakerCard person={person()} sessions={twoDays} />);
    const talks = screen.getByRole("list", { name: "Talks by Tri Dao" });
    expect(talks).toHaveTextContent(/July 18, 2025.*July 19, 2025/);
  });

  it("shows only the time when every talk is on one day and no edition says otherwise", () => {
    render(<SpeakerCard person={person()} sessions={[session("a", 16), session("b", 20)]} />);
    const talks = screen.getByRole("list", { name: "Talks by Tri Dao" });
    expect(talks).not.toHaveTextContent("July");
    expect(talks).toHaveTextContent(/9:00\sAM PT/);
  });

  it("links talks where the host says, and not at all when it returns null", () => {
    const { rerender } = render(
      <SpeakerCard person={person()} sessions={three} sessionHref={(id) => `/2025/schedule#${id}`} />,
    );
    expect(screen.getByRole("link", { name: "Hardware-aware algorithms" })).toHaveAttribute(
      "href",
      "/2025/schedule#keynote",
    );
    rerender(<SpeakerCard person={person()} sessions={three} sessionHref={() => null} />);
    expect(screen.queryByRole("link", { name: "Hardware-aware algorithms" })).toBeNull();
    expect(screen.getByText(/Hardware-aware algorithms/)).toBeInTheDocument();
  });

  it("follows the shared time-zone choice", () => {
    render(
      <TimeZoneProvider timeZone="Europe/Berlin">
        <SpeakerCard person={person()} sessions={three} />
      </TimeZoneProvider>,
    );
    expect(screen.getAllByRole("listitem")[0]).toHaveTextContent("6:00 PM");
  });

  it("is not itself a link, and nests no interactive element inside another", () => {
    const { container } = render(
      <SpeakerCard person={person({ bio: longBio })} sessions={three} variant="horizontal" />,
    );
    const card = screen.getByRole("article", { name: "Tri Dao" });
    expect(card.closest("a, button")).toBeNull();
    const interactive = Array.from(container.querySelectorAll("a, button, summary, input, select, textarea"));
    // talks (two linked, one "Title to be announced" linked), the bio's URL, "Read more", the homepage
    expect(interactive.length).toBeGreaterThanOrEqual(5);
    for (const el of interactive) expect(el.parentElement?.closest("a, button, summary")).toBeNull();
  });

  it("shows no talks or bio in the compact variant, but keeps the person's links (an organiser's homepage)", () => {
    render(<SpeakerCard person={person({ bio: longBio })} sessions={three} variant="compact" />);
    const card = screen.getByRole("article", { name: "Tri Dao" });
    expect(card).toHaveAttribute("data-variant", "compact");
    expect(screen.queryByRole("list", { name: "Talks by Tri Dao" })).toBeNull();
    expect(screen.getByRole("link", { name: "Tri Dao — Homepage" })).toHaveAttribute("href", "https://tridao.me");
    expect(card).not.toHaveTextContent(longBio[0] ?? "");
    expect(card).toHaveTextContent("Princeton University");
  });

  it("shows everything in the horizontal variant", () => {
    render(<SpeakerCard person={person()} sessions={three} variant="horizontal" />);
    expect(screen.getByRole("article", { name: "Tri Dao" })).toHaveAttribute("data-variant", "horizontal");
    expect(screen.getByRole("list", { name: "Talks by Tri Dao" })).toBeInTheDocument();
  });
});
