import { describe, expect, it } from 'vitest';
import { availableActions, eventTypes } from './workflow.actions.js';
import { parseWorkflowDefinition } from './workflow.definition.js';
import { workflowErrors } from './workflow.errors.js';
import { citizen, DEPT, foreignOfficer, instant, newCase, officer, officer2, oneStep, otherCitizen, supervisor, system, twoStep } from './workflow.test-support.js';
import { isClosed, transition } from './workflow.transition.js';
import type { Actor, ActorRole, CaseState, EventType, WorkflowDefinition, WorkflowEvent } from './workflow.types.js';

/** mulberry32: a small seeded generator, so every failing sequence can be replayed from its seed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof seeded>;

const definitions: WorkflowDefinition[] = [
  oneStep,
  twoStep,
  instant,
  parseWorkflowDefinition({ ...twoStep, supplementRounds: 0 }),
  parseWorkflowDefinition({
    approvalChain: [...twoStep.approvalChain, { name: { zh: '复核', en: 'Final check' }, role: 'officer' }],
    autoApproval: { enabled: true, ruleSetId: 'senior-card' },
    supplementRounds: 2,
  }),
];
const everyone: Actor[] = [citizen, otherCitizen, officer, officer2, foreignOfficer, supervisor, system, { role: 'enterprise', id: 'ent-1' }];
const likelyActors: Record<EventType, Actor[]> = {
  submit: [citizen],
  supplement: [citizen],
  withdraw: [citizen],
  accept: [officer, officer2],
  reject: [officer, officer2],
  request_supplement: [officer, officer2],
  claim: [officer, officer2, supervisor],
  release: [officer, officer2, supervisor],
  approve: [officer, supervisor],
  deny: [officer, supervisor],
  issue: [system],
};
const ROLES: ActorRole[] = ['citizen', 'enterprise', 'officer', 'supervisor', 'system'];
const RUNNING = ['pending_acceptance', 'in_approval', 'approved'];

function randomEvent(random: Random, clock: { minute: number }): WorkflowEvent {
  clock.minute += 1;
  const type = random.pick(eventTypes);
  const actor = random.chance(0.7) ? random.pick(likelyActors[type]) : random.pick(everyone);
  const at = random.chance(0.03) ? 'not a time' : new Date(Date.UTC(2026, 0, 1, 0, clock.minute)).toISOString();
  const text = () => (random.chance(0.1) ? ' ' : '理由');
  return eventOf(type, actor, at, {
    complete: random.chance(0.85),
    autoDecision: random.pick([undefined, { outcome: 'pass', ruleSetId: 'senior-card' }, { outcome: 'fail', ruleSetId: 'senior-card' }, { outcome: 'pass', ruleSetId: 'x' }] as const),
    reason: text(),
    items: random.chance(0.1) ? [] : [{ material: 'm', reason: text() }],
    changed: random.chance(0.3),
    certificateId: random.chance(0.1) ? '' : 'CERT',
  });
}

type Payload = { complete: boolean; autoDecision?: { outcome: 'pass' | 'fail'; ruleSetId: string }; reason: string; items: { material?: string; reason: string }[]; changed: boolean; certificateId: string };
const goodPayload: Payload = { complete: true, reason: '理由', items: [{ reason: '理由' }], changed: false, certificateId: 'CERT' };

function eventOf(type: EventType, actor: Actor, at: string, p: Payload): WorkflowEvent {
  switch (type) {
    case 'submit':
      return { type, actor, at, preReview: { complete: p.complete, findings: [] }, ...(p.autoDecision ? { autoDecision: p.autoDecision } : {}) };
    case 'reject':
    case 'deny':
      return { type, actor, at, reason: p.reason };
    case 'request_supplement':
      return { type, actor, at, items: p.items };
    case 'supplement':
      return { type, actor, at, changed: p.changed };
    case 'issue':
      return { type, actor, at, certificateId: p.certificateId };
    default:
      return { type, actor, at };
  }
}

/** The person of that role best placed to act: the applicant, the claimant, or a staff member of the department. */
function rightfulActor(state: CaseState, role: ActorRole): Actor {
  if (role === 'citizen' || role === 'enterprise') return { role, id: state.applicantId ?? 'applicant-1' };
  if (role === 'system') return system;
  return { role, id: state.assignee ?? `${role}-1`, departmentId: state.departmentId ?? DEPT };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Applies one event and returns the next state and the invariants it broke (checked as plain values: this runs ~10⁵ times). */
function checkInvariants(definition: WorkflowDefinition, before: CaseState, event: WorkflowEvent): { state: CaseState; broken: string[] } {
  const frozen = deepFreeze(structuredClone(before));
  const result = transition(definition, frozen, event);
  const broken: string[] = [];
  const require = (holds: boolean, invariant: string) => {
    if (!holds) broken.push(invariant);
  };
  require(JSON.stringify(transition(definition, frozen, event)) === JSON.stringify(result), 'deterministic');
  if (isClosed(before.status)) require(!result.ok && result.error.code === 'CASE_CLOSED', 'closed cases never change');
  if (!result.ok) {
    require(Object.hasOwn(workflowErrors, result.error.code) && result.error.message.zh !== '', 'known error code with a message');
    return { state: before, broken };
  }
  const { state, effects } = result;
  const has = (type: string) => effects.some((e) => e.type === type);
  const chainLength = definition.approvalChain.length;
  const done = state.status === 'approved' || state.status === 'issued';
  require((state.clock.pausedAt !== undefined) === (state.status === 'supplement_requested'), 'clock paused iff awaiting a supplement');
  require(state.clock.running === RUNNING.includes(state.status), 'clock runs while the department holds the case');
  require(done ? state.approvalStep <= chainLength : state.approvalStep < chainLength, 'approval step within the chain');
  require(state.supplementRounds >= 0 && state.supplementRounds <= definition.supplementRounds, 'supplement allowance respected');
  require(has('close_case') === isClosed(state.status), 'close_case iff closing');
  require(has('issue_certificate') === (state.status === 'approved' && before.status !== 'approved'), 'certificate asked iff newly approved');
  require(has('pause_clock') === (state.status === 'supplement_requested' && before.status !== 'supplement_requested'), 'pause_clock iff a supplement is requested');
  require(has('resume_clock') === (before.status === 'supplement_requested' && state.status === 'pending_acceptance'), 'resume_clock iff answered');
  require(has('start_clock') === (event.type === 'submit'), 'start_clock iff submitted');
  if (state.status === 'issued') require(before.status === 'approved' && event.type === 'issue', 'issued only by issue from approved');
  return { state, broken };
}

/** availableActions lists exactly the events the rightful person of that role could send successfully. */
function actionMismatches(definition: WorkflowDefinition, state: CaseState): string[] {
  return ROLES.flatMap((role) => {
    const offered = availableActions(definition, state, role);
    return eventTypes.flatMap((type) => {
      const result = transition(definition, state, eventOf(type, rightfulActor(state, role), '2026-06-01T00:00:00.000Z', goodPayload));
      return result.ok === offered.includes(type) ? [] : [`${role} ${type}: offered=${offered.includes(type)} ok=${result.ok}`];
    });
  });
}

describe('transition: random event sequences', () => {
  const seeds = Array.from({ length: 25 }, (_, i) => 1000 + i * 7919);
  const visited = new Set<string>();

  it.each(seeds)('keeps every invariant for seed %i', (seed) => {
    const random = seeded(seed);
    const problems: string[] = [];
    let definition = random.pick(definitions);
    let state = newCase();
    let closedFor = 0;
    const clock = { minute: 0 };
    for (let step = 0; step < 400; step += 1) {
      // A closed case gets a few more events to prove it never changes, then a new case starts.
      if (closedFor > 2) [definition, state, closedFor] = [random.pick(definitions), newCase(), 0];
      const event = randomEvent(random, clock);
      const where = `seed ${seed} step ${step}: ${state.status} --${event.type} by ${event.actor.role}-->`;
      const next = checkInvariants(definition, state, event);
      state = next.state;
      problems.push(...[...next.broken, ...actionMismatches(definition, state)].map((p) => `${where} ${p}`));
      visited.add(state.status);
      closedFor = isClosed(state.status) ? closedFor + 1 : 0;
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('reaches every status a submitted case can be in', () => {
    expect([...visited].sort()).toEqual(['approved', 'denied', 'draft', 'in_approval', 'issued', 'pending_acceptance', 'rejected', 'supplement_requested', 'withdrawn']);
  });
});
