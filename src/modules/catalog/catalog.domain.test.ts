import { describe, expect, it } from 'vitest';
import { findCatalogInconsistencies, itemRuleProblems, searchTerms, targetsMatching } from './catalog.domain.js';

const cutByChar = (text: string) => text.split(/(?=[\u4e00-\u9fff]{2})/);

describe('searchTerms', () => {
  it('keeps the whole query first and drops function words when the query is a sentence', () => {
    const terms = searchTerms('我想 办理 营业执照', (t) => t.split(' '));
    expect(terms[0]).toBe('我想 办理 营业执照');
    expect(terms).toContain('营业执照');
    expect(terms).not.toContain('办理');
  });

  it('returns nothing when the query is blank', () => {
    expect(searchTerms('   ', cutByChar)).toEqual([]);
  });
});

describe('targetsMatching', () => {
  it('includes items for both when filtering for persons', () => {
    expect(targetsMatching('person')).toEqual(['person', 'both']);
  });
});

describe('itemRuleProblems', () => {
  it('reports a promised time limit above the legal one', () => {
    expect(itemRuleProblems({ id: 'a', legalTimeLimitDays: 1, promisedTimeLimitDays: 2, onlineLevel: 2, guide: { visitsInPerson: 1 } })).toHaveLength(1);
  });

  it('reports visits in person for a fully online item', () => {
    expect(itemRuleProblems({ id: 'a', legalTimeLimitDays: 2, promisedTimeLimitDays: 1, onlineLevel: 4, guide: { visitsInPerson: 1 } })).toHaveLength(1);
  });

  it('reports nothing when the item is consistent', () => {
    expect(itemRuleProblems({ id: 'a', legalTimeLimitDays: 2, promisedTimeLimitDays: 1, onlineLevel: 4, guide: { visitsInPerson: 0 } })).toEqual([]);
  });
});

describe('findCatalogInconsistencies', () => {
  const department = { id: 'd1', name: '部门一', nameEn: '', phone: '', address: '', hours: '' };
  const item = (id: string, departmentId = 'd1') =>
    ({ id, departmentId, legalTimeLimitDays: 1, promisedTimeLimitDays: 1, onlineLevel: 2, guide: { visitsInPerson: 1 } }) as never;
  const bundle = (id: string, itemIds: string[]) => ({ id, itemIds }) as never;

  it('names the row of a duplicate id, an unknown department and an unknown bundle item', () => {
    const problems = findCatalogInconsistencies(
      { departments: [department], items: [item('a'), item('a'), item('b', 'nowhere')], bundles: [bundle('x', ['a', 'zzz'])] },
      { departments: ['d1'], items: ['a', 'a', 'b'] },
    );
    expect(problems.map((p) => `${p.sheet}:${p.row}`)).toEqual(['items:2', 'items:3', 'bundles:1']);
  });

  it('does not blame a reference to a row that failed its own validation', () => {
    const problems = findCatalogInconsistencies(
      { departments: [department], items: [undefined], bundles: [bundle('x', ['broken'])] },
      { departments: ['d1'], items: ['broken'] },
    );
    expect(problems).toEqual([]);
  });
});
