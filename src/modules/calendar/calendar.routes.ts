import { z } from 'zod';
import { calendarYearSchema } from '../../engines/calendar/index.js';
import { unwrap, type ErrorCatalog } from '../../plugins/errors.js';
import { errorBody, errorResponses, type App } from '../../plugins/http.js';
import type { CalendarErrorCode, CalendarService } from './calendar.service.js';

export const calendarErrors = {
  CALENDAR_INVALID: { status: 400, zh: '节假日安排不正确：{reason}', en: 'The holiday arrangement is invalid: {reason}' },
  CALENDAR_YEAR_MISMATCH: { status: 400, zh: '地址中的年份 {year} 与文件中的年份 {given} 不一致', en: 'The year in the address ({year}) differs from the file ({given})' },
} satisfies ErrorCatalog<CalendarErrorCode>;

const yearParam = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

export function registerCalendarRoutes(app: App, service: CalendarService) {
  app.get('/api/calendars', {
    config: { access: 'public' },
    schema: {
      tags: ['calendar'],
      summary: 'Official public-holiday arrangements (with make-up working days 调休) used for time limits',
      response: { 200: z.object({ years: z.array(calendarYearSchema) }) },
    },
    handler: async () => ({ years: await service.listYears() }),
  });

  app.put('/api/admin/calendars/:year', {
    config: { access: ['admin'] },
    schema: {
      tags: ['calendar'],
      summary: "Add or replace a year's holiday arrangement (国务院办公厅节假日安排通知)",
      params: yearParam,
      body: z.unknown(),
      response: { 200: calendarYearSchema, ...errorResponses, 409: errorBody },
    },
    handler: async (request) => unwrap(calendarErrors, await service.putYear(request.params.year, request.body, new Date())),
  });
}
