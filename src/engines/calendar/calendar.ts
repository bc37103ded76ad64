import { z } from 'zod';

/**
 * Working-day calendar for promised time limits (承诺时限).
 *
 * Counting convention (《行政许可法》第八十二条: time limits are counted in working days,
 * excluding statutory holidays; 《民法典》第二百零一条: the starting day is not counted):
 * an application received on day D has its Nth working day after D as its deadline.
 * Received on Friday with a 1-working-day limit → due the next Monday (or later if a holiday).
 *
 * All dates are plain 'YYYY-MM-DD' strings in China time (UTC+8); use `toChinaDate` to get one
 * from an instant. Nothing here reads a clock or a file.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const calendarDaySchema = z.object({
  date: z.string().regex(ISO_DATE, { message: 'must be a date written YYYY-MM-DD' }),
  name: z.string().trim().min(1, { message: 'must name the holiday or make-up day' }),
});

/** Schema of one year's file in data/calendars/ (the State Council holiday notice). */
export const calendarYearSchema = z
  .object({
    year: z.number().int().min(1000).max(9999),
    source: z.string().trim().min(1, { message: 'must cite the notice (title and document number)' }),
    holidays: z.array(calendarDaySchema),
    workdays: z.array(calendarDaySchema),
  })
  .superRefine((calendar, ctx) => {
    const seen = new Map<string, string>();
    for (const list of ['holidays', 'workdays'] as const) {
      calendar[list].forEach((day, index) => {
        const path = [list, index, 'date'];
        const dayNumber = tryDayNumber(day.date);
        if (dayNumber === undefined) {
          ctx.addIssue({ code: 'custom', path, message: `${day.date} is not a real calendar date` });
          return;
        }
        if (Number(day.date.slice(0, 4)) !== calendar.year) {
          ctx.addIssue({ code: 'custom', path, message: `${day.date} is not in year ${calendar.year}` });
        }
        if (list === 'workdays' && !isWeekend(dayNumber)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `${day.date} is a weekday; a make-up working day (调休上班) must fall on a Saturday or Sunday`,
          });
        }
        const earlier = seen.get(day.date);
        if (earlier !== undefined) {
          ctx.addIssue({ code: 'custom', path, message: `${day.date} is already listed in ${earlier}` });
        }
        seen.set(day.date, list);
      });
    }
  });

/** One year's holiday arrangement, as stored in data/calendars/cn-<year>.json. */
export type CalendarYear = z.infer<typeof calendarYearSchema>;
export type CalendarDay = CalendarYear['holidays'][number];

export type CalendarYearValidation =
  | { readonly ok: true; readonly calendar: CalendarYear }
  | { readonly ok: false; readonly issues: readonly string[] };

/** Thrown by `parseCalendarYear` for a file that does not describe a valid year. */
export class CalendarFileError extends Error {
  override readonly name = 'CalendarFileError';
  constructor(
    readonly origin: string | undefined,
    readonly issues: readonly string[],
  ) {
    super(`Invalid calendar file${origin === undefined ? '' : ` ${origin}`}: ${issues.join('; ')}`);
  }
}

