import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { resetClockForTests } from "../clock/clock-store";
import { resetZoneStoreForTests } from "../time-zone/zone-store";

// Hydration tests call act() outside Testing Library's render; tell React this is a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  cleanup();
  resetClockForTests();
  resetZoneStoreForTests();
});
