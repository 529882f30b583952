import { describe, expect, it } from "vitest";
import { renderOnServerThenHydrate } from "./ssr";

// The hydration harness must be able to fail: a component whose output depends on the host's zone and clock —
// exactly what the library must never do — is caught.
function Naive() {
  return <p>{new Date().toString()}</p>;
}

describe("given the server-render + hydration harness", () => {
  it("reports a mismatch caused by reading the host's clock and zone in render", async () => {
    const r = await renderOnServerThenHydrate(<Naive />);
    expect(r.errors.join("\n")).toMatch(/hydrat/i);
    r.unmount();
  });
});
