import type { ApiClient } from '../../app/http';
import type { ItemDetail, ItemPage } from '../catalog/catalog.types';

/** What POST/PUT /api/admin/items take: the detail with departmentId instead of department and bundles. */
export type ItemInput = Omit<ItemDetail, 'department' | 'bundles'> & { departmentId: string };
export type AdminItemQuery = { q?: string; status?: 'active' | 'retired'; page: number; pageSize: number };
export type ImportCounts = { departments: number; items: number; bundles: number };
export type CatalogFormat = 'json' | 'xlsx';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function fetchAdminItems(api: ApiClient, query: AdminItemQuery, signal?: AbortSignal): Promise<ItemPage> {
  return api.get('/api/admin/items', query, signal);
}

export function createItem(api: ApiClient, input: ItemInput): Promise<ItemDetail> {
  return api.send('POST', '/api/admin/items', input);
}

export function updateItem(api: ApiClient, input: ItemInput): Promise<ItemDetail> {
  const { id, ...rest } = input;
  return api.send('PUT', `/api/admin/items/${encodeURIComponent(id)}`, rest);
}

export function retireItem(api: ApiClient, id: string): Promise<ItemDetail> {
  return api.send('POST', `/api/admin/items/${encodeURIComponent(id)}/retire`);
}

export function exportUrl(format: CatalogFormat): string {
  return `/api/admin/catalog/export?format=${format}`;
}

/** Sends a parsed JSON export, or the .xlsx bytes as they are. */
export async function importCatalog(api: ApiClient, body: { format: 'json'; data: unknown } | { format: 'xlsx'; file: Blob }): Promise<ImportCounts> {
  const path = `/api/admin/catalog/import?format=${body.format}`;
  const payload = body.format === 'json' ? body.data : body.file;
  const answer = await api.send<{ imported: ImportCounts }>('POST', path, payload, { contentType: XLSX_TYPE });
  return answer.imported;
}
