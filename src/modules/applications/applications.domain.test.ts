import { describe, expect, it } from 'vitest';
import { bundleStatus, checkMaterials, deadlineState, formatApplicationNumber, isBadRating, notificationFor } from './applications.domain.js';

describe('formatApplicationNumber', () => {
  it('joins the date and a six-digit sequence', () => {
    expect(formatApplicationNumber('2026-11-28', 42)).toBe('TB20261128-000042');
  });
});

describe('checkMaterials', () => {
  const materials = [
    { name: '身份证', required: true, certificateType: 'id_card' },
    { name: '申请书', required: true },
    { name: '照片', required: false },
  ];

  it('satisfies a material from a certificate the applicant holds when nothing is uploaded (免提交)', () => {
    const check = checkMaterials(materials, [{ position: 1, attachmentId: 'a1' }], new Map([['id_card', 'c1']]));
    expect(check.missing).toEqual([]);
    expect(check.resolved).toEqual([
      { position: 0, name: '身份证', source: 'held_certificate', certificateId: 'c1' },
      { position: 1, name: '申请书', source: 'upload', attachmentId: 'a1' },
    ]);
  });

  it('lists every required material that is missing', () => {
    expect(checkMaterials(materials, [], new Map()).missing.map((m) => m.name)).toEqual(['身份证', '申请书']);
  });

  it('reports positions that do not exist', () => {
    expect(checkMaterials(materials, [{ position: 7, attachmentId: 'x' }], new Map()).unknown).toEqual([7]);
  });

  it('prefers a certificate the applicant offers over an upload', () => {
    const check = checkMaterials(materials, [{ position: 0, certificateId: 'c9', attachmentId: 'a9' }, { position: 1, attachmentId: 'a1' }], new Map());
    expect(check.resolved[0]).toMatchObject({ source: 'certificate', certificateId: 'c9' });
  });
});

describe('deadlineState', () => {
  const base = { dueOn: '2026-12-10', pausedOn: null, closed: false, today: '2026-12-01', workingDaysLeft: 7 };
  it.each([
    [{}, 'on_time'],
    [{ workingDaysLeft: 2 }, 'due_soon'],
    [{ today: '2026-12-11', workingDaysLeft: -1 }, 'overdue'],
    [{ pausedOn: '2026-12-02' }, 'paused'],
    [{ closed: true }, 'closed'],
    [{ dueOn: null, workingDaysLeft: null }, 'none'],
  ])('%j → %s', (change, expected) => {
    expect(deadlineState({ ...base, ...change })).toBe(expected);
  });
});

describe('bundleStatus', () => {
  it('is issued only when every part is issued', () => {
    expect(bundleStatus(['issued', 'issued'])).toBe('issued');
    expect(bundleStatus(['issued', 'pending_acceptance'])).toBe('pending_acceptance');
  });

  it('shows the part waiting for a supplement first', () => {
    expect(bundleStatus(['in_approval', 'supplement_requested'])).toBe('supplement_requested');
  });

  it('is partially issued when the other parts closed without a certificate', () => {
    expect(bundleStatus(['issued', 'denied'])).toBe('partially_issued');
  });
});

describe('ratings and messages', () => {
  it('treats 不满意 and 非常不满意 as bad ratings', () => {
    expect([1, 2, 3, 4, 5].map(isBadRating)).toEqual([true, true, false, false, false]);
  });

  it('fills a notification in both languages', () => {
    const text = notificationFor('accepted', { item: '护照', number: 'TB1', dueOn: '2026-12-01' });
    expect(text.body.zh).toContain('2026-12-01');
    expect(text.body.en).toContain('TB1');
  });

  it('throws for a template without text, a bug', () => {
    expect(() => notificationFor('nope', {})).toThrow();
  });
});
