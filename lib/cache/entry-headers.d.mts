export function surrogateKey(tag: string): string;
export function withEntryHeaders<T>(value: T): T;
