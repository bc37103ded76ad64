import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ItemQuery } from './catalog.types';

export const SEARCH_PAGE_SIZE = 20;
type FilterName = 'q' | 'department' | 'domain' | 'target' | 'bundle';

/** The search state lives in the URL (/search?q=&department=&domain=&target=&bundle=&page=). */
export function useSearchQuery() {
  const [params, setParams] = useSearchParams();
  const query = useMemo<ItemQuery>(() => {
    const target = params.get('target');
    const page = Number(params.get('page') ?? '1');
    return {
      q: params.get('q') ?? undefined,
      department: params.get('department') ?? undefined,
      domain: params.get('domain') ?? undefined,
      target: target === 'person' || target === 'enterprise' ? target : undefined,
      bundle: params.get('bundle') ?? undefined,
      page: Number.isInteger(page) && page > 0 ? page : 1,
      pageSize: SEARCH_PAGE_SIZE,
    };
  }, [params]);

  /** Changing a filter goes back to page 1. */
  const setFilter = useCallback(
    (name: FilterName, value: string | undefined) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  const setPage = useCallback(
    (page: number) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (page > 1) next.set('page', String(page));
        else next.delete('page');
        return next;
      });
      window.scrollTo(0, 0);
    },
    [setParams],
  );

  const clearFilters = useCallback(() => {
    setParams((current) => {
      const q = current.get('q');
      return q ? new URLSearchParams({ q }) : new URLSearchParams();
    });
  }, [setParams]);

  return { query, setFilter, setPage, clearFilters };
}
