import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Db } from '../../db/database.js';
import { createWorkCalendar, parseCalendarYear, validateCalendarYear, type CalendarYear, type WorkCalendar } from '../../engines/calendar/index.js';
import { fail, ok, type Result } from '../../plugins/errors.js';

export const shippedCalendarsDir = resolve(import.meta.dirname, '../../../data/calendars');

export type CalendarErrorCode = 'CALENDAR_INVALID' | 'CALENDAR_YEAR_MISMATCH';

/** The official holiday arrangements shipped with the platform (2025, 2026, …). */
export function readShippedCalendars(dir = shippedCalendarsDir): CalendarYear[] {
  return readdirSync(dir)
    .filter((name) => /^cn-\d{4}\.json$/.test(name))
    .sort()
    .map((name) => parseCalendarYear(JSON.parse(readFileSync(join(dir, name), 'utf8')), name));
}

/**
 * The working-day calendar for time limits. Years live in the database so an administrator can add
 * next year's notice without a release; the shipped years are stored on first start.
 */
export function createCalendarService(db: Db) {
  let current: WorkCalendar | undefined;

  async function loadYears(): Promise<CalendarYear[]> {
    const rows = await db.selectFrom('calendar_years').select(['year', 'data']).orderBy('year').execute();
    return rows.map((r) => parseCalendarYear(r.data, `calendar_years ${r.year}`));
  }

  async function saveYear(year: CalendarYear, now: Date): Promise<void> {
    await db
      .insertInto('calendar_years')
      .values({ year: year.year, data: JSON.stringify(year), updated_at: now })
      .onConflict((oc) => oc.column('year').doUpdateSet({ data: JSON.stringify(year), updated_at: now }))
      .execute();
  }

  /** Stores the shipped years that the database does not have yet, then builds the calendar. */
  async function initialise(now = new Date()): Promise<WorkCalendar> {
    const stored = new Set((await db.selectFrom('calendar_years').select('year').execute()).map((r) => r.year));
    for (const year of readShippedCalendars()) if (!stored.has(year.year)) await saveYear(year, now);
    current = createWorkCalendar(await loadYears());
    return current;
  }

  async function calendar(): Promise<WorkCalendar> {
    return current ?? initialise();
  }

  async function putYear(year: number, raw: unknown, now: Date): Promise<Result<CalendarYear, CalendarErrorCode>> {
    const checked = validateCalendarYear(raw);
    if (!checked.ok) return fail('CALENDAR_INVALID', { reason: checked.issues.join('; ') });
    if (checked.calendar.year !== year) return fail('CALENDAR_YEAR_MISMATCH', { year, given: checked.calendar.year });
    await saveYear(checked.calendar, now);
    current = createWorkCalendar(await loadYears());
    return ok(checked.calendar);
  }

  return { initialise, calendar, putYear, listYears: loadYears };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
