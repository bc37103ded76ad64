import type { Facts, Language } from './rules.types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a dotted path from the facts. Only own properties are followed, so a path such as
 * `applicant.constructor` reads nothing instead of reaching into the prototype.
 */
export function readFact(facts: Facts, path: string): unknown {
  let current: unknown = facts;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Null counts as absent: a fact nobody knows must not satisfy a rule. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

type CalendarDate = { year: number; month: number; day: number };

/** A real calendar date written exactly YYYY-MM-DD; a timestamp is refused because its day depends on the time zone. */
export function parseCalendarDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/**
 * Age in full years (周岁) on `today`. A birthday counts on its day; someone born on 29 February
 * turns a year older on 1 March in common years. Undefined when a date is invalid or birth is after today.
 */
export function fullYearsOld(birthDate: unknown, today: unknown): number | undefined {
  const birth = parseCalendarDate(birthDate);
  const now = parseCalendarDate(today);
  if (!birth || !now) return undefined;
  const beforeBirthday = now.month < birth.month || (now.month === birth.month && now.day < birth.day);
  const age = now.year - birth.year - (beforeBirthday ? 1 : 0);
  return age < 0 ? undefined : age;
}

const wording = {
  zh: { absent: '（未提供）', yes: '是', no: '否', separator: '、' },
  en: { absent: '(not provided)', yes: 'yes', no: 'no', separator: ', ' },
} as const;

export function formatFactValue(value: unknown, language: Language): string {
  const words = wording[language];
  if (isAbsent(value)) return words.absent;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map((item) => formatFactValue(item, language)).join(words.separator);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const PLACEHOLDER = /\{([^{}|\s]+)(?:\|(\w+))?\}/g;

/** Fills `{path}` and `{path|age}` from the facts; an unknown formatter leaves the placeholder as written. */
export function fillTemplate(template: string, facts: Facts, language: Language): string {
  return template.replace(PLACEHOLDER, (whole, path: string, formatter: string | undefined) => {
    const value = readFact(facts, path);
    if (formatter === undefined) return formatFactValue(value, language);
    if (formatter === 'age') return formatFactValue(fullYearsOld(value, facts.today), language);
    return whole;
  });
}
