export { createCalendarService, readShippedCalendars, type CalendarService } from './calendar.service.js';
export { registerCalendarRoutes } from './calendar.routes.js';
