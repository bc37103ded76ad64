export { createCatalogService, type CatalogService, type ItemDetail, type ItemSummary } from './catalog.service.js';
export { registerCatalogRoutes } from './catalog.routes.js';
export { createCatalogExcel, type CatalogExcel } from './catalog.excel.js';
export { catalogDocumentSchema, type CatalogDocument, type ServiceItem, type Bundle, type Department } from './catalog.schema.js';
