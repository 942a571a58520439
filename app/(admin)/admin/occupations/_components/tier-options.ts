import type { TierNode } from "@/lib/classifications/browse";
import type { TierOption } from "./classification-field";

export const tierOptions = (nodes: TierNode[]): TierOption[] => nodes.map((n) => ({ name: n.name, children: tierOptions(n.children) }));
