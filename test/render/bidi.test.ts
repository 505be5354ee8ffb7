/** Bidirectional controls and line/paragraph separators never reach any output raw. */
import { describe, expect, it } from 'vitest';
import { annotationLines, inertLine, printedPlan, workflowCommand } from '../../src/cli/annotations.js';
import { errorLines } from '../../src/cli/report-error.js';
import { ConfigError } from '../../src/model/index.js';
import { plan as planWith } from '../../src/plan/index.js';
import { planHooksOf } from '../../src/providers/registry.js';
import { printable } from '../../src/render/group.js';
import { render } from '../../src/render/index.js';
import { desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

const INVISIBLE = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u2028', '\u2029'];
const RAW = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

describe('printable', () => {
  it('shows each bidi control and U+2028/U+2029 as \\uXXXX, as it does control characters', () => {
    for (const c of INVISIBLE) expect(printable(`a${c}b`)).toBe(`a${escaped(c)}b`);
    expect(printable('a\u001bb')).toBe('a\\u001bb');
    // Ordinary text, including right-to-left letters, is left alone.
    expect(printable('Ünïcode שלום')).toBe('Ünïcode שלום');
  });
});

describe('every plan format', () => {
  const hostile = { ...place('asana/workspace:X', 'workspace', 0), name: 'Evil\u202eredli\u2028x' };
  const p = planWith(
    desiredOf([[hostile, [desiredMember('a\u202e@x.io')]]]),
    liveOf([[hostile, [liveMember('z\u2029@x.io')]]]),
    planHooksOf(),
  );

  for (const format of ['text', 'markdown', 'json'] as const) {
    it(`${format}: no raw bidi control or separator, and the name is shown escaped`, () => {
      for (const out of [render(p, format, { verbose: true }), printedPlan(p, format, { verbose: true })]) {
        expect(out).not.toMatch(RAW);
        expect(out).toContain(format === 'json' ? 'Evil\\u202eredli\\u2028x' : 'Evil\\u202eredli\\u2028x');
        expect(out).toContain('a\\u202e@x.io');
      }
    });
  }

  it('json still parses back to the same plan', () => {
    expect(JSON.parse(render(p, 'json'))).toEqual(JSON.parse(JSON.stringify(p)));
  });
});

describe('errors and annotations', () => {
  const error = new ConfigError([{ file: 'acc\u202eess.yaml', line: 3, col: 5, message: 'unknown user "bob\u2028@x.io"' }]);

  it('the plain error lines escape the file name and the message', () => {
    const lines = errorLines(error, {});
    expect(lines.join('\n')).not.toMatch(RAW);
    expect(lines[0]).toBe('acc\\u202eess.yaml:3:5: unknown user "bob\\u2028@x.io"');
  });

  it('::error annotations escape them in the file property and the message', () => {
    const [line] = annotationLines(error, { GITHUB_ACTIONS: 'true' });
    expect(line).toBe('::error file=acc\\u202eess.yaml,line=3,col=5,title=Gatehouse::unknown user "bob\\u2028@x.io"');
    expect(workflowCommand('warning', {}, 'a\u2066b\r\nc')).toBe('::warning::a\\u2066b%0D%0Ac');
    expect(inertLine('x\u200fy')).toBe('x\\u200fy');
  });
});
