/**
 * `workshop-kit new-edition`: next year's content file from this year's. It keeps what carries over (people, the
 * call for papers, the programme's structure), shifts or clears what belongs to one year (dates, deadlines,
 * speakers, papers, revisions), and marks the rest for review: `dates.tentative: true` and `validation.review`
 * notes, which `workshop-kit validate` lists as warnings with code `review` until they are removed.
 */

type Data = Record<string, unknown>;

const isRecord = (x: unknown): x is Data => typeof x === "object" && x !== null && !Array.isArray(x);

/** `"2025-07-18"` or `"2025-07-18T08:30"` moved by `years` (29 February becomes 28 February); anything else as is. */
export function shiftYear(value: unknown, years: number): unknown {
  if (typeof value !== "string") return value;
  const m = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(value);
  if (!m) return value;
  const year = Number(m[1]) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m[2] === "02" && m[3] === "29" && !leap ? "28" : m[3];
  return `${String(year).padStart(4, "0")}-${m[2]}-${day}${m[4]}`;
}

/** The session as a placeholder for next year: same slot and kind, its year-specific content cleared. */
function nextSession(session: Data, years: number): Data {
  const out: Data = { ...session, start: shiftYear(session.start, years) };
  if (session.end !== undefined) out.end = shiftYear(session.end, years);
  const hadSpeakers = Array.isArray(session.speakers) && session.speakers.length > 0;
  if (session.speakers !== undefined) out.speakers = "TBA";
  // A talk's title is this year's talk; a break or the opening keeps its title.
  if (hadSpeakers || session.paper !== undefined) out.title = "TBA";
  for (const key of ["paper", "affiliations", "hosts", "links", "description"] as const) {
    if (hadSpeakers || key === "paper" || key === "links") delete out[key];
  }
  if (Array.isArray(session.items)) {
    out.items = session.items.map((item) => (isRecord(item) ? nextSession(item, years) : item));
  }
  return out;
}

/**
 * Next edition's data from this edition's (as read from YAML or JSON, before validation), for `year`.
 * The input is not changed.
 */
export function nextEdition(input: Data, year: number): Data {
  const from = typeof input.year === "number" ? input.year : year - 1;
  const years = year - from;
  const review: string[] = [];
  const out: Data = {};
  for (const [key, value] of Object.entries(input)) {
    switch (key) {
      case "year":
        out.year = year;
        break;
      case "number":
        out.number = typeof value === "number" ? value + years : value;
        review.push(`name, shortName and number were copied from ${from} (number moved on by ${years}): check them.`);
        break;
      case "dates":
        if (isRecord(value)) {
          out.dates = {
            ...value,
            start: shiftYear(value.start, years),
            ...(value.end !== undefined ? { end: shiftYear(value.end, years) } : {}),
            tentative: true,
          };
        } else out.dates = value;
        review.push(
          `dates were moved by ${years} year(s) to the same calendar days and marked tentative: confirm them, then remove tentative.`,
        );
        break;
      case "venue":
        out.venue = value;
        review.push("venue is last year's: confirm the conference, city and room.");
        break;
      case "deadlines":
        out.deadlines = Array.isArray(value)
          ? value.map((d) => {
              if (!isRecord(d)) return d;
              const { history: _history, ...rest } = d;
              return { ...rest, due: d.due === undefined || d.due === "TBA" ? d.due : shiftYear(d.due, years) };
            })
          : value;
        review.push("deadlines were moved by a year and their history cleared: set this year's dates.");
        break;
      case "sessions":
        out.sessions = Array.isArray(value) ? value.map((s) => (isRecord(s) ? nextSession(s, years) : s)) : value;
        review.push("sessions keep last year's slots; titles and speakers of talks are TBA: fill in the programme.");
        break;
      case "links":
        if (isRecord(value)) {
          // Accepted papers, recordings and livestreams belong to the year they were published for.
          const { acceptedPapers: _a, livestream: _l, virtual: _v, ...rest } = value;
          out.links = rest;
        } else out.links = value;
        break;
      case "sponsors":
        out.sponsors = value;
        review.push("sponsors are last year's: confirm each one.");
        break;
      case "callForPapers":
        out.callForPapers = value;
        review.push("callForPapers is last year's: update the themes, formats and submission link.");
        break;
      case "papers":
      case "revisions":
        break;
      case "validation": {
        const ignore = isRecord(value) ? value.ignore : undefined;
        if (ignore !== undefined) out.validation = { ignore };
        break;
      }
      default:
        out[key] = value;
    }
  }
  if (Array.isArray(input.people) && input.people.length) {
    review.push("people are last year's: keep those who return and update their affiliations.");
  }
  const validation = isRecord(out.validation) ? out.validation : {};
  out.validation = { ...validation, review };
  return out;
}
