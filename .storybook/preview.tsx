import type { Decorator, Preview } from "@storybook/react-vite";
import { ClockProvider, TimeZoneProvider } from "@workshop-kit/react";
import "@workshop-kit/react/styles.css";
import "./preview.css";

/**
 * Toolbar: the viewer's zone (what "my time zone" means), the locale, the theme, and a frozen clock,
 * so a designer can look at "two days before the deadline" or "during the 10:30 oral".
 * A story can set `parameters.clock.now` (ISO string) to freeze time for itself.
 */
const withWorkshopContext: Decorator = (Story, context) => {
  const { readerZone, locale, theme, clock } = context.globals as Record<string, string | undefined>;
  const storyNow = (context.parameters.clock as { now?: string } | undefined)?.now;
  const frozen = clock && clock !== "live" ? clock : storyNow;
  const zoneChoice = context.parameters.timeZoneChoice as string | undefined;
  return (
    <div data-theme={theme === "dark" ? "dark" : "light"} className="sb-surface">
      <TimeZoneProvider
        {...(readerZone && readerZone !== "browser" ? { readerTimeZone: readerZone } : {})}
        {...(zoneChoice ? { defaultTimeZone: zoneChoice } : {})}
        locale={locale ?? "en-US"}
        key={`${zoneChoice ?? "event"}|${readerZone}`}
      >
        <ClockProvider {...(frozen ? { now: frozen } : {})}>
          <Story />
        </ClockProvider>
      </TimeZoneProvider>
    </div>
  );
};

const preview: Preview = {
  decorators: [withWorkshopContext],
  parameters: {
    layout: "padded",
    a11y: { test: "error" },
    controls: { expanded: true },
  },
  initialGlobals: { readerZone: "browser", locale: "en-US", theme: "light", clock: "live" },
  globalTypes: {
    readerZone: {
      description: "The viewer's time zone",
      toolbar: {
        title: "Viewer zone",
        icon: "globe",
        dynamicTitle: true,
        items: [
          { value: "browser", title: "Browser's own" },
          { value: "Europe/Berlin", title: "Europe/Berlin" },
          { value: "America/New_York", title: "America/New_York" },
          { value: "Asia/Kolkata", title: "Asia/Kolkata" },
          { value: "Asia/Kathmandu", title: "Asia/Kathmandu" },
          { value: "Pacific/Auckland", title: "Pacific/Auckland" },
          { value: "Pacific/Kiritimati", title: "Pacific/Kiritimati" },
          { value: "UTC", title: "UTC" },
        ],
      },
    },
    locale: {
      description: "Locale for dates and times",
      toolbar: {
        title: "Locale",
        icon: "transfer",
        dynamicTitle: true,
        items: ["en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "ar-EG"],
      },
    },
    theme: {
      description: "Light or dark",
      toolbar: { title: "Theme", icon: "mirror", dynamicTitle: true, items: ["light", "dark"] },
    },
    clock: {
      description: "Freeze the clock at an instant",
      toolbar: {
        title: "Clock",
        icon: "time",
        dynamicTitle: true,
        items: [
          { value: "live", title: "Live clock" },
          { value: "2025-05-25T12:00:00Z", title: "2025: two days before the submission deadline" },
          { value: "2025-05-27T21:00:00Z", title: "2025: 3 hours before the submission deadline" },
          { value: "2025-06-15T12:00:00Z", title: "2025: after submission, before camera-ready" },
          { value: "2025-07-18T17:35:00Z", title: "2025: during the 10:30 PT oral" },
          { value: "2025-07-19T12:00:00Z", title: "2025: the day after the workshop" },
          { value: "2024-07-26T09:30:00Z", title: "2024: during the workshop (Vienna)" },
        ],
      },
    },
  },
};

export default preview;
