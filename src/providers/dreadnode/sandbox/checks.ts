/**
 * Input checks that collect every problem of a request before answering, the
 * way a FastAPI service validates path, query and body together: one 422 whose
 * `errors[]` has a `{loc, msg, type}` per problem (messages in pydantic's
 * style; their exact wording is a guess).
 */
import { invalid, type FieldError } from './errors.js';
import { UUID } from './ids.js';
import { PERMISSIONS, isPermission, type Permission } from './world.js';

type Loc = FieldError['loc'];

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export class Checks {
  readonly errors: FieldError[] = [];

  add(loc: Loc, msg: string, type: string): undefined {
    this.errors.push({ loc, msg, type });
    return undefined;
  }

  /** Throws the 422 when anything was wrong. */
  done(): void {
    if (this.errors.length > 0) throw invalid(this.errors);
  }

  /** A uuid from the path, lower-cased. */
  uuid(value: string | undefined, loc: Loc): string | undefined {
    if (value === undefined || !UUID.test(value)) {
      return this.add(loc, `Input should be a valid UUID, got ${JSON.stringify(value ?? '')}`, 'uuid_parsing');
    }
    return value.toLowerCase();
  }

  /** An optional integer query parameter within bounds. */
  int(query: URLSearchParams, name: string, dflt: number, min: number, max?: number): number {
    const raw = query.get(name);
    if (raw === null) return dflt;
    const loc = ['query', name];
    if (!/^[+-]?[0-9]+$/.test(raw.trim())) {
      this.add(loc, 'Input should be a valid integer, unable to parse string as an integer', 'int_parsing');
      return dflt;
    }
    const n = Number(raw.trim());
    if (n < min) this.add(loc, `Input should be greater than or equal to ${min}`, 'greater_than_equal');
    else if (max !== undefined && n > max) this.add(loc, `Input should be less than or equal to ${max}`, 'less_than_equal');
    return n;
  }

  /**
   * The body as a JSON object. Guess: keys the endpoint does not know are
   * refused (`extra_forbidden`) rather than ignored, so a misspelt key fails
   * loudly here instead of being dropped silently.
   */
  object(body: unknown, known: readonly string[]): Record<string, unknown> | undefined {
    if (body === undefined) return this.add(['body'], 'Field required', 'missing');
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return this.add(['body'], 'Input should be a valid dictionary or object to extract fields from', 'model_attributes_type');
    }
    const obj = body as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) this.add(['body', key], 'Extra inputs are not permitted', 'extra_forbidden');
    }
    return obj;
  }

  /** A required email field, lower-cased. */
  email(obj: Record<string, unknown> | undefined, key: string): string | undefined {
    if (!obj) return undefined;
    const loc = ['body', key];
    const v = obj[key];
    if (v === undefined) return this.add(loc, 'Field required', 'missing');
    if (typeof v !== 'string') return this.add(loc, 'Input should be a valid string', 'string_type');
    if (!EMAIL.test(v)) {
      return this.add(loc, `value is not a valid email address: ${JSON.stringify(v)} needs one @ and a domain`, 'value_error');
    }
    // Guess: emails are validated like pydantic's EmailStr, which refuses a
    // local part with a leading, trailing or doubled dot (RFC 5322 dot-atoms).
    const local = v.slice(0, v.lastIndexOf('@'));
    if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
      return this.add(loc, `value is not a valid email address: the part before the @ in ${JSON.stringify(v)} has a misplaced or doubled dot`, 'value_error');
    }
    return v.toLowerCase();
  }

  /** A required permission field: exactly one of the three names (case matters). */
  permission(obj: Record<string, unknown> | undefined, key: string): Permission | undefined {
    if (!obj) return undefined;
    const loc = ['body', key];
    const v = obj[key];
    if (v === undefined) return this.add(loc, 'Field required', 'missing');
    if (!isPermission(v)) {
      const names = PERMISSIONS.map((p) => `'${p}'`);
      return this.add(loc, `Input should be ${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`, 'enum');
    }
    return v;
  }
}

/** A value `Checks` accepted: after `done()` returned, every checked value is defined. */
export function checked<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('sandbox: an input was used without being checked');
  return v;
}
