import { newId } from '../../db/ids.js';
import { GIVEN_NAMES, PERSON_NAMES, SURNAMES } from './content/names.js';

/** What every demo builder shares: "today" in China, relative dates, repeatable pseudo-random choices, unique names. */
export interface SeedContext {
  /** YYYY-MM-DD in Asia/Shanghai */
  today: string;
  /** ISO timestamp used for created_at / updated_at */
  now: string;
  monthsAgo(months: number): string;
  /** repeatable pseudo-random number in [0, 1) */
  random(): number;
  pick<T>(items: readonly T[]): T;
  /** next unused person name */
  nextName(): string;
  /** a well-formed (fictional) mobile number, 11 digits */
  mobile(): string;
  /** ids created up front so rows can point at users written later */
  ids: { admin: string; cityManager: string; countyManager: string; otherManager: string };
}

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The same day `months` months before `date`, clamped to the month's end. */
export function shiftMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** mulberry32: small, fast, good enough to make the demo data the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MOBILE_PREFIXES = [
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '177',
  '180',
  '182',
  '187',
  '189',
];

export function createContext(now: Date = new Date()): SeedContext {
  const today = CHINA_DATE.format(now);
  const random = mulberry32(20261126);
  const used = new Set<string>();
  let listed = 0;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return {
    today,
    now: now.toISOString(),
    monthsAgo: (months) => shiftMonths(today, months),
    random,
    pick,
    nextName() {
      let name = PERSON_NAMES[listed++];
      while (name === undefined || used.has(name)) {
        name = `${pick([...SURNAMES])}${pick(GIVEN_NAMES)}`;
        if (used.size > 2000) throw new Error('demo name pool exhausted');
      }
      used.add(name);
      return name;
    },
    mobile: () => `${pick(MOBILE_PREFIXES)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
    ids: { admin: newId(), cityManager: newId(), countyManager: newId(), otherManager: newId() },
  };
}
