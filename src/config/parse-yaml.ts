/**
 * Step 2: parse YAML safely. Only plain YAML is accepted: no custom tags, no
 * duplicate keys, bounded alias expansion, prototype-safe keys.
 */
import { Composer, LineCounter, Parser, YAMLParseError, isAlias, isCollection, isPair, isScalar, visit, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { MAX_NESTING } from './limits.js';
import { tooDeep } from './nesting.js';
import { documentTree } from './document-tree.js';
import { parsePlain } from './plain-yaml.js';
import { Positions } from './positions.js';
import type { Problems } from './problems.js';
import type { SourceText } from './read-files.js';

/** How many alias expansions a file may need; a "billion laughs" file needs billions. */
export const MAX_ALIAS_COUNT = 10_000;

/**
 * One broken line can make the parser report every token after it; past this
 * many syntax errors in a file, the rest are counted, not listed.
 */
const MAX_SYNTAX_ERRORS = 3;

/**
 * From this size, a file is first read by the light parser (plain-yaml.ts),
 * which needs a fraction of yaml's memory; smaller files go to yaml at once.
 */
export const LIGHT_FROM = 1024 * 1024;

export interface ParsedFile {
  file: string;
  positions: Positions;
  /**
   * The parsed document, when yaml composed one (not after the light parser);
   * error recovery prunes it in place (node ranges stay those of the source).
   */
  doc?: Document;
  /** The plain JavaScript value of the document, not yet validated. */
  value: unknown;
}

function showTag(tag: string): string {
  const core = 'tag:yaml.org,2002:';
  return tag.startsWith(core) ? `!!${tag.slice(core.length)}` : tag;
}

function describeDuplicate(doc: Document, offset: number, positions: Positions): string {
  let name: string | undefined;
  let first: number | undefined;
  visit(doc, {
    Map(_, map) {
      const items = map.items;
      const idx = items.findIndex((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      const dup = items[idx]?.key;
      if (!isScalar(dup)) return undefined;
      name = String(dup.value);
      const earlier = items.find((p, i) => i < idx && isScalar(p.key) && p.key.value === dup.value);
      first = isScalar(earlier?.key) ? earlier.key.range?.[0] : undefined;
      return visit.BREAK;
    },
  });
  if (name === undefined) return 'duplicate key';
  const firstAt = first === undefined ? '' : ` (first at line ${positions.offset(first).line})`;
  return `duplicate key "${name}"${firstAt}`;
}

/** The first document of the tokens, as yaml's parseDocument composes it (a second one is an error). */
function compose(tokens: readonly CST.Token[], length: number, options: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed {
  const composer = new Composer(options);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (doc === undefined) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}

/**
 * yaml's parseDocument, in its two steps, so that nesting is measured between
 * them: the document, or the offset where a too-deep structure starts. The parser's token tree is
 * local to this function, so that it can be collected as soon as the document
 * is composed: for a large file it is several times the size of the document.
 */
function composeShallow(text: string, lines: LineCounter): { doc: Document.Parsed } | { tooDeepAt: number } {
  const tokens: CST.Token[] = [...new Parser(lines.addNewLine).parse(text)];
  const deep = tooDeep(tokens, MAX_NESTING);
  if (deep !== undefined) return { tooDeepAt: deep.offset };
  const doc = compose(tokens, text.length, {
    prettyErrors: false,
    schema: 'core',
    resolveKnownTags: false, // !!binary, !!set, !!timestamp … are not plain data
    uniqueKeys: true,
    strict: true,
  });
  return { doc };
}

/**
 * Parses one file, recording every problem; returns undefined when the file
 * cannot be validated. `light`: whether a large file may be read by the light
 * parser first (a file it reads has no `doc`).
 */
export function parseYaml(source: SourceText, problems: Problems, light = true): ParsedFile | undefined {
  const { file, text } = source;
  if (text.trim() === '') {
    problems.add({ file, line: 1, col: 1 }, 'file is empty');
    return undefined;
  }
  if (light && text.length >= LIGHT_FROM) {
    const plain = parsePlain(text);
    if (plain !== undefined) return { file, positions: new Positions(file, plain.tree, plain.lines), value: plain.value };
  }
  const lines = new LineCounter();
  const composed = composeShallow(text, lines);
  if ('tooDeepAt' in composed) {
    const { line, col } = lines.linePos(composed.tooDeepAt);
    problems.add(
      { file, line, col },
      `YAML structure error: lists and mappings nest more than ${MAX_NESTING} deep in what starts here; a desired-state file needs fewer than 10 levels`,
    );
    return undefined;
  }
  const { doc } = composed;
  const positions = new Positions(file, documentTree(doc), lines);
  let blocking = false;

  let syntaxErrors = 0;
  for (const err of doc.errors) {
    const at = positions.offset(err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') {
      problems.add(at, describeDuplicate(doc, err.pos[0], positions));
    } else {
      blocking = true;
      syntaxErrors += 1;
      if (syntaxErrors <= MAX_SYNTAX_ERRORS) problems.add(at, `YAML syntax error: ${err.message}`);
    }
  }
  if (syntaxErrors > MAX_SYNTAX_ERRORS) {
    const last = positions.offset(doc.errors[doc.errors.length - 1]!.pos[0]);
    problems.add(
      last,
      `${syntaxErrors - MAX_SYNTAX_ERRORS} more YAML syntax errors up to here, not listed: they usually follow from the first one`,
    );
  }
  for (const warn of doc.warnings) {
    blocking = true;
    const at = positions.offset(warn.pos[0]);
    if (warn.code === 'TAG_RESOLVE_FAILED') {
      const written = text.slice(warn.pos[0], warn.pos[1]).trim();
      const tag = written.startsWith('!') ? written : showTag(warn.message.replace(/^Unresolved tag: /, ''));
      problems.add(at, `tag ${tag} is not allowed: only plain YAML (text, numbers, lists, mappings)`);
    } else {
      problems.add(at, `YAML: ${warn.message}`);
    }
  }

  const contents = doc.contents;
  if (
    !blocking &&
    (contents === null || (isScalar(contents) && contents.value === null && contents.range[0] === contents.range[1]))
  ) {
    problems.add({ file, line: 1, col: 1 }, 'file is empty');
    return undefined;
  }

  let firstAlias: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && pair.key !== null && !isScalar(pair.key)) {
        blocking = true;
        const start = isCollection(pair.key) || isAlias(pair.key) ? pair.key.range?.[0] : undefined;
        problems.add(positions.offset(start ?? 0), 'a key must be plain text, not a list, mapping or alias');
      }
      return undefined;
    },
    Alias(_, alias) {
      firstAlias ??= alias.range?.[0];
      if (alias.resolve(doc) === undefined) {
        blocking = true;
        problems.add(
          positions.offset(alias.range?.[0] ?? 0),
          `alias *${alias.source} has no anchor &${alias.source} before it`,
        );
      }
      return undefined;
    },
  });
  if (blocking) return undefined;

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = positions.offset(firstAlias ?? 0);
    if (/alias count/i.test(message)) {
      problems.add(
        at,
        `aliases expand to too much data (over ${MAX_ALIAS_COUNT} expansions); refusing a possible "billion laughs" document`,
      );
    } else {
      problems.add(at, `cannot read YAML: ${message}`);
    }
    return undefined;
  }
  return { file, positions, doc, value };
}