/** Checks a calendar file's contents and lists every problem as "path: message". */
export function validateCalendarYear(raw: unknown): CalendarYearValidation {
  const result = calendarYearSchema.safeParse(raw);
  if (result.success) return { ok: true, calendar: result.data };
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? '(file)' : path}: ${issue.message}`;
  });
  return { ok: false, issues };
}

/** Parses a calendar file's contents; `origin` (e.g. the file name) is quoted in the error. */
export function parseCalendarYear(raw: unknown, origin?: string): CalendarYear {
  const validation = validateCalendarYear(raw);
  if (!validation.ok) throw new CalendarFileError(origin, validation.issues);
  return validation.calendar;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

export interface DayDescription {
  readonly date: string;
  readonly kind: DayKind;
  readonly working: boolean;
  /** Holiday or make-up day name from the notice, e.g. '春节' or '春节调休'. */
  readonly name?: string;
  /** False when the year has no calendar file and only weekends were considered. */
  readonly covered: boolean;
}

export interface WorkCalendar {
  /** Years that have an official arrangement loaded, ascending. */
  readonly years: readonly number[];
  /** Whether the date's year has an arrangement; if not, only weekends count as days off. */
  covers(date: string): boolean;
  /** Whether every year from `from` to `to` (inclusive, either order) has an arrangement. */
  coversRange(from: string, to: string): boolean;
  isWorkingDay(date: string): boolean;
  describeDay(date: string): DayDescription;
  /**
   * The date `days` working days after `start` (start itself is not counted).
   * `days = 0` → `start` if it is a working day, else the next working day.
   */
  addWorkingDays(start: string, days: number): string;
  /** Working days in (from, to]; negative when `to` is before `from`. */
  countWorkingDays(from: string, to: string): number;
  /** The working days in (from, to], ascending; empty when `to` is not after `from`. */
  workingDaysBetween(from: string, to: string): string[];
  /** Moves a due date later by `extraWorkingDays` working days (延期). */
  extendDueDate(due: string, extraWorkingDays: number): string;
  /**
   * The due date once a paused clock (补正) is accounted for: the working days in
   * (pausedOn, resumedOn] do not count — the day the notice went out was spent, and the day
   * the applicant answers is, like a receipt day, not counted.
   */
  dueDateAfterPause(originalDue: string, pausedOn: string, resumedOn: string): string;
}

interface ListedDay {
  readonly working: boolean;
  readonly name: string;
}

/** Builds a calendar from validated years; throws if a year is given twice or is invalid. */
export function createWorkCalendar(years: readonly CalendarYear[]): WorkCalendar {
  const listed = new Map<number, ListedDay>();
  const covered = new Set<number>();
  for (const input of years) {
    const calendar = parseCalendarYear(input, `for ${String(input.year)}`);
    if (covered.has(calendar.year)) {
      throw new CalendarFileError(`for ${calendar.year}`, [`year ${calendar.year} is given more than once`]);
    }
    covered.add(calendar.year);
    for (const day of calendar.holidays) listed.set(toDayNumber(day.date), { working: false, name: day.name });
    for (const day of calendar.workdays) listed.set(toDayNumber(day.date), { working: true, name: day.name });
  }

  const isWorking = (dayNumber: number): boolean => listed.get(dayNumber)?.working ?? !isWeekend(dayNumber);

  const addDays = (start: number, days: number): number => {
    let current = start;
    if (days === 0) {
      while (!isWorking(current)) current += 1;
      return current;
    }
    for (let remaining = days; remaining > 0; ) {
      current += 1;
      if (isWorking(current)) remaining -= 1;
    }
    return current;
  };

  const countDays = (from: number, to: number): number => {
    let count = 0;
    for (let current = from + 1; current <= to; current += 1) if (isWorking(current)) count += 1;
    return count;
  };

  const calendar: WorkCalendar = {
    years: [...covered].sort((a, b) => a - b),

    covers: (date) => {
      toDayNumber(date);
      return covered.has(yearOf(date));
    },

    coversRange: (from, to) => {
      toDayNumber(from);
      toDayNumber(to);
      const [first, last] = [yearOf(from), yearOf(to)].sort((a, b) => a - b) as [number, number];
      for (let year = first; year <= last; year += 1) if (!covered.has(year)) return false;
      return true;
    },

    isWorkingDay: (date) => isWorking(toDayNumber(date)),

    describeDay: (date) => {
      const dayNumber = toDayNumber(date);
      const entry = listed.get(dayNumber);
      const isCovered = covered.has(yearOf(date));
      if (entry !== undefined) {
        const kind: DayKind = entry.working ? 'makeup-workday' : 'holiday';
        return { date, kind, working: entry.working, name: entry.name, covered: isCovered };
      }
      const weekend = isWeekend(dayNumber);
      return { date, kind: weekend ? 'weekend' : 'workday', working: !weekend, covered: isCovered };
    },

    addWorkingDays: (start, days) => {
      assertWorkingDayCount(days, 'days');
      return fromDayNumber(addDays(toDayNumber(start), days));
    },

    countWorkingDays: (from, to) => {
      const [a, b] = [toDayNumber(from), toDayNumber(to)];
      return b >= a ? countDays(a, b) : -countDays(b, a);
    },

    workingDaysBetween: (from, to) => {
      const result: string[] = [];
      for (let current = toDayNumber(from) + 1, end = toDayNumber(to); current <= end; current += 1) {
        if (isWorking(current)) result.push(fromDayNumber(current));
      }
      return result;
    },

    extendDueDate: (due, extraWorkingDays) => {
      assertWorkingDayCount(extraWorkingDays, 'extraWorkingDays');
      return fromDayNumber(addDays(toDayNumber(due), extraWorkingDays));
    },

    dueDateAfterPause: (originalDue, pausedOn, resumedOn) => {
      const [due, paused, resumed] = [toDayNumber(originalDue), toDayNumber(pausedOn), toDayNumber(resumedOn)];
      if (resumed < paused) {
        throw new RangeError(`resumedOn ${resumedOn} is before pausedOn ${pausedOn}`);
      }
      // A clock paused after it ran out must stay overdue; extending it would hide the lateness.
      if (paused > due) {
        throw new RangeError(`pausedOn ${pausedOn} is after the due date ${originalDue}: the time limit had already run out`);
      }
      return fromDayNumber(addDays(due, countDays(paused, resumed)));
    },
  };
  return calendar;
}

/** The calendar date in China (UTC+8, no daylight saving) at the given instant. */
export function toChinaDate(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('toChinaDate was given an invalid Date');
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function assertWorkingDayCount(value: number, label: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a whole number of working days ≥ 0, got ${value}`);
  }
}

function tryDayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC silently rolls 02-30 over to March; a round trip exposes it.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

function toDayNumber(date: string): number {
  const dayNumber = tryDayNumber(date);
  if (dayNumber === undefined) throw new RangeError(`"${date}" is not a real date written YYYY-MM-DD`);
  return dayNumber;
}

function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function isWeekend(dayNumber: number): boolean {
  // Day 0 (1970-01-01) was a Thursday; 0 = Sunday, 6 = Saturday.
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}
