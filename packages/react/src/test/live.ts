import { screen, waitFor } from "@testing-library/react";

/**
 * The schedule's search box once it works. On the server and until the attendee tools load it is held in place
 * (inside an `inert`, invisible label) — present for layout, but a reader cannot reach it; jsdom does not drop
 * `inert` content from the accessibility tree as browsers do, so a test waits for the live box explicitly.
 */
export function findLiveSearchbox(): Promise<HTMLElement> {
  return waitFor(() => {
    const box = screen.getByRole("searchbox");
    if (box.closest("[inert]")) throw new Error("the search box is still held (inert) until the tools load");
    return box;
  });
}
