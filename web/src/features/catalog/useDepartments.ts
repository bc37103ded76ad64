import { useMemo } from 'react';
import { useApi } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useResource } from '../../components/useResource';
import { fetchDepartments } from './catalog.api';
import type { Department } from './catalog.types';

/**
 * Departments, plus a lookup of display names: items carry only the Chinese department
 * name, so the English one comes from GET /api/departments.
 */
export function useDepartments() {
  const api = useApi();
  const { pick } = useI18n();
  const departments = useResource((signal) => fetchDepartments(api, signal), [api]);
  const nameOf = useMemo(() => {
    const byId = new Map<string, Department>((departments.data ?? []).map((d) => [d.id, d]));
    return (id: string, fallback: string) => {
      const department = byId.get(id);
      return department ? pick(department.name, department.nameEn) : fallback;
    };
  }, [departments.data, pick]);
  return { departments, nameOf };
}
