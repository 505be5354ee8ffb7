/**
 * Fault injection for tests of retries and partial failure: 429 storms (with
 * Retry-After), 500s (with an error phrase), dropped connections, latency.
 * A seeded PRNG makes the positions of faults reproducible: each request the
 * faults apply to draws the same number of values whatever happens to it, so
 * the n-th matching request always gets the same fate for a given seed.
 */
export interface FaultOptions {
  /** Share of requests answered 429 (0..1). */
  rate429?: number;
  /** Share of requests answered 500 (0..1). */
  rate500?: number;
  /** Share of requests whose socket is destroyed without an answer (0..1). */
  resetRate?: number;
  /**
   * Milliseconds added before each answer the faults apply to (see `only`), on
   * top of the sandbox's own `latencyMs`, which every answer gets.
   */
  latencyMs?: number;
  /** Retry-After on injected 429s, in seconds (default 1; 0 for fast tests). */
  retryAfterSeconds?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Only requests with this method and/or path prefix get faults and latency (e.g. POST, /api/1.0/teams/). */
  only?: { method?: string; pathPrefix?: string };
}

export type FaultKind = 'none' | '429' | '500' | 'reset';

export interface FaultDecision {
  kind: FaultKind;
  /** For a reset of a write: apply the change first, then drop the answer. */
  afterApply: boolean;
  latencyMs: number;
}

/** mulberry32: small, fast, good enough for test fault positions. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private readonly random: () => number;

  constructor(readonly options: FaultOptions = {}) {
    validateFaults(options);
    this.random = prng(options.seed ?? 1);
  }

  /** Random numbers for other fault details (error phrases), from the same seed. */
  next(): number {
    return this.random();
  }

  applies(method: string, path: string): boolean {
    const only = this.options.only;
    if (!only) return true;
    if (only.method !== undefined && only.method.toUpperCase() !== method.toUpperCase()) return false;
    if (only.pathPrefix !== undefined && !path.startsWith(only.pathPrefix)) return false;
    return true;
  }

  decide(method: string, path: string): FaultDecision {
    if (!this.applies(method, path)) return { kind: 'none', afterApply: false, latencyMs: 0 };
    const { rate429 = 0, rate500 = 0, resetRate = 0, latencyMs = 0 } = this.options;
    // Always two draws per request, so positions do not depend on outcomes.
    const u = this.random();
    const v = this.random();
    let kind: FaultKind = 'none';
    if (u < rate429) kind = '429';
    else if (u < rate429 + rate500) kind = '500';
    else if (u < rate429 + rate500 + resetRate) kind = 'reset';
    const isWrite = method.toUpperCase() !== 'GET' && method.toUpperCase() !== 'HEAD';
    return { kind, afterApply: kind === 'reset' && isWrite && v < 0.5, latencyMs };
  }
}

function validateFaults(o: FaultOptions): void {
  const rate = (name: string, v: number | undefined): void => {
    if (v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= 1)) {
      throw new Error(`faults: ${name} must be a number between 0 and 1, got ${String(v)}`);
    }
  };
  rate('429', o.rate429);
  rate('500', o.rate500);
  rate('reset', o.resetRate);
  const total = (o.rate429 ?? 0) + (o.rate500 ?? 0) + (o.resetRate ?? 0);
  if (total > 1) throw new Error(`faults: the rates add up to ${total}, more than 1`);
  const nonNegative = (name: string, v: number | undefined): void => {
    if (v !== undefined && !(Number.isFinite(v) && v >= 0)) {
      throw new Error(`faults: ${name} must be a number of at least 0, got ${String(v)}`);
    }
  };
  nonNegative('latency', o.latencyMs);
  nonNegative('retry-after', o.retryAfterSeconds);
  if (o.seed !== undefined && !Number.isInteger(o.seed)) throw new Error(`faults: seed must be an integer, got ${o.seed}`);
}

/** The keys of a fault spec, one line each, for `gatehouse sandbox --help`. */
export const FAULT_KEYS: readonly (readonly [string, string])[] = [
  ['429:SHARE', 'share of requests answered 429 with Retry-After (0..1)'],
  ['500:SHARE', 'share of requests answered 500 (0..1)'],
  ['reset:SHARE', 'share of requests whose connection is dropped without an answer (0..1);'],
  ['', 'half of the dropped writes are applied before the drop'],
  ['latency:MS', 'extra milliseconds before the answers the faults apply to'],
  ['retry-after:S', 'Retry-After seconds on injected 429s and in-flight refusals (default 1)'],
  ['seed:N', 'seed for where faults fall (default 1; same seed, same positions)'],
  ['only:METHOD /PREFIX', 'faults only for that method and/or path prefix (only:POST /api/1.0/teams/)'],
];

const SPEC_HELP =
  'expected comma-separated key:value pairs, e.g. "429:0.1,500:0.05,reset:0.05,latency:50,retry-after:0,seed:7,only:POST /api/1.0/teams/"';

/**
 * Parses a fault spec from the command line:
 * `429:0.1,500:0.05,reset:0.05,latency:50,retry-after:0,seed:7,only:POST /api/1.0/teams/`.
 * `only:` takes a method, a path prefix, or both separated by a space.
 */
export function parseFaults(spec: string): FaultOptions {
  const options: FaultOptions = {};
  const trimmed = spec.trim();
  if (trimmed === '') return options;
  const seen = new Set<string>();
  for (const part of trimmed.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) throw new Error(`faults: "${part.trim()}" has no value; ${SPEC_HELP}`);
    const key = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim();
    if (seen.has(key)) throw new Error(`faults: "${key}" is given twice`);
    seen.add(key);
    if (key === 'only') {
      options.only = parseOnly(value);
      continue;
    }
    const n = Number(value);
    if (value === '' || !Number.isFinite(n)) throw new Error(`faults: ${key}: "${value}" is not a number; ${SPEC_HELP}`);
    switch (key) {
      case '429':
        options.rate429 = n;
        break;
      case '500':
        options.rate500 = n;
        break;
      case 'reset':
        options.resetRate = n;
        break;
      case 'latency':
        options.latencyMs = n;
        break;
      case 'retry-after':
      case 'retryafter':
        options.retryAfterSeconds = n;
        break;
      case 'seed':
        options.seed = n;
        break;
      default:
        throw new Error(`faults: unknown key "${key}"; ${SPEC_HELP}`);
    }
  }
  validateFaults(options);
  return options;
}

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);

function parseOnly(value: string): NonNullable<FaultOptions['only']> {
  const words = value.split(/\s+/).filter((w) => w.length > 0);
  const only: NonNullable<FaultOptions['only']> = {};
  for (const w of words) {
    if (w.startsWith('/')) {
      if (only.pathPrefix !== undefined) throw new Error(`faults: only: two paths in "${value}"`);
      only.pathPrefix = w;
    } else if (HTTP_METHODS.has(w.toUpperCase())) {
      if (only.method !== undefined) throw new Error(`faults: only: two methods in "${value}"`);
      only.method = w.toUpperCase();
    } else {
      throw new Error(`faults: only: "${w}" is neither an HTTP method nor a path starting with /`);
    }
  }
  if (words.length === 0) throw new Error('faults: only: needs a method, a path prefix, or both');
  return only;
}
