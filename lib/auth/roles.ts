import type { Role } from "@/lib/users/schema";

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

/** Admins can do everything editors can. */
export function hasRole(user: { role: Role }, needed: Role): boolean {
  return RANK[user.role] >= RANK[needed];
}
