/**
 * Share links: a selection of session ids in the URL's fragment (`#agenda=opening,keynote-1`), so opening the
 * link sends nothing to any server. Ids are the edition's own (stable across edits) in programme order, joined
 * by commas: compact, readable, and the same link for the same selection.
 */

const PARAM = "agenda=";
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The fragment (with `#`) that carries `ids`, in the order of `order` (the edition's sessions). */
export function agendaFragment(ids: ReadonlySet<string>, order: readonly { readonly id: string }[]): string {
  return `#${PARAM}${order
    .filter((s) => ids.has(s.id))
    .map((s) => s.id)
    .join(",")}`;
}

/** The ids a fragment shares (`#agenda=a,b`), only those in `known`; `null` when the fragment shares none. */
export function readAgendaFragment(hash: string, known: ReadonlySet<string>): string[] | null {
  const at = hash.indexOf(PARAM);
  if (at !== 1 && hash[at - 1] !== "&") return null;
  let list = hash.slice(at + PARAM.length).split("&")[0] ?? "";
  try {
    list = decodeURIComponent(list);
  } catch {
    return null;
  }
  const ids = [...new Set(list.split(","))].filter((id) => ID.test(id) && known.has(id));
  return ids.length ? ids : null;
}
