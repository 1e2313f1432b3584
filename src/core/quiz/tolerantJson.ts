/**
 * JSON that may be cut short or have junk after it (a write interrupted by a crash, a full disk,
 * two writers at once). `JSON.parse` gives all or nothing; this gives every value that was read
 * whole: an object or array cut mid-way keeps the members before the cut and drops the one the
 * cut went through. Iterative, so no nesting depth can overflow the stack; linear in the text.
 */
export interface TolerantParse {
  /** What could be read; undefined when not even the first value started. */
  readonly value: unknown;
  /** True when the text was one whole JSON value (with nothing but white space after it). */
  readonly complete: boolean;
  /** Why it is not complete, with the character offset. */
  readonly error?: string;
}

export function parseTolerantJson(text: string): TolerantParse {
  try {
    return { value: JSON.parse(text) as unknown, complete: true };
  } catch {
    return new Parser(text).run();
  }
}

class Cut extends Error {}

type Frame = { kind: 'object'; value: Record<string, unknown>; key?: string; n: number } | { kind: 'array'; value: unknown[]; n: number };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  run(): TolerantParse {
    const stack: Frame[] = [];
    let root: unknown;
    let rootSet = false;
    const fail = (message: string): TolerantParse => ({ value: rootSet ? root : undefined, complete: false, error: `${message} at character ${this.i + 1}` });
    /** Puts a value where it belongs: the root, the next item of an array or the member of the key just read. */
    const place = (v: unknown): void => {
      const top = stack[stack.length - 1];
      if (top) top.n++;
      if (!top) {
        root = v;
        rootSet = true;
      } else if (top.kind === 'array') top.value.push(v);
      else {
        // A key of "__proto__" stays a plain own property, as with JSON.parse.
        Object.defineProperty(top.value, top.key!, { value: v, enumerable: true, writable: true, configurable: true });
        delete top.key;
      }
    };
    try {
      for (;;) {
        this.ws();
        const top = stack[stack.length - 1];
        if (top) {
          // After a member: a separator or the end of the container.
          const c = this.peek();
          const empty = top.n === 0;
          if (c === (top.kind === 'array' ? ']' : '}')) {
            this.i++;
            stack.pop();
            if (stack.length === 0) break;
            continue;
          }
          if (!empty) {
            if (c !== ',') return fail(`expected "," or "${top.kind === 'array' ? ']' : '}'}"`);
            this.i++;
            this.ws();
          }
          if (top.kind === 'object') {
            if (this.peek() !== '"') return fail('expected a key');
            const key = this.string();
            this.ws();
            if (this.peek() !== ':') return fail('expected ":"');
            this.i++;
            this.ws();
            top.key = key;
          }
        }
        // A value.
        const c = this.peek();
        if (c === '{' || c === '[') {
          this.i++;
          const frame: Frame = c === '{' ? { kind: 'object', value: {}, n: 0 } : { kind: 'array', value: [], n: 0 };
          place(frame.value);
          stack.push(frame);
          continue;
        }
        place(this.scalar());
        if (stack.length === 0) break;
      }
    } catch (err) {
      if (!(err instanceof Cut)) throw err;
      // The member being read when the text ran out is dropped, with its key.
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') delete top.key;
      return fail(err.message);
    }
    this.ws();
    if (this.i < this.s.length) return fail('unexpected text after the end');
    return { value: root, complete: true };
  }

  private peek(): string {
    if (this.i >= this.s.length) throw new Cut('unexpected end');
    return this.s[this.i]!;
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  private string(): string {
    const start = this.i;
    this.i++;
    for (;;) {
      const c = this.peek();
      if (c === '"') break;
      if (c === '\\') this.i++;
      else if (c < ' ') throw new Cut('control character in a string');
      this.i++;
    }
    this.i++;
    try {
      return JSON.parse(this.s.slice(start, this.i)) as string;
    } catch {
      throw new Cut('bad escape in a string');
    }
  }

  private scalar(): unknown {
    const c = this.peek();
    if (c === '"') return this.string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.s.slice(this.i, this.i + 400));
    if (!m) throw new Cut('expected a value');
    const end = this.i + m[0].length;
    // Whole only when a delimiter follows: "-5." or "12" at the cut may be missing digits.
    if (end >= this.s.length) throw new Cut('unexpected end');
    if (!' \t\n\r,]}'.includes(this.s[end]!)) throw new Cut('expected a value');
    this.i = end;
    return JSON.parse(m[0]) as unknown;
  }
}
