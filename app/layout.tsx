import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Occupation Catalog", template: "%s · Occupation Catalog" },
  description: "Browse and search occupation profiles: what the work is, the skills it needs, and where it leads.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
