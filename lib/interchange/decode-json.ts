import { jsonErrorOffset } from "./json-error-offset";
import { failedRecord, importError, type ImportRecord } from "./records";
import { validateRecord } from "./validate-record";

/** 1-based line of a character offset, for many offsets into one text. */
function lineFinder(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/**
 * Offsets where each element of a top-level JSON array starts (JSON.parse gives no positions).
 * Only called on text that JSON.parse accepted, so a plain scan of strings and nesting is enough.
 */
export function topLevelElementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectValue && c !== "]") {
      offsets.push(i);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectValue = true;
  }
  return offsets;
}

/**
 * A JSON file holds one profile object or an array of them (as `export --format json` writes).
 * Errors name the record (1-based) and the line where that record starts.
 */
export function decodeJsonFile(file: string, text: string): ImportRecord[] {
  const body = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const message = (e as Error).message;
    const line = lineFinder(body)(jsonErrorOffset(body));
    return [failedRecord(file, line, "ImportErrors.invalidJson", { detail: message })];
  }
  const lineAt = lineFinder(body);
  if (!Array.isArray(value)) {
    if (value === null || typeof value !== "object") {
      return [failedRecord(file, 1, "ImportErrors.jsonNotProfile")];
    }
    return [validateRecord(file, lineAt(body.search(/\S/)), value)];
  }
  if (value.length === 0) return [failedRecord(file, 1, "ImportErrors.jsonEmpty")];
  const offsets = topLevelElementOffsets(body);
  return value.map((item, i) => {
    const line = lineAt(offsets[i] ?? 0);
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      return { file, line, errors: [importError(file, line, "ImportErrors.jsonNotObject", undefined, { record: i + 1 })] };
    }
    return validateRecord(file, line, item, i + 1);
  });
}
