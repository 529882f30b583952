/**
 * `Sponsors`: an edition's sponsors, grouped by tier in the organiser's order, each a name (always readable as text)
 * with an optional logo and link. Server-safe: no hooks, no client JavaScript.
 */
import { type Image, type Sponsor, safeHref } from "@workshop-kit/types";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { withClass } from "../internal/class-name";
import { Heading, type HeadingLevel } from "../internal/heading";

/** Props of {@link Sponsors}. */
export interface SponsorsProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The sponsors, in the organiser's order (`edition.sponsors`). */
  sponsors: readonly Sponsor[];
  /**
   * Order of the tiers. Tiers not named here follow in the order they first appear. Default: the order in which
   * each tier first appears in `sponsors` (the organiser's order).
   */
  tiers?: readonly string[];
  /** Level of the tier headings. Default `3`. */
  headingLevel?: HeadingLevel;
  /**
   * Show each sponsor's name as text under its logo. With `false` the name is only the logo's alternative text
   * (a sponsor without a logo still shows its name). Default `true`.
   */
  showNames?: boolean;
  /** Shown when there are no sponsors. Default: nothing is rendered. */
  emptyMessage?: ReactNode;
}

/** Sponsors grouped by tier (`<h3>` per tier, a list of logos and names), in the organiser's order. */
export function Sponsors({
  sponsors,
  tiers = [],
  headingLevel = 3,
  showNames = true,
  emptyMessage,
  className,
  ...rest
}: SponsorsProps) {
  if (sponsors.length === 0 && emptyMessage === undefined) return null;
  const groups = new Map<string | null, Sponsor[]>();
  for (const tier of tiers) groups.set(tier, []);
  for (const s of sponsors) {
    const group = groups.get(s.tier);
    if (group) group.push(s);
    else groups.set(s.tier, [s]);
  }
  const filled = [...groups].filter(([, list]) => list.length > 0);
  return (
    <div {...rest} className={withClass("wk-sponsors", className)}>
      {filled.length === 0 ? (
        <p data-slot="empty">{emptyMessage}</p>
      ) : (
        filled.map(([tier, list]) => (
          <section key={tier ?? ""} data-slot="tier" data-tier={tier ?? undefined}>
            {tier ? (
              <Heading level={headingLevel} data-slot="tier-heading">
                {tier}
              </Heading>
            ) : null}
            <ul data-slot="list">
              {list.map((s) => (
                <li key={`${s.name} ${s.href} ${s.logo?.src}`} data-slot="sponsor">
                  <SponsorItem sponsor={s} showName={showNames} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

function SponsorItem({ sponsor, showName }: { sponsor: Sponsor; showName: boolean }) {
  const href = safeHref(sponsor.href);
  const logo = sponsor.logo && safeHref(sponsor.logo.src) ? sponsor.logo : null;
  const name = <span data-slot="name">{sponsor.name}</span>;
  const body = (
    <>
      {logo ? <Logo logo={logo} name={sponsor.name} named={showName} /> : null}
      {showName || !logo ? name : null}
    </>
  );
  return href ? (
    <a href={href} data-slot="link">
      {body}
    </a>
  ) : (
    body
  );
}

/**
 * The logo with its intrinsic size (no layout shift) loaded lazily. When the name is printed beside it and the alt
 * text only repeats the name, the image is decorative (`alt=""`), so a screen reader does not say the name twice.
 */
function Logo({ logo, name, named }: { logo: Image; name: string; named: boolean }) {
  const alt = logo.alt.trim() || name;
  const repeats = named && alt.toLowerCase() === name.toLowerCase();
  return (
    <img
      data-slot="logo"
      src={logo.src}
      alt={repeats ? "" : alt}
      width={logo.width ?? undefined}
      height={logo.height ?? undefined}
      loading="lazy"
      decoding="async"
    />
  );
}
