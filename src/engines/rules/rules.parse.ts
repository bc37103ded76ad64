import { z } from 'zod';
import { factOperators, type Condition, type RuleSet } from './rules.types.js';

const text = z.string().trim().min(1, { message: 'must not be empty' });
const localized = z.strictObject({ zh: text, en: text });

const factPath = z
  .string()
  .regex(/^[^.\s{}|]+(\.[^.\s{}|]+)*$/u, { message: 'must be a dotted fact path such as applicant.birthDate' });

const ordinal = z.union([z.number(), z.string()]);
// null is how an absent fact reads, so comparing with it could never pass: use `exists` instead.
const literal = z.json().refine((v) => v !== null, { message: 'must not be null; test absence with exists' });

const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be a valid regular expression' },
);

const factConditionSchema = z.discriminatedUnion('op', [
  z.strictObject({ fact: factPath, op: z.literal(['eq', 'ne', 'contains']), value: literal }),
  z.strictObject({ fact: factPath, op: z.literal(['gt', 'gte', 'lt', 'lte']), value: ordinal }),
  z.strictObject({ fact: factPath, op: z.literal(['in', 'notIn']), value: z.array(literal).min(1) }),
  z.strictObject({ fact: factPath, op: z.literal('exists') }),
  z.strictObject({ fact: factPath, op: z.literal('matches'), value: pattern }),
  z.strictObject({
    fact: factPath,
    op: z.literal('between'),
    value: z.tuple([ordinal, ordinal]).refine(([low, high]) => typeof low === typeof high && low <= high, {
      message: 'must be [low, high] of one type with low ≤ high',
    }),
  }),
  z.strictObject({ fact: factPath, op: z.literal(['ageAtLeast', 'ageBelow']), value: z.number().int().min(0).max(150) }),
]);

// Checked first so an unknown operator is named as such, not as a mismatch with every operator's shape.
const knownOperator = z.object({ op: z.enum(factOperators, { message: `must be one of ${factOperators.join(', ')}` }) });

const conditionShapes: ['all' | 'any' | 'not' | 'fact', () => z.ZodType<Condition>][] = [
  ['all', () => z.strictObject({ all: z.array(conditionSchema).min(1) })],
  ['any', () => z.strictObject({ any: z.array(conditionSchema).min(1) })],
  ['not', () => z.strictObject({ not: conditionSchema })],
  ['fact', () => factConditionSchema],
];

/**
 * A condition is told apart by its key (all / any / not / fact) before it is checked, so an error
 * deep in a nested condition is reported at its own path instead of as one vague union failure.
 */
export const conditionSchema: z.ZodType<Condition> = z.unknown().transform((raw, ctx) => {
  const shape = typeof raw === 'object' && raw !== null ? conditionShapes.find(([key]) => key in raw) : undefined;
  if (!shape) {
    ctx.addIssue({ code: 'custom', message: 'must be a condition: an object with all, any, not or fact' });
    return z.NEVER;
  }
  const operator = shape[0] === 'fact' ? knownOperator.safeParse(raw) : undefined;
  const parsed = operator?.success === false ? operator : shape[1]().safeParse(raw);
  if (parsed.success) return parsed.data as Condition;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: issue.path } as Parameters<typeof ctx.addIssue>[0]);
  return z.NEVER;
});

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][\w.:-]*$/, { message: 'must be letters, digits, _ . : or -' }),
  title: localized,
  // Every automated criterion must cite the provision it applies (算法备案), e.g. 《…条例》第十条.
  legalBasis: text.regex(/《[^》]+》/u, { message: 'must cite a law or regulation in 《》, e.g. 《…条例》第十条' }),
  explanation: z.strictObject({ pass: localized, fail: localized }),
  when: conditionSchema,
  severity: z.enum(['block', 'review']),
});

export const ruleSetSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9][\w.:-]*$/, { message: 'must be letters, digits, _ . : or -' }),
    version: text,
    rules: z.array(ruleSchema).min(1, { message: 'must hold at least one rule' }),
  })
  .superRefine((ruleSet, ctx) => {
    const seen = new Set<string>();
    ruleSet.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
    });
  });

/** Thrown by parseRuleSet; `issues` lists every problem with its path. */
export class RuleSetInvalidError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`Invalid rule set:\n${z.prettifyError(new z.ZodError(issues))}`);
    this.name = 'RuleSetInvalidError';
  }
}

/** Validates a rule set from a file or an editor; throws RuleSetInvalidError naming every problem. */
export function parseRuleSet(raw: unknown): RuleSet {
  const parsed = ruleSetSchema.safeParse(raw);
  if (!parsed.success) throw new RuleSetInvalidError(parsed.error.issues);
  return parsed.data;
}
