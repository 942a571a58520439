import "server-only";
import { hash, verify } from "@node-rs/bcrypt";

const COST = 11;

/*
 * Kept apart from the password rules (passwords.ts), which the browser's forms import too.
 * A native bcrypt (its binary ships in the npm package) that hashes on libuv's thread pool:
 * bcryptjs hashed on the main thread, so 30 parallel failed sign-ins held every other request
 * for seconds (issue 11). It reads the $2a$/$2b$ hashes bcryptjs wrote.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { cost: COST });
}

export function verifyPassword(password: string, encoded: string): Promise<boolean> {
  return verify(password, encoded);
}
