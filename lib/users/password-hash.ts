import "server-only";
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/bcrypt";
import pLimit from "p-limit";

const COST = 11;

/*
 * Kept apart from the password rules (passwords.ts), which the browser's forms import too.
 * A native bcrypt (its binary ships in the npm package) that hashes on libuv's thread pool:
 * bcryptjs hashed on the main thread, so 30 parallel failed sign-ins held every other request
 * for seconds (issue 11). It reads the $2a$/$2b$ hashes bcryptjs wrote.
 *
 * Few hashes at a time: one core stays free for the event loop, and of the pool's four threads
 * some stay free for the file reads and compression every other request queues there (50
 * parallel sign-ins with no cap made page requests wait seconds).
 */
const hashing = pLimit(Math.max(1, Math.min(2, availableParallelism() - 1)));

export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password, COST));
}

export function verifyPassword(password: string, encoded: string): Promise<boolean> {
  return hashing(() => verify(password, encoded));
}
