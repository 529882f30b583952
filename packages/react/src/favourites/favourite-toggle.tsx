"use client";

/**
 * `FavouriteToggle`: the star. A real toggle button (`aria-pressed`) named after what it stars ("Star: Opening
 * remarks"), at least 24 px square. It appears after hydration (it needs JavaScript), already in its stored state:
 * no mismatch, no flash from "not starred" to "starred".
 */
import type { ComponentPropsWithoutRef } from "react";
import { withClass } from "../internal/class-name";
import { enSchedule } from "../messages/en";
import { text } from "../messages/format";
import { type MessagesOverride, resolveMessages } from "../messages/resolve";
import { useProviderMessages } from "../time-zone/time-zone";
import { type FavouritesEdition, useFavouritesStore, useHydrated, useIsStarred } from "./use-favourites";

/** Props of {@link FavouriteToggle}. */
export interface FavouriteToggleProps extends Omit<ComponentPropsWithoutRef<"button">, "children" | "type"> {
  /** The edition the favourite belongs to (its `shortName` and `year` name the stored list). Required. */
  edition: FavouritesEdition;
  /** What is starred: a session id, or `paper:<paper id>` for a paper (see docs/favourites.md). Required. */
  itemId: string;
  /** The starred thing's title, for the button's name ("Star: {label}", the `star` message). Required. */
  label: string;
  /**
   * Words to replace (`star`). Default: the provider's, else English.
   * @default the provider's messages
   */
  messages?: MessagesOverride;
}

/** A star that adds `itemId` to the reader's favourites, kept in this browser. */
export function FavouriteToggle({
  edition,
  itemId,
  label,
  messages,
  className,
  onClick,
  ...rest
}: FavouriteToggleProps) {
  const m = resolveMessages(enSchedule, useProviderMessages(), messages);
  const store = useFavouritesStore(edition);
  const on = useIsStarred(store, itemId);
  if (!useHydrated()) return null;
  return (
    <button
      {...rest}
      type="button"
      className={withClass("wk-favourite", className)}
      aria-label={text(m.star, { title: label })}
      aria-pressed={on}
      data-state={on ? "on" : "off"}
      onClick={(e) => {
        onClick?.(e);
        if (!e.defaultPrevented) store.toggle(itemId);
      }}
    >
      <span aria-hidden="true">{on ? "★" : "☆"}</span>
    </button>
  );
}
