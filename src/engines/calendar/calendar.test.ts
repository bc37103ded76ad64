import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CalendarFileError,
  createWorkCalendar,
  parseCalendarYear,
  toChinaDate,
  validateCalendarYear,
  type CalendarYear,
} from './index.js';

function loadYear(year: number): CalendarYear {
  const file = new URL(`../../../data/calendars/cn-${year}.json`, import.meta.url);
  return parseCalendarYear(JSON.parse(readFileSync(file, 'utf8')), `cn-${year}.json`);
}

const cn2025 = loadYear(2025);
const cn2026 = loadYear(2026);
const calendar = createWorkCalendar([cn2025, cn2026]);

function validYear(overrides: Partial<Record<keyof CalendarYear, unknown>> = {}): Record<string, unknown> {
  return {
    year: 2027,
    source: 'test notice',
    holidays: [{ date: '2027-01-01', name: '元旦' }],
    workdays: [],
    ...overrides,
  };
}

describe('calendar data files', () => {
  it('cites the State Council notices when loaded', () => {
    expect(cn2025.source).toContain('国办发明电〔2024〕12号');
    expect(cn2026.source).toContain('国办发明电〔2025〕7号');
  });

  it('lists every day off and make-up day of the notices when read', () => {
    expect(cn2025.holidays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
    expect(cn2025.workdays.map((d) => d.date)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(cn2026.holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(cn2026.workdays.map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it.each([
    [cn2025, 248],
    [cn2026, 248],
  ])('has 365 - weekends - holidays on weekdays + make-up days working days when counted (%#)', (year, expected) => {
    const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
    let weekends = 0;
    for (let d = new Date(Date.UTC(year.year, 0, 1)); d.getUTCFullYear() === year.year; d.setUTCDate(d.getUTCDate() + 1)) {
      if (isWeekend(d.toISOString().slice(0, 10))) weekends += 1;
    }
    const holidaysOnWeekdays = year.holidays.filter((d) => !isWeekend(d.date)).length;
    const formula = 365 - weekends + year.workdays.length - holidaysOnWeekdays;

    expect(formula).toBe(expected);
    // 13 statutory holiday days a year since 2025, all taken on weekdays after the swaps.
    expect(holidaysOnWeekdays - year.workdays.length).toBe(13);
    expect(calendar.countWorkingDays(`${year.year - 1}-12-31`, `${year.year}-12-31`)).toBe(expected);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-26', true, 'Sunday make-up day for 春节'],
    ['2025-02-08', true, 'Saturday make-up day for 春节'],
    ['2025-10-08', false, 'Wednesday in the 国庆+中秋 holiday'],
    ['2025-10-11', true, 'Saturday make-up day for 国庆'],
    ['2025-01-01', false, '元旦 on a Wednesday'],
    ['2025-06-02', false, 'Monday of 端午'],
    ['2025-03-12', true, 'an ordinary Wednesday'],
    ['2025-03-15', false, 'an ordinary Saturday'],
    ['2026-01-04', true, 'Sunday make-up day for 元旦'],
    ['2026-02-14', true, 'Saturday make-up day before 春节'],
    ['2026-02-23', false, 'Monday, last day of 春节'],
    ['2026-02-28', true, 'Saturday make-up day after 春节'],
    ['2026-05-09', true, 'Saturday make-up day for 劳动节'],
    ['2026-09-25', false, 'Friday of 中秋'],
  ])('returns %s → %s when the date is a %s', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('follows the 2026 National Day arrangement when the dates fall in late September and October', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    for (let day = 1; day <= 7; day += 1) expect(calendar.isWorkingDay(`2026-10-0${day}`)).toBe(false);
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
  });

  it('falls back to weekends only when the year is not covered', () => {
    expect(calendar.covers('2027-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-10-01')).toBe(true); // a Friday; 2027 notice not loaded
    expect(calendar.isWorkingDay('2027-10-02')).toBe(false);
    expect(calendar.addWorkingDays('2027-01-01', 1)).toBe('2027-01-04');
  });

  it('throws when the date is not a real YYYY-MM-DD date', () => {
    expect(() => calendar.isWorkingDay('2025-02-29')).toThrow(/not a real date/);
    expect(() => calendar.isWorkingDay('2025/03/01')).toThrow(RangeError);
  });
});

describe('covers', () => {
  it('returns true when the year has an arrangement loaded', () => {
    expect(calendar.years).toEqual([2025, 2026]);
    expect(calendar.covers('2025-06-01')).toBe(true);
    expect(calendar.covers('2026-12-31')).toBe(true);
    expect(calendar.covers('2024-12-31')).toBe(false);
  });

  it('reports a gap when a range crosses into an uncovered year', () => {
    expect(calendar.coversRange('2025-12-01', '2026-02-01')).toBe(true);
    expect(calendar.coversRange('2026-12-20', '2027-01-10')).toBe(false);
    expect(calendar.coversRange('2027-01-10', '2026-12-20')).toBe(false);
  });
});

describe('describeDay', () => {
  it('names the holiday or make-up day when the notice lists it', () => {
    expect(calendar.describeDay('2026-02-17')).toEqual({
      date: '2026-02-17',
      kind: 'holiday',
      working: false,
      name: '春节',
      covered: true,
    });
    expect(calendar.describeDay('2025-09-28')).toMatchObject({ kind: 'makeup-workday', working: true });
    expect(calendar.describeDay('2027-01-02')).toEqual({ date: '2027-01-02', kind: 'weekend', working: false, covered: false });
    expect(calendar.describeDay('2025-03-12')).toMatchObject({ kind: 'workday', working: true });
  });
});

describe('addWorkingDays', () => {
  it('skips the 国庆+中秋 holiday and counts the Saturday make-up day when starting on 2025-09-30', () => {
    // Day 1 is the first working day after receipt: 10-09, 10-10, 10-11 (Sat, make-up), 10-13, 10-14.
    expect(calendar.addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
    expect(calendar.addWorkingDays('2025-09-30', 4)).toBe('2025-10-13');
  });

  it('does not count the day of receipt when the application arrives on a working day', () => {
    expect(calendar.addWorkingDays('2025-03-12', 1)).toBe('2025-03-13');
    expect(calendar.addWorkingDays('2025-03-14', 1)).toBe('2025-03-17');
  });

  it('counts the Sunday make-up day when it falls inside the period', () => {
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(calendar.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
  });

  it('returns the start when days is 0 and the start is a working day', () => {
    expect(calendar.addWorkingDays('2025-03-12', 0)).toBe('2025-03-12');
  });

  it('returns the next working day when days is 0 and the start is a day off', () => {
    expect(calendar.addWorkingDays('2026-02-15', 0)).toBe('2026-02-24');
  });

  it('crosses the year boundary when the period runs into the next year', () => {
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
  });

  it('is the inverse of countWorkingDays when counting from any start', () => {
    for (let start = '2025-01-01', i = 0; i < 730; i += 1, start = nextDate(start)) {
      for (const n of [1, 5, 20]) expect(calendar.countWorkingDays(start, calendar.addWorkingDays(start, n))).toBe(n);
    }
  });

  it.each([-1, 1.5, Number.NaN])('throws when days is %s', (days) => {
    expect(() => calendar.addWorkingDays('2025-03-12', days)).toThrow(/whole number of working days/);
  });
});

describe('countWorkingDays', () => {
  it('counts make-up days and skips 春节 when the range spans the 2025 Spring Festival', () => {
    // (01-24, 02-10]: 01-26 (Sun, make-up), 01-27, 02-05, 02-06, 02-07, 02-08 (Sat, make-up), 02-10.
    expect(calendar.countWorkingDays('2025-01-24', '2025-02-10')).toBe(7);
  });

  it('counts both Saturday make-up days when the range spans the 2026 Spring Festival', () => {
    // (02-13, 02-28]: 02-14 (Sat), 02-24, 02-25, 02-26, 02-27, 02-28 (Sat).
    expect(calendar.countWorkingDays('2026-02-13', '2026-02-28')).toBe(6);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toEqual([
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ]);
  });

  it('returns 0 when from and to are the same day', () => {
    expect(calendar.countWorkingDays('2025-03-12', '2025-03-12')).toBe(0);
  });

  it('returns a negative count when to is before from', () => {
    expect(calendar.countWorkingDays('2025-02-10', '2025-01-24')).toBe(-7);
    expect(calendar.workingDaysBetween('2025-02-10', '2025-01-24')).toEqual([]);
  });
});

describe('extendDueDate', () => {
  it('skips the holiday when a due date is extended across National Day 2026', () => {
    expect(calendar.extendDueDate('2026-09-30', 3)).toBe('2026-10-10');
  });

  it('keeps the due date when the extension is 0', () => {
    expect(calendar.extendDueDate('2026-09-30', 0)).toBe('2026-09-30');
  });

  it('throws when the extension is negative', () => {
    expect(() => calendar.extendDueDate('2026-09-30', -2)).toThrow(RangeError);
  });
});

describe('dueDateAfterPause', () => {
  // Received Monday 2025-09-22 with 20 working days; 补正 notice Friday 09-26, answered Friday 10-10.
  const due = calendar.addWorkingDays('2025-09-22', 20);

  it('extends by the working days paused when the pause spans National Day 2025', () => {
    expect(due).toBe('2025-10-24');
    // Paused working days in (09-26, 10-10]: 09-28 (Sun, make-up), 09-29, 09-30, 10-09, 10-10.
    expect(calendar.dueDateAfterPause(due, '2025-09-26', '2025-10-10')).toBe('2025-10-31');
  });

  it('matches restarting the clock with the remaining days when the applicant answers', () => {
    const used = calendar.countWorkingDays('2025-09-22', '2025-09-26');
    expect(calendar.dueDateAfterPause(due, '2025-09-26', '2025-10-10')).toBe(calendar.addWorkingDays('2025-10-10', 20 - used));
  });

  it('keeps the due date when the clock was paused only over days off', () => {
    expect(calendar.dueDateAfterPause(due, '2025-09-30', '2025-10-08')).toBe(due);
  });

  it('keeps the due date when the applicant answers on the day of the notice', () => {
    expect(calendar.dueDateAfterPause(due, '2025-09-26', '2025-09-26')).toBe(due);
  });

  it('throws when resumedOn is before pausedOn', () => {
    expect(() => calendar.dueDateAfterPause(due, '2025-10-10', '2025-09-26')).toThrow(/before pausedOn/);
  });

  it('throws when the clock is paused after the due date has passed', () => {
    expect(() => calendar.dueDateAfterPause(due, '2025-10-27', '2025-10-28')).toThrow(/already run out/);
  });
});

describe('toChinaDate', () => {
  it('returns the next day when the UTC time is 16:00 or later', () => {
    expect(toChinaDate(new Date('2025-01-27T16:00:00Z'))).toBe('2025-01-28');
  });

  it('returns the same day when the UTC time is before 16:00', () => {
    expect(toChinaDate(new Date('2025-01-27T15:59:59.999Z'))).toBe('2025-01-27');
  });

  it('throws when the Date is invalid', () => {
    expect(() => toChinaDate(new Date('nope'))).toThrow(/invalid Date/);
  });
});

describe('parseCalendarYear', () => {
  it('returns the calendar when the file is valid', () => {
    expect(parseCalendarYear(validYear()).year).toBe(2027);
  });

  it('throws a CalendarFileError naming the file and field when a field is missing', () => {
    const { workdays: _omitted, ...raw } = validYear();
    expect(() => parseCalendarYear(raw, 'cn-2027.json')).toThrow(CalendarFileError);
    expect(() => parseCalendarYear(raw, 'cn-2027.json')).toThrow(/^Invalid calendar file cn-2027\.json: workdays: /);
  });

  it('throws when the input is not an object', () => {
    expect(() => parseCalendarYear('[]')).toThrow(/^Invalid calendar file: \(file\): /);
  });

  it('throws when a date is not written YYYY-MM-DD', () => {
    expect(() => parseCalendarYear(validYear({ holidays: [{ date: '2027-1-1', name: '元旦' }] }))).toThrow(
      'holidays.0.date: must be a date written YYYY-MM-DD',
    );
  });

  it('throws when a date does not exist', () => {
    expect(() => parseCalendarYear(validYear({ holidays: [{ date: '2027-02-29', name: '春节' }] }))).toThrow(
      'holidays.0.date: 2027-02-29 is not a real calendar date',
    );
  });

  it('throws when a date belongs to another year', () => {
    expect(() => parseCalendarYear(validYear({ holidays: [{ date: '2026-12-31', name: '元旦' }] }))).toThrow(
      'holidays.0.date: 2026-12-31 is not in year 2027',
    );
  });

  it('throws when a make-up working day falls on a weekday', () => {
    expect(() => parseCalendarYear(validYear({ workdays: [{ date: '2027-01-05', name: '元旦调休' }] }))).toThrow(
      /workdays\.0\.date: 2027-01-05 is a weekday/,
    );
  });

  it('throws when a date is both a holiday and a working day', () => {
    const raw = validYear({ workdays: [{ date: '2027-01-02', name: '调休' }], holidays: [{ date: '2027-01-02', name: '元旦' }] });
    expect(() => parseCalendarYear(raw)).toThrow('workdays.0.date: 2027-01-02 is already listed in holidays');
  });

  it('throws when the source is blank', () => {
    expect(() => parseCalendarYear(validYear({ source: ' ' }))).toThrow(/source: must cite the notice/);
  });
});

describe('validateCalendarYear', () => {
  it('lists every problem when the file has several', () => {
    const result = validateCalendarYear(validYear({ year: 2027.5, holidays: [{ date: 'x', name: '' }] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThanOrEqual(3);
  });
});

describe('createWorkCalendar', () => {
  it('throws when the same year is given twice', () => {
    expect(() => createWorkCalendar([cn2025, cn2025])).toThrow(/year 2025 is given more than once/);
  });

  it('throws when a year built in code is invalid', () => {
    const bad = { ...cn2026, workdays: [{ date: '2026-03-03', name: 'x' }] };
    expect(() => createWorkCalendar([bad])).toThrow(/^Invalid calendar file for 2026: workdays\.0\.date/);
  });

  it('uses weekends only when no year is given', () => {
    const empty = createWorkCalendar([]);
    expect(empty.years).toEqual([]);
    expect(empty.isWorkingDay('2025-10-01')).toBe(true);
  });
});

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
