"use client";

/**
 * Speaker photos that never break the layout: an `<img>` with an explicit size, or — when there is no photo
 * or it fails to load — an initials avatar whose colours come from the name, identical on server and client.
 */
import { type Image, linkHref } from "@workshop-kit/types";
import { useState } from "react";
import { avatarPalette, initials } from "./initials";

/** Props of {@link SpeakerPhoto}. */
export interface SpeakerPhotoProps {
  /** The photo, or `null` for the initials avatar. */
  photo: Image | null;
  /** The person's name: initials and colour come from it. */
  name: string;
}

/**
 * The photo of a person, falling back to {@link initials} on a coloured disc. Server and client both start with
 * the `<img>`; the switch happens in state after an `error` event, or when React attaches the element (the ref
 * callback, in the commit after hydration) and the image had already failed (`complete` with no `naturalWidth`).
 * Render it with `key={photo?.src}` so a new photo gets a fresh try.
 */
export function SpeakerPhoto({ photo, name }: SpeakerPhotoProps) {
  const [failed, setFailed] = useState(false);
  // The one safe-URL rule (relative or https/http): a `javascript:`/`data:` source from an edition built in code
  // gets the initials instead.
  const src = linkHref(photo?.src);
  if (!photo || !src || failed) {
    // Decorative: the name is the heading right beside it. The colour is a stylesheet rule per palette entry, not
    // an inline style, so the avatar holds under a strict Content-Security-Policy.
    return (
      <span className="wk-avatar" data-slot="avatar" data-palette={avatarPalette(name)} aria-hidden="true">
        {initials(name)}
      </span>
    );
  }
  const width = photo.width ?? photo.height ?? 160;
  return (
    <img
      ref={(img) => {
        if (img?.complete && !img.naturalWidth) setFailed(true);
      }}
      data-slot="photo"
      src={src}
      alt={photo.alt}
      width={width}
      height={photo.height ?? width}
      loading="lazy"
      decoding="async"
      onError={() => setFailed(true)}
    />
  );
}
