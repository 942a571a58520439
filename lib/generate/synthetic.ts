import type { TierPath } from "@/lib/classifications/tiers";
import { nameKey } from "@/lib/occupations/name-key";
import type { ProfileContent, ProfileLink } from "@/lib/occupations/schema";
import { slugFor } from "@/lib/occupations/slug";
import { mixSeed, random, type Random } from "./random";
import * as W from "./words";

export type SyntheticProfile = { slug: string; content: ProfileContent };

const SPACE = W.QUALIFIERS.length * W.SUBJECTS.length * W.ROLES.length;
const DIGIT_KANA = ["れい", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"];

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * A deterministic synthetic catalog: `profile(i)` depends only on the seed and i, so profiles can
 * be made in any order or batch size and the same seed always gives the same catalog. Tiers are
 * spread like a real classification (20 Major, ~100 Middle, ~450 Minor) and profiles fall into
 * Minor tiers with skewed sizes (a few large tiers, a long tail of small ones).
 */
export function syntheticCatalog(count: number, seed = 1) {
  const tiers = makeTiers(random(mixSeed(seed, 1)));
  const pickTier = skewedPicker(tiers.length, random(mixSeed(seed, 2)));
  // An affine permutation of the name space, so names are unique without remembering them.
  let step = 1 + (mixSeed(seed, 3) % (SPACE - 1));
  while (gcd(step, SPACE) !== 1) step++;
  const offset = mixSeed(seed, 4) % SPACE;

  function title(j: number): { name: string; reading: string; words: [W.Word, W.Word, W.Word] } {
    const block = Math.floor(j / SPACE);
    let p = ((((j % SPACE) * step) % SPACE) + offset) % SPACE;
    const r = W.ROLES[p % W.ROLES.length];
    p = Math.floor(p / W.ROLES.length);
    const s = W.SUBJECTS[p % W.SUBJECTS.length];
    const q = W.QUALIFIERS[Math.floor(p / W.SUBJECTS.length)];
    let name = `${q[0]} ${s[0]} ${r[0]}`;
    let reading = `${q[1]}${s[1]}${r[1]}`;
    if (block > 0) {
      name += ` ${block + 1}`;
      reading += ` ${[...String(block + 1)].map((d) => DIGIT_KANA[Number(d)]).join("")}`;
    }
    return { name, reading, words: [q, s, r] };
  }

  function profile(i: number): SyntheticProfile {
    const rng = random(mixSeed(seed, 5, i));
    const { name, reading, words } = title(i);
    const [q, s, r] = words;
    const tier = tiers[pickTier(rng)];
    const other = () => {
      const j = rng.int(0, Math.max(0, count - 1));
      return title(j === i ? (j + 1) % Math.max(count, 1) : j).name;
    };
    const subject = s[0].toLowerCase();
    const role = r[0].toLowerCase();
    const sentences = (n: number) => rng.sample(W.SENTENCES, n).join(" ");
    const content: ProfileContent = {
      name,
      reading,
      industry: rng.pick(W.INDUSTRIES),
      classification: tier,
      summary: `Plans, carries out and checks ${subject} work as a ${q[0].toLowerCase()} ${role}, for employers in ${tier.major.toLowerCase()}.`,
      description: [
        `A ${name.toLowerCase()} works on ${subject} tasks from start to finish: gathering what is needed, doing the work and checking the result. ${sentences(2)}`,
        sentences(rng.int(2, 4)),
        `Typical employers are in ${tier.middle.toLowerCase()} and related fields. ${sentences(rng.int(1, 2))}`,
      ].join("\n\n"),
      futureOutlook: rng.pick(W.OUTLOOKS),
      personalityTraits: rng.sample(W.TRAITS, rng.int(3, 6)),
      workStyle: rng.pick(W.WORK_STYLES),
      careerPath: [
        ...Array.from({ length: rng.int(1, 2) }, () => ({ name: other(), slug: null })),
        { name, slug: null },
        ...Array.from({ length: rng.int(1, 2) }, () => ({ name: other(), slug: null })),
      ],
      requiredSkills: rng.sample(W.SKILLS, rng.int(3, 8)),
      recommendedSkills: rng.sample(W.SKILLS, rng.int(2, 6)),
      aptitudes: {
        strengths: rng
          .sample(W.APTITUDES, rng.int(2, 6))
          .map((item) => ({ item, reason: capitalise(rng.pick(W.REASONS.slice(0, 7))) + "." })),
        weaknesses: rng
          .sample(W.APTITUDES, rng.int(0, 2))
          .map((item) => ({ item, reason: capitalise(rng.pick(W.REASONS.slice(7))) + "." })),
      },
      aliases: aliasesFor(rng, name, words),
      relatedJobs: Array.from({ length: rng.int(2, 6) }, () => ({ name: other(), slug: null })),
      source: null,
    };
    dedupeLinks(content.relatedJobs, name);
    return { slug: slugFor(name), content };
  }

  return { count, seed, tiers, profile };
}

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function aliasesFor(rng: Random, name: string, [q, s, r]: [W.Word, W.Word, W.Word]): string[] {
  const syn = rng.sample(W.ROLE_SYNONYMS, 3);
  const candidates = [
    `${s[0]} ${r[0]}`,
    `${q[0]} ${r[0]}`,
    `${s[0]} ${syn[0]}`,
    `${q[0]} ${s[0]} ${syn[1]}`,
    `${r[0]} of ${s[0]}`,
    `${s[0]} ${r[0]} (${q[0]})`,
    `${q[0][0]}${s[0][0]}${r[0][0]}`,
    `${s[0]} ${syn[2]}`,
    `${q[0]} ${s[0]} Staff`,
    `${s[0]} ${r[0]} Trainee`,
  ];
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  const want = rng.int(3, 10);
  for (const a of rng.sample(candidates, candidates.length)) {
    if (out.length === want) break;
    const k = nameKey(a);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

function dedupeLinks(links: ProfileLink[], own: string) {
  const seen = new Set([own]);
  for (let i = links.length - 1; i >= 0; i--) {
    if (seen.has(links[i].name)) links.splice(i, 1);
    else seen.add(links[i].name);
  }
}

/** 20 Major tiers, 3–7 Middle tiers each, 2–7 Minor tiers per Middle. */
function makeTiers(rng: Random): TierPath[] {
  const paths: TierPath[] = [];
  for (const major of W.SECTORS) {
    for (const area of rng.sample(W.AREAS, rng.int(3, 7))) {
      const middle = `${area} ${rng.pick(W.GROUP_WORDS)}`;
      for (const q of rng.sample(W.QUALIFIERS, rng.int(2, 7))) {
        paths.push({ major: `${major} Occupations`, middle, minor: `${q[0]} ${area} ${rng.pick(W.GROUP_WORDS)}` });
      }
    }
  }
  return paths;
}

/** Picks 0..n-1 with Zipf-like weights (exponent 0.8) over a shuffled order. */
function skewedPicker(n: number, rng: Random): (by: Random) => number {
  const order = rng.sample(
    Array.from({ length: n }, (_, i) => i),
    n,
  );
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) cumulative.push((total += 1 / Math.pow(k + 1, 0.8)));
  return (by) => {
    const x = by.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return order[lo];
  };
}
