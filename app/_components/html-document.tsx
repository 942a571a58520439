import "../globals.css";

/** <html> and <body> of every page, with the page's language (the layouts that hold it are the root layouts). */
export function HtmlDocument({ lang, children }: { lang: string; children: React.ReactNode }) {
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
