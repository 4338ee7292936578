/**
 * Zod's own answer, faster for the common case: a value the schema accepts as it is.
 *
 * Zod builds a new copy of every object and array it parses, with a result object per field; for a
 * snapshot of 500 posts and 2,000 comments that is ~7 ms of the reader's time in the page the user
 * is working in. Most values that reach a parse are already valid (the reader's own output), so
 * `parseFast` first checks the value in place with a checker made from the schema's definition,
 * and returns the value itself when the schema would return an equal copy of it. Anything else
 * (an invalid value, extra keys zod would strip, a schema kind the checker does not know) goes to
 * the schema's own parse, so errors, stripping and defaults are exactly zod's.
 *
 * The checker uses zod's checks themselves (`.check(z.maxLength(…))`, `z.int()`, `z.iso.datetime()`)
 * and knows the plain kinds (object, array, string, number, boolean, enum, literal, nullable,
 * optional, lazy); other kinds (unions, records, …) are parsed by zod and accepted only when zod's
 * copy equals the value.
 */
import type { z } from './zod-mini';

type Schema = z.ZodMiniType;
type Check = (value: unknown) => boolean;

/** The zod internals the checker reads (the same in zod and zod/mini: both are built on zod/v4/core). */
interface Internals {
  def: { type: string; coerce?: boolean; checks?: unknown[]; shape?: Record<string, Schema>; catchall?: unknown; element?: Schema; innerType?: Schema; when?: (payload: Payload) => boolean };
  traits: Set<string>;
  values?: Set<unknown>;
  optin?: string;
  innerType?: Schema;
  check?: (payload: Payload) => void;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
const internals = (schema: unknown): Internals => (schema as { _zod: Internals })._zod;

const checkers = new WeakMap<Schema, Check>();

export function parseFast<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  return checkerOf(schema)(value) ? (value as T) : schema.parse(value);
}

/** Whether `schema.parse(value)` would succeed and return a value equal to `value` (exported for its tests). */
export function checkerOf(schema: Schema): Check {
  let check = checkers.get(schema);
  if (!check) {
    // a stand-in while it is built: a schema can hold itself (a getter in its shape)
    let built: Check | undefined;
    checkers.set(schema, (value) => built!(value));
    built = build(schema);
    checkers.set(schema, (check = built));
  }
  return check;
}

/** Zod's checks of a schema (its own, when it is a check itself, such as `z.int()`), as one test. */
function checksOf(zod: Internals): Check | null {
  const list = [...(zod.traits.has('$ZodCheck') ? [zod] : []), ...(zod.def.checks ?? []).map((c) => internals(c))];
  if (!list.length) return null;
  if (list.some((c) => !c.check)) return () => false;
  const payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    payload.issues.length = 0;
    // as zod runs them: a check with a condition (`when`: length checks need a length) only when it holds
    for (const c of list) if (!c.def.when || c.def.when(payload)) c.check!(payload);
    // a check that rewrote the value (trim, toLowerCase) would make zod's result differ
    return payload.issues.length === 0 && payload.value === value;
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function build(schema: Schema): Check {
  const zod = internals(schema);
  const own = checksOf(zod);
  const base = plainCheck(zod);
  if (!base) return delegated(schema);
  return own ? (value) => base(value) && own(value) : base;
}

/** The test of the schema's kind, or null for a kind left to zod. */
function plainCheck(zod: Internals): Check | null {
  const { def } = zod;
  switch (def.type) {
    case 'string':
      return def.coerce ? null : (value) => typeof value === 'string';
    case 'number':
      return def.coerce ? null : (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return def.coerce ? null : (value) => typeof value === 'boolean';
    case 'enum':
    case 'literal': {
      const values = zod.values;
      return values ? (value) => values.has(value) : null;
    }
    case 'nullable': {
      const inner = checkerOf(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case 'optional': {
      // a default inside substitutes a value for undefined: zod's result would differ
      if (internals(def.innerType).optin === 'defaulted') return null;
      const inner = checkerOf(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'lazy': {
      // resolved on first use: the inner schema can be the one being built
      let inner: Check | undefined;
      return (value) => (inner ??= checkerOf(zod.innerType!))(value);
    }
    case 'array': {
      const element = checkerOf(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'object': {
      // a catchall keeps or rejects unknown keys in its own way: zod decides
      if (def.catchall !== undefined) return null;
      const shape = def.shape!;
      const keys = Object.keys(shape);
      const fields = keys.map((key) => ({
        key,
        check: checkerOf(shape[key]),
        // zod leaves out an absent key of an optional field; any other absent key is an error
        mayBeAbsent: internals(shape[key]).def.type === 'optional' && internals(shape[key]).optin === 'optional',
      }));
      return (value) => {
        if (!isObject(value)) return false;
        // the value's own keys must be the schema's, in its order: zod's copy lists them so (and strips others)
        const own = Object.keys(value);
        let at = 0;
        for (const { key, check, mayBeAbsent } of fields) {
          if (own[at] === key) {
            at++;
            if (!check(value[key])) return false;
          } else if (!mayBeAbsent || key in value) return false;
        }
        return at === own.length;
      };
    }
    default:
      return null;
  }
}

/** A kind the checker does not know: zod parses it, and the value passes when zod's copy equals it. */
function delegated(schema: Schema): Check {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success && sameData(result.data, value);
  };
}

/** Equal data, keys in the same order (JSON.stringify of both would be the same text). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  return keys.length === other.length && keys.every((k, i) => other[i] === k && sameData(a[k], b[k]));
}
