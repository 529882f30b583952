/**
 * schema.org JSON-LD for an edition: an `Event` with a `subEvent` per session, performers, location and
 * organiser. Put it in a page with `jsonLdScriptText` (./script-text.ts) or `<EditionJsonLd>` from
 * @workshop-kit/react. See docs/interop/jsonld.md.
 *
 * The output types are our own, narrow ones: the published declarations do not import `schema-dts` (its .d.ts
 * fails a consumer's type check under node16 with `skipLibCheck` off, and it is a large install). A test proves
 * they are assignable to `schema-dts`'s `WithContext<Event>`.
 */
import { withSafeUrls } from "../helpers/links";
import type { Edition, Person } from "../model/types";
import { isoWithOffset } from "./shared";

/** A schema.org `Organization`. */
export interface JsonLdOrganization {
  readonly "@type": "Organization";
  readonly name: string;
  readonly url?: string;
}

/** A schema.org `Person`: the full record, or a reference by `@id` with the name. */
export interface JsonLdPerson {
  readonly "@type": "Person";
  readonly "@id"?: string;
  readonly name: string;
  readonly affiliation?: JsonLdOrganization;
  readonly url?: string;
  readonly image?: string;
  readonly sameAs?: readonly string[];
}

/** A schema.org `Place`, with a `PostalAddress` when any part of the address is known (never an empty one). */
export interface JsonLdPlace {
  readonly "@type": "Place";
  readonly name: string;
  readonly address?: {
    readonly "@type": "PostalAddress";
    readonly addressLocality?: string;
    readonly addressCountry?: string;
    readonly streetAddress?: string;
  };
}

/** A schema.org `VirtualLocation` (the online attendance page). */
export interface JsonLdVirtualLocation {
  readonly "@type": "VirtualLocation";
  readonly url: string;
}

/** How people attend: schema.org's `EventAttendanceModeEnumeration` members. */
export type JsonLdAttendanceMode =
  | "https://schema.org/MixedEventAttendanceMode"
  | "https://schema.org/OnlineEventAttendanceMode"
  | "https://schema.org/OfflineEventAttendanceMode";

/** A schema.org `Event`: the edition, a session (`subEvent`), or the conference it belongs to (`superEvent`). */
export interface JsonLdEvent {
  readonly "@type": "Event";
  readonly "@id"?: string;
  readonly name: string;
  readonly alternateName?: string;
  readonly description?: string;
  readonly url?: string;
  /** ISO 8601 with the event zone's offset. */
  readonly startDate?: string;
  readonly endDate?: string;
  readonly eventStatus?: "https://schema.org/EventScheduled";
  readonly eventAttendanceMode?: JsonLdAttendanceMode;
  readonly location?: JsonLdPlace | JsonLdVirtualLocation | readonly (JsonLdPlace | JsonLdVirtualLocation)[];
  readonly organizer?: readonly JsonLdPerson[] | JsonLdOrganization;
  readonly performer?: readonly JsonLdPerson[];
  readonly superEvent?: JsonLdEvent;
  readonly sponsor?: readonly JsonLdOrganization[];
  readonly subEvent?: readonly JsonLdEvent[];
}

/** The document {@link editionJsonLd} returns: the edition's `Event` with its `@context`. */
export type JsonLdDocument = JsonLdEvent & { readonly "@context": "https://schema.org" };

const SPEAKING_ROLES = new Set(["invited-speaker", "keynote", "panelist", "oral-presenter", "moderator"]);

