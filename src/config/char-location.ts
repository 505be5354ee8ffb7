/**
 * Where a character of a scalar's value is written: the value's index mapped
 * back through the scalar's quoting (plain, 'single' with '' for ', or
 * "double" with backslash escapes). A scalar written over several lines, or
 * through an alias, is not mapped: the scalar's own place is returned.
 */
import type { SourceLocation } from '../model/index.js';

const SIMPLE_ESCAPES = '0abtnvfre "/\\N_LP\t';

function lineStart(text: string, line: number): number | undefined {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return undefined;
    offset = next + 1;
  }
  return offset;
}

/** The source offset, from the scalar's start, of each value index (UTF-16 units); undefined when the source does not decode to `value`. */
function sourceOffsets(source: string, value: string): number[] | undefined {
  const offsets: number[] = [];
  let decoded = '';
  const quote = source[0];
  let i = quote === '"' || quote === "'" ? 1 : 0;
  const push = (text: string, at: number) => {
    for (let k = 0; k < text.length; k++) offsets.push(at);
    decoded += text;
  };
  while (decoded.length < value.length && i < source.length) {
    const c = source[i]!;
    if (c === '\n' || c === '\r') return undefined;
    if (quote === "'" && c === "'") {
      if (source[i + 1] !== "'") break;
      push("'", i);
      i += 2;
    } else if (quote === '"' && c === '\\') {
      const e = source[i + 1];
      const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hex > 0) {
        const code = Number.parseInt(source.slice(i + 2, i + 2 + hex), 16);
        if (!Number.isFinite(code)) return undefined;
        push(String.fromCodePoint(code), i);
        i += 2 + hex;
      } else if (e !== undefined && SIMPLE_ESCAPES.includes(e)) {
        // The escape's own value does not matter here, only that it is one character.
        push(value[decoded.length] ?? '', i);
        i += 2;
      } else {
        return undefined;
      }
    } else if (quote === '"' && c === '"') {
      break;
    } else {
      const cp = source.codePointAt(i)!;
      const char = String.fromCodePoint(cp);
      push(char, i);
      i += char.length;
    }
  }
  return decoded === value ? offsets : undefined;
}

/**
 * The location of `value[index]`, for the scalar whose value is `value`
 * written at `at` in `text`.
 */
export function charLocation(text: string | undefined, at: SourceLocation, value: string, index: number): SourceLocation {
  if (text === undefined) return at;
  const start = lineStart(text, at.line);
  if (start === undefined) return at;
  const scalarStart = start + at.col - 1;
  const lineEnd = text.indexOf('\n', scalarStart);
  const offsets = sourceOffsets(text.slice(scalarStart, lineEnd === -1 ? undefined : lineEnd), value);
  const offset = offsets?.[index];
  return offset === undefined ? at : { ...at, col: at.col + offset };
}
