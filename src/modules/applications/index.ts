export { createApplicationsService, type ApplicationsService, type ApplicationsDeps } from './applications.service.js';
export { createApplicationViews, type ApplicationViews } from './applications.views.js';
export { createApplicationFeedback, type ApplicationFeedback } from './applications.feedback.js';
export { registerApplicationRoutes } from './applications.routes.js';
export { registerFeedbackRoutes } from './feedback.routes.js';
export type { AuthoritativeData, CertificateDesk, ProcedureSource, FormCheck } from './applications.ports.js';
export { findAllEvents } from './applications.repository.js';
