// Usage: node scripts/screenshot.mjs <url> <out.png> [width]
import { chromium } from "@playwright/test";
const [url, out, width = "1280"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url, { waitUntil: "load" });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
