export { createIdentityService, hashPassword, type IdentityService, type Registration } from './identity.service.js';
export { registerIdentityRoutes } from './identity.routes.js';
export { maskIdNumber, maskPhone, maskPersonalText, validateCitizenId, validateCreditCode } from './identity.domain.js';
export { viewAccount, type Account } from './account.domain.js';
