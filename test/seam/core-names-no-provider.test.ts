/**
 * The core folders name no provider in code: no identifier, string or
 * template text of theirs holds a registered provider's name or one of its
 * rules' words (comments may). The tokens come from TypeScript's own parser,
 * so a name in a comment is not counted and one in code is not missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { providerModules } from '../../src/providers/registry.js';

const CORE = ['plan', 'model', 'apply', 'pipeline', 'render', 'export', 'sandbox', 'config'];
const src = new URL('../../src/', import.meta.url).pathname;
/** Each provider's name and title, and the words of the rules that moved into provider hooks. */
const WORDS = [...providerModules.flatMap((m) => [m.name, m.title]), 'guest', 'keepRole', 'memberDomains', 'allowGuests'].map((w) => w.toLowerCase());

/**
 * The hand-written code of a folder. A `*.generated.ts` file (the precompiled
 * schema checks) is made by the build from the providers' own schemas, so it
 * holds their names as data; test/generated.test.ts keeps it in step.
 */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.generated.ts') ? [join(dir, e.name)] : [],
  );
}

const TEXT_KINDS = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
]);

/** Every code token (identifier, string, template text, regex) that holds one of WORDS, as `file:line: token`. */
function namings(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (TEXT_KINDS.has(node.kind)) {
      const text = node.getText(source);
      if (WORDS.some((w) => text.toLowerCase().includes(w))) {
        found.push(`${path.slice(src.length)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${text}`);
      }
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

describe('the core names no provider', () => {
  it.each(CORE)('src/%s has no code token naming a provider', (folder) => {
    expect(files(join(src, folder)).flatMap(namings)).toEqual([]);
  });

  it('the check finds a name in code and passes over one in a comment', () => {
    const probe = join(src, 'providers/module.ts');
    expect(namings(probe)).toEqual([]);
    expect(namings(join(src, 'providers/registry.ts')).some((l) => l.includes('asana'))).toBe(true);
  });
});