function base(edition: Edition): string | null {
  return edition.website ? edition.website.replace(/#.*$/, "") : null;
}

function personLd(p: Person, siteBase: string | null): JsonLdPerson {
  const sameAs = p.links.filter((l) => l.kind !== "email" && l.kind !== "homepage").map((l) => l.href);
  const home = p.links.find((l) => l.kind === "homepage" || l.kind === "website");
  return {
    "@type": "Person",
    ...(siteBase ? { "@id": `${siteBase}#person-${p.id}` } : {}),
    name: p.name,
    ...(p.affiliation ? { affiliation: { "@type": "Organization", name: p.affiliation } } : {}),
    ...(home ? { url: home.href } : {}),
    ...(p.photo ? { image: p.photo.src } : {}),
    ...(sameAs.length ? { sameAs } : {}),
  };
}

/** A reference to a person described elsewhere in the same document (by `@id`), or the full record. */
function personRef(p: Person, siteBase: string | null): JsonLdPerson {
  return siteBase ? { "@type": "Person", "@id": `${siteBase}#person-${p.id}`, name: p.name } : personLd(p, siteBase);
}

/**
 * The venue as a `Place` (with the session's room when given), or `null` when nothing about it is known. The
 * `PostalAddress` is there only when the street address, city or country is known: an empty one says nothing.
 */
function place(edition: Edition, room: string | null): JsonLdPlace | null {
  const v = edition.venue;
  const name = [room ?? v.room, v.building ?? v.conference].filter(Boolean).join(", ");
  const address = {
    ...(v.address ? { streetAddress: v.address } : {}),
    ...(v.city ? { addressLocality: v.city } : {}),
    ...(v.country ? { addressCountry: v.country } : {}),
  };
  const hasAddress = Object.keys(address).length > 0;
  if (!name && !hasAddress) return null;
  return {
    "@type": "Place",
    name: name || v.city || v.country || v.address || "",
    ...(hasAddress ? { address: { "@type": "PostalAddress" as const, ...address } } : {}),
  };
}

/**
 * What {@link editionJsonLd} cannot say well for this edition, as sentences for the person publishing it (the CLI
 * prints them): no location at all (Google's Event rich results require one), or a place without an address.
 * Empty when the venue or a virtual link gives a complete location.
 */
export function editionJsonLdWarnings(edition: Edition): string[] {
  const virtual = withSafeUrls(edition).links.some((l) => l.kind === "virtual");
  const physical = place(edition, null);
  if (!physical && !virtual) {
    return [
      "JSON-LD has no location: the edition names no venue (building, address, city, country) and no virtual link, and Google's Event rich results require a location. Add venue: or links: virtual",
    ];
  }
  if (physical && !physical.address) {
    return [
      `JSON-LD location "${physical.name}" has no address: Google's Event rich results want one. Add venue: address, city and country`,
    ];
  }
  return [];
}

/** Options of {@link editionJsonLd}. */
export interface EditionJsonLdOptions {
  /**
   * Give each session's `subEvent` its description. `false` for a page whose HTML shows the descriptions (a
   * ScheduleTable): each sub-event's `url` leads to its row, and the page then carries every description once
   * instead of twice (on a long programme they are most of the JSON-LD's bytes). Default `true`.
   * @default true
   */
  readonly sessionDescriptions?: boolean;
}

/**
 * The edition as a schema.org `Event` (JSON-LD, with `@context`). Start and end carry the event zone's offset;
 * without sessions they are the workshop's dates. Attendance is mixed when the edition has a virtual link.
 */
export function editionJsonLd(input: Edition, options: EditionJsonLdOptions = {}): JsonLdDocument {
  const { sessionDescriptions = true } = options;
  const edition = withSafeUrls(input); // every URL passes the safe-URL rule, even in an Edition built in code
  const siteBase = base(edition);
  const zone = edition.timeZone;
  const speakerIds = new Set(edition.sessions.flatMap((s) => s.speakerIds));
  const performers = edition.people.filter((p) => speakerIds.has(p.id) || p.roles.some((r) => SPEAKING_ROLES.has(r)));
  const organisers = edition.people.filter((p) => p.roles.includes("organiser"));
  const first = edition.sessions[0];
  const lastEnd = Math.max(...edition.sessions.map((s) => (s.end ?? s.start).epochMs));
  const virtual = edition.links.find((l) => l.kind === "virtual");
  const physical = place(edition, null);
  const locations: (JsonLdPlace | JsonLdVirtualLocation)[] = [];
  if (physical) locations.push(physical);
  if (virtual) locations.push({ "@type": "VirtualLocation", url: virtual.href });
  const byId = new Map(edition.people.map((p) => [p.id, p]));
  const mode: JsonLdAttendanceMode = virtual
    ? physical
      ? "https://schema.org/MixedEventAttendanceMode"
      : "https://schema.org/OnlineEventAttendanceMode"
    : "https://schema.org/OfflineEventAttendanceMode";
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    ...(siteBase ? { "@id": `${siteBase}#event` } : {}),
    name: edition.name,
    alternateName: edition.shortName,
    ...(edition.description.length ? { description: edition.description.join("\n\n") } : {}),
    ...(edition.website ? { url: edition.website } : {}),
    startDate: first ? isoWithOffset(first.start.epochMs, zone) : edition.dates.start.iso,
    endDate: first ? isoWithOffset(lastEnd, zone) : edition.dates.end.iso,
    // Tentative dates are not scheduled yet, and schema.org has no "tentative": say nothing rather than confirm.
    ...(edition.dates.tentative ? {} : { eventStatus: "https://schema.org/EventScheduled" as const }),
    eventAttendanceMode: mode,
    ...(locations.length === 1 ? { location: locations[0] } : locations.length ? { location: locations } : {}),
    ...(organisers.length
      ? { organizer: organisers.map((p) => personLd(p, siteBase)) }
      : {
          organizer: {
            "@type": "Organization",
            name: edition.shortName,
            ...(edition.website ? { url: edition.website } : {}),
          },
        }),
    ...(performers.length ? { performer: performers.map((p) => personLd(p, siteBase)) } : {}),
    ...(edition.venue.conference ? { superEvent: { "@type": "Event", name: edition.venue.conference } } : {}),
    ...(edition.sponsors.length
      ? {
          sponsor: edition.sponsors.map((s) => ({
            "@type": "Organization" as const,
            name: s.name,
            ...(s.href ? { url: s.href } : {}),
          })),
        }
      : {}),
    subEvent: edition.sessions.map((s): JsonLdEvent => {
      const loc = place(edition, s.room);
      const speakers = s.speakerIds.map((id) => byId.get(id)).filter((p): p is Person => !!p);
      return {
        "@type": "Event",
        ...(siteBase ? { "@id": `${siteBase}#${s.id}` } : {}),
        name: s.title ?? "To be announced",
        startDate: isoWithOffset(s.start.epochMs, zone),
        ...(s.end ? { endDate: isoWithOffset(s.end.epochMs, zone) } : {}),
        ...(sessionDescriptions && s.description.length ? { description: s.description.join("\n\n") } : {}),
        ...(siteBase ? { url: `${siteBase.replace(/\/$/, "")}/#${s.id}` } : {}),
        ...(loc ? { location: loc } : {}),
        ...(speakers.length ? { performer: speakers.map((p) => personRef(p, siteBase)) } : {}),
        eventAttendanceMode: mode,
      };
    }),
  };
}
