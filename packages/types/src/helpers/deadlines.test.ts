import { describe, expect, it } from "vitest";
import type { Deadline } from "../model/types";
import { loadEdition } from "../test/content";
import { CLOSING_SOON_MS, deadlineStatus, nextDeadline, submissionDeadline } from "./deadlines";

describe("deadlineStatus", () => {
  const due = Date.parse("2025-05-27T23:59:00Z");

  it("is upcoming until the closing-soon window, then closing-soon, then passed at the due instant", () => {
    expect(deadlineStatus(due, due - CLOSING_SOON_MS - 1)).toBe("upcoming");
    expect(deadlineStatus(due, due - CLOSING_SOON_MS)).toBe("closing-soon");
    expect(deadlineStatus(due, due - 1)).toBe("closing-soon");
    expect(deadlineStatus(due, due)).toBe("passed");
    expect(deadlineStatus(due, due + 1)).toBe("passed");
  });

  it("takes a custom window", () => {
    expect(deadlineStatus(due, due - 2 * 3_600_000, 3_600_000)).toBe("upcoming");
    expect(deadlineStatus(due, due - 30 * 60_000, 3_600_000)).toBe("closing-soon");
  });
});

describe("nextDeadline and submissionDeadline (2025)", () => {
  const e = loadEdition(2025);

  it("finds the first deadline not yet passed", () => {
    expect(nextDeadline(e.deadlines, Date.parse("2025-05-01T00:00:00Z"))?.id).toBe("submission");
    expect(nextDeadline(e.deadlines, Date.parse("2025-05-27T23:59:00Z"))?.id).toBe("notification");
    expect(nextDeadline(e.deadlines, Date.parse("2025-07-04T00:00:00Z"))).toBeNull();
  });

  it("uses AoE for the notification: 9 June 23:59 AoE is 10 June 11:59 UTC", () => {
    const justBefore = Date.parse("2025-06-10T11:58:59Z");
    expect(nextDeadline(e.deadlines, justBefore)?.id).toBe("notification");
    expect(nextDeadline(e.deadlines, Date.parse("2025-06-10T11:59:00Z"))?.id).toBe("camera-ready");
  });

  it("finds the submission deadline, else the abstract deadline", () => {
    expect(submissionDeadline(e.deadlines)?.id).toBe("submission");
    const abstractOnly = e.deadlines.map((d): Deadline => (d.kind === "submission" ? { ...d, kind: "abstract" } : d));
    expect(submissionDeadline(abstractOnly)?.id).toBe("submission");
    expect(submissionDeadline(e.deadlines.filter((d) => d.kind !== "submission"))).toBeNull();
  });
});
