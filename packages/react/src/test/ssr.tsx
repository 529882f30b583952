/**
 * Server render, then hydrate in a different zone and an hour later: any hydration warning fails the test.
 *
 * Node re-reads `process.env.TZ` when it changes, so one process can play server and client.
 */
import type { ReactElement } from "react";
import { act } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { vi } from "vitest";

export interface HydrationResult {
  /** The server HTML. */
  readonly html: string;
  /** The container after hydration (and effects). */
  readonly container: HTMLElement;
  /** Recoverable errors and console errors seen during hydration. Expect `[]`. */
  readonly errors: string[];
  readonly unmount: () => void;
}

export interface HydrationOptions {
  /** Server's zone. Default `"UTC"`. */
  readonly serverTimeZone?: string;
  /** Client's zone. Default `"Pacific/Auckland"`. */
  readonly clientTimeZone?: string;
  /** Server's clock (epoch ms). Default 2025-07-18T15:00Z. */
  readonly serverNow?: number;
  /** Client's clock. Default: one hour after the server's. */
  readonly clientNow?: number;
  /** What the client hydrates, when its data differ from the server's (a page's slim `clientEdition`). Default: `element`. */
  readonly client?: ReactElement;
}

export async function renderOnServerThenHydrate(
  element: ReactElement,
  options: HydrationOptions = {},
): Promise<HydrationResult> {
  const previousTz = process.env.TZ;
  const serverNow = options.serverNow ?? Date.UTC(2025, 6, 18, 15, 0);
  const clientNow = options.clientNow ?? serverNow + 3_600_000;
  vi.useFakeTimers({ toFake: ["Date"] });
  try {
    process.env.TZ = options.serverTimeZone ?? "UTC";
    vi.setSystemTime(serverNow);
    const html = renderToString(element);

    process.env.TZ = options.clientTimeZone ?? "Pacific/Auckland";
    vi.setSystemTime(clientNow);
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(" "));
    });
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, options.client ?? element, {
        onRecoverableError: (error) => errors.push(`recoverable: ${String(error)}`),
      });
    });
    spy.mockRestore();
    return {
      html,
      container,
      errors,
      unmount: () => {
        act(() => root?.unmount());
        container.remove();
      },
    };
  } finally {
    if (previousTz === undefined) delete process.env.TZ;
    else process.env.TZ = previousTz;
    vi.useRealTimers();
  }
}
