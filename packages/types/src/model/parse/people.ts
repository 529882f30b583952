/**
 * `people:` of a content file: duplicate ids, photos without alt text, speakers without a bio; each person as the
 * model's {@link Person}.
 */
import { linksFromRecord } from "../links";
import { splitParagraphs } from "../text";
import type { Person } from "../types";
import { image, type ParseContext } from "./context";

/**
 * The people, and every person id with its index (malformed people count as defined: a reference to them is not
 * unknown, and a second one is a duplicate).
 */
export function readPeople(ctx: ParseContext, broken: ReadonlyMap<string, number>) {
  const { data, error, warn } = ctx;
  const people: Person[] = [];
  // Malformed people count as defined: a reference to them is not unknown, and a second one is a duplicate.
  const personIds = new Map<string, number>(broken);
  (data.people ?? []).forEach((p, i) => {
    const at = `people[${i}]`;
    const prev = personIds.get(p.id);
    if (prev !== undefined) error("duplicate-id", `${at}.id`, `duplicate person id "${p.id}" (also people[${prev}])`);
    personIds.set(p.id, i);
    if (p.photo && p.photo.alt.trim() === "") {
      warn(
        "photo-without-alt",
        `${at}.photo.alt`,
        `the photo of ${p.name} has empty alt text; describe it (e.g. "Portrait of ${p.name}")`,
      );
    }
    const speaks = (p.roles ?? []).some((r) => r === "invited-speaker" || r === "keynote" || r === "panelist");
    if (speaks && !p.bio?.trim()) warn("person-without-bio", `${at}.bio`, `${p.name} has no bio`);
    people.push({
      id: p.id,
      name: p.name,
      affiliation: p.affiliation?.trim() || null,
      title: p.title?.trim() || null,
      roles: p.roles ?? [],
      photo: image(p.photo),
      bio: splitParagraphs(p.bio),
      links: linksFromRecord(p.links),
    });
  });
  return { people, personIds };
}
