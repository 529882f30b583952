"use client";

/**
 * `FavouriteToggle`: the star. A real toggle button (`aria-pressed`) named after what it stars ("Star: Opening
 * remarks"), at least 24 px square. It appears after hydration (it needs JavaScript), already in its stored state:
 * no mismatch, no flash from "not starred" to "starred".
 */
import type { ComponentPropsWithoutRef } from "react";
import { withClass } from "../internal/class-name";
import { type FavouritesEdition, useFavouritesStore, useHydrated, useIsStarred } from "./use-favourites";

/** Props of {@link FavouriteToggle}. */
export interface FavouriteToggleProps extends Omit<ComponentPropsWithoutRef<"button">, "children" | "type"> {
  /** The edition the favourite belongs to (its `shortName` and `year` name the stored list). Required. */
  edition: FavouritesEdition;
  /** What is starred: a session id, or `paper:<paper id>` for a paper (see docs/favourites.md). Required. */
  itemId: string;
  /** The starred thing's title, for the button's name ("Star: {label}"). Required. */
  label: string;
}

/** A star that adds `itemId` to the reader's favourites, kept in this browser. */
export function FavouriteToggle({ edition, itemId, label, className, onClick, ...rest }: FavouriteToggleProps) {
  const store = useFavouritesStore(edition);
  const on = useIsStarred(store, itemId);
  if (!useHydrated()) return null;
  return (
    <button
      {...rest}
      type="button"
      className={withClass("wk-favourite", className)}
      aria-label={`Star: ${label}`}
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
