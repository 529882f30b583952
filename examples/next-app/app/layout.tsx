// A server component. The stylesheet comes from the package's `./styles.css` export.
import "@workshop-kit/react/styles.css";
import type { ReactNode } from "react";

export const metadata = { title: "ES-FoMo 2025 — workshop-kit on Next.js" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
