export {
  CalendarFileError,
  calendarYearSchema,
  createWorkCalendar,
  parseCalendarYear,
  toChinaDate,
  validateCalendarYear,
} from './calendar.js';
export type {
  CalendarDay,
  CalendarYear,
  CalendarYearValidation,
  DayDescription,
  DayKind,
  WorkCalendar,
} from './calendar.js';
