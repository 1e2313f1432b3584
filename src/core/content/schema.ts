/**
 * A small validating-decoder kit for frontmatter. Each validator turns `unknown` into a typed
 * value or reports what it expected at a field path and returns INVALID. Lists drop the items
 * that fail, so one bad value costs that value, not its whole section.
 */

export type FieldPath = readonly (string | number)[];

export type JsonSchema = Readonly<Record<string, unknown>>;

export interface Reporter {
  report(path: FieldPath, message: string, severity?: 'error' | 'warning'): void;
}

export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

export interface Validator<T> {
  /** What a pack author should write, for messages: "a string", "a list of strings". */
  readonly expected: string;
  readonly optional?: boolean;
  /** The same rule as JSON schema, for editors and other tools (see frontmatterSchema.ts). */
  readonly schema: JsonSchema;
  check(value: unknown, path: FieldPath, reporter: Reporter): T | Invalid;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : `the string "${truncate(value)}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function mismatch<T>(v: Validator<T>, value: unknown, path: FieldPath, reporter: Reporter): Invalid {
  reporter.report(path, `expected ${v.expected}, got ${describeValue(value)}`);
  return INVALID;
}

export const text: Validator<string> = {
  expected: 'a non-empty string',
  // YAML reads `Python` and `2024` alike, so a number or true/false is taken as text too.
  schema: { type: ['string', 'number', 'boolean'], minLength: 1, pattern: '\\S' },
  check(value, path, reporter) {
    // YAML reads `Python` and `2024` alike; a number where prose is wanted is almost always meant as text.
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value !== 'string' || value.trim() === '') return mismatch(this, value, path, reporter);
    return value.trim();
  },
};

export const id: Validator<string> = {
  expected: 'an id of lowercase letters, digits and dashes (e.g. "dream-team")',
  schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
  check(value, path, reporter) {
    if (typeof value !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return mismatch(this, value, path, reporter);
    return value;
  },
};

export function integer(min: number, max = Number.MAX_SAFE_INTEGER): Validator<number> {
  return {
    expected: `a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}`,
    schema: { type: 'integer', minimum: min, ...(max === Number.MAX_SAFE_INTEGER ? {} : { maximum: max }) },
    check(value, path, reporter) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        return mismatch(this, value, path, reporter);
      }
      return value;
    },
  };
}

export function oneOf<const T extends string>(values: readonly T[]): Validator<T> {
  return {
    expected: `one of ${values.map((v) => `"${v}"`).join(', ')}`,
    schema: { enum: values },
    check(value, path, reporter) {
      if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) return mismatch(this, value, path, reporter);
      return value as T;
    },
  };
}

export function optional<T>(v: Validator<T>): Validator<T | undefined> {
  return { ...v, optional: true, check: (value, path, reporter) => (value === undefined || value === null ? undefined : v.check(value, path, reporter)) };
}

export function withDefault<T>(v: Validator<T>, fallback: T): Validator<T> {
  return { ...v, optional: true, schema: { ...v.schema, default: fallback }, check: (value, path, reporter) => (value === undefined || value === null ? fallback : v.check(value, path, reporter)) };
}

export function list<T>(item: Validator<T>, minItems = 0): Validator<T[]> {
  return {
    schema: { type: 'array', items: item.schema, ...(minItems > 0 ? { minItems } : {}) },
    expected: `a list of ${item.expected.replace(/^an? /, '')}${item.expected.startsWith('a mapping') ? '' : 's'}`.replace(/ss$/, 's'),
    check(value, path, reporter) {
      if (!Array.isArray(value)) return mismatch(this, value, path, reporter);
      const out: T[] = [];
      value.forEach((entry, i) => {
        const checked = item.check(entry, [...path, i], reporter);
        if (checked !== INVALID) out.push(checked);
      });
      if (value.length < minItems) {
        reporter.report(path, `expected at least ${minItems} item${minItems === 1 ? '' : 's'}, got ${value.length}`);
        return INVALID;
      }
      return out;
    },
  };
}

type Shape = Record<string, Validator<unknown>>;
type Decoded<S extends Shape> = { -readonly [K in keyof S]: S[K] extends Validator<infer T> ? T : never };

/**
 * A mapping with known fields. Missing required fields and wrong types are errors; unknown fields
 * are warnings (usually a typo), and are otherwise ignored. `allowExtra` lists fields another
 * layer owns (such as the `kind` discriminator).
 */
export function object<S extends Shape>(shape: S, allowExtra: readonly string[] = []): Validator<Decoded<S>> {
  return {
    expected: 'a mapping',
    schema: {
      type: 'object',
      properties: { ...Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, { ...v.schema, description: v.expected }])), ...Object.fromEntries(allowExtra.map((k) => [k, {}])) },
      required: Object.entries(shape).filter(([, v]) => !v.optional).map(([k]) => k),
      // Unknown fields are only warnings when loading; an editor shows them the same way.
      additionalProperties: false,
    },
    check(value, path, reporter) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return mismatch(this, value, path, reporter);
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const [key, v] of Object.entries(shape)) {
        if (!(key in record) || record[key] === undefined || record[key] === null) {
          if (!v.optional) {
            reporter.report([...path, key], `missing field "${key}": expected ${v.expected}`);
            ok = false;
            continue;
          }
        }
        const checked = v.check(record[key], [...path, key], reporter);
        if (checked === INVALID) ok = false;
        else if (checked !== undefined) out[key] = checked;
      }
      for (const key of Object.keys(record)) {
        if (!Object.hasOwn(shape, key) && !allowExtra.includes(key)) {
          reporter.report([...path, key], `unknown field "${key}" (ignored); known fields: ${Object.keys(shape).join(', ')}`, 'warning');
        }
      }
      return ok ? (out as Decoded<S>) : INVALID;
    },
  };
}

/** Renders a field path as `values[2].meaning`. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
}
