import type { RedisClientOptions } from "redis";
export function redisKeyPrefix(buildId: string | undefined): string;
export function currentBuildId(distDir?: string): string | undefined;
export const REVALIDATED_TAGS: string;
export const OUTBOX_CURSOR: string;
export function redisClientOptions(url: string): RedisClientOptions;
