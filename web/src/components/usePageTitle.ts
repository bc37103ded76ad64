import { useEffect } from 'react';

/** Sets document.title to "<page> · <site>" so each route announces itself. */
export function usePageTitle(page: string | undefined, site: string): void {
  useEffect(() => {
    document.title = page ? `${page} · ${site}` : site;
  }, [page, site]);
}
