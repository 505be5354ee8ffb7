/** The plan's cost line in text and markdown, and `cost` in JSON. */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/index.js';
import { planCost, type CostModel } from '../../src/plan/cost.js';
import { plan } from '../../src/plan/index.js';
import { aboutDuration } from '../../src/render/cost-line.js';
import { render, renderMarkdown, renderText } from '../../src/render/index.js';
import { mixedPlan, ws } from '../support/plans.js';
import { desiredMember, desiredOf, liveOf } from '../support/states.js';

const oneEach: CostModel = { requestsFor: (batch) => batch.length, perMinute: 1500 };
const withCost = (p: Plan, providers: Record<string, CostModel>): Plan => ({ ...p, cost: planCost(p, new Map(Object.entries(providers))) });

/** 1,150 adds at one Asana workspace. */
const big = withCost(
  plan(
    desiredOf([[ws, Array.from({ length: 1150 }, (_, i) => desiredMember(`u${i}@acme.com`))]]),
    liveOf([[ws, []]]),
  ),
  { asana: oneEach },
);

describe('cost line', () => {
  it('text: follows the summary line with the requests and the time the budget takes', () => {
    const lines = renderText(big).trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual(['Plan: 1150 to add, 0 to change, 0 to remove.', 'Apply: 1,150 requests, about 46 s at 1500/min']);
  });

  it('names each provider when more than one has changes', () => {
    const both = withCost(mixedPlan, { asana: oneEach, dreadnode: { requestsFor: (b) => b.length, perMinute: 600 } });
    // mixedPlan: bob added to the Asana workspace and team; a Dreadnode add and a permission change.
    expect(renderText(both).trimEnd().split('\n').pop()).toBe(
      'Apply: asana 2 requests, under 1 s at 1500/min; dreadnode 2 requests, under 1 s at 600/min',
    );
  });

  it('is absent when nothing changes, and from a plan made without a cost', () => {
    const empty = withCost(plan(desiredOf([[ws, []]]), liveOf([[ws, []]])), { asana: oneEach });
    expect(empty.cost).toEqual([]);
    expect(renderText(empty)).not.toContain('Apply:');
    expect(renderMarkdown(empty)).not.toContain('Apply:');
    expect(renderText(mixedPlan)).not.toContain('Apply:');
  });

  it('markdown: its own paragraph under the summary', () => {
    const md = renderMarkdown(big);
    expect(md).toContain('**Plan: 1150 to add, 0 to change, 0 to remove.**\n\nApply: 1,150 requests, about 46 s at 1500/min\n\n');
  });

  it('says long runs in minutes and hours, rounding up', () => {
    expect(aboutDuration(0.12)).toBe('under 1 s');
    expect(aboutDuration(12.48)).toBe('about 13 s');
    expect(aboutDuration(99)).toBe('about 99 s');
    expect(aboutDuration(100)).toBe('about 2 min');
    expect(aboutDuration(1260)).toBe('about 21 min');
    expect(aboutDuration(6000)).toBe('about 1 h 40 min');
    expect(aboutDuration(7200)).toBe('about 2 h');
    // 150/min (Asana free plan): 1,150 requests take almost 8 minutes.
    const slow = withCost(big, { asana: { ...oneEach, perMinute: 150 } });
    expect(renderText(slow)).toContain('Apply: 1,150 requests, about 8 min at 150/min');
  });
});

describe('cost in JSON', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('is carried as data and matches the schema', () => {
    const data = JSON.parse(render(big, 'json'));
    expect(data.cost).toEqual([{ provider: 'asana', requests: 1150, perMinute: 1500, seconds: 46 }]);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema refuses a cost entry without its budget, or with negative requests', () => {
    const data = JSON.parse(render(big, 'json'));
    const { perMinute: _p, ...noBudget } = data.cost[0];
    expect(validate({ ...data, cost: [noBudget] })).toBe(false);
    expect(validate({ ...data, cost: [{ ...data.cost[0], requests: -1 }] })).toBe(false);
  });
});
