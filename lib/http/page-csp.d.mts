export function pageCspWith(scriptSrc: string): string;
export function inlineScriptHashes(html: string): string[];
export function hashedPageCsp(html: string): string;
