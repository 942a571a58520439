import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link/router: `/browse` becomes `/ja/browse` on Japanese pages. */
export const { Link, getPathname, useRouter } = createNavigation(routing);
