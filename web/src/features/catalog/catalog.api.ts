import type { ApiClient } from '../../app/http';
import type { Bundle, Department, Domain, ItemDetail, ItemPage, ItemQuery, Meta } from './catalog.types';

export function fetchItems(api: ApiClient, query: ItemQuery, signal?: AbortSignal): Promise<ItemPage> {
  return api.get('/api/items', query, signal);
}

export function fetchItem(api: ApiClient, id: string, signal?: AbortSignal): Promise<ItemDetail> {
  return api.get(`/api/items/${encodeURIComponent(id)}`, undefined, signal);
}

export async function fetchBundles(api: ApiClient, signal?: AbortSignal): Promise<Bundle[]> {
  return (await api.get<{ bundles: Bundle[] }>('/api/bundles', undefined, signal)).bundles;
}

export function fetchBundle(api: ApiClient, id: string, signal?: AbortSignal): Promise<Bundle> {
  return api.get(`/api/bundles/${encodeURIComponent(id)}`, undefined, signal);
}

export async function fetchDepartments(api: ApiClient, signal?: AbortSignal): Promise<Department[]> {
  return (await api.get<{ departments: Department[] }>('/api/departments', undefined, signal)).departments;
}

export async function fetchDomains(api: ApiClient, signal?: AbortSignal): Promise<Domain[]> {
  return (await api.get<{ domains: Domain[] }>('/api/domains', undefined, signal)).domains;
}

export function fetchMeta(api: ApiClient, signal?: AbortSignal): Promise<Meta> {
  return api.get('/api/meta', undefined, signal);
}
