/**
 * Running a script typed in the page: plain JavaScript with the Jet functions, the constants, `out` and the page's
 * helpers in scope. Names a script assigns without declaring (`JetCreateInstance(inst = out(), 'x')`) are kept for
 * the next scripts; `const` / `let` stay inside one run. A name found nowhere is a ReferenceError, as in a module. A
 * script that does not parse as JavaScript is tried again with a few TypeScript forms dropped: `import` lines,
 * `out<T>()`, `const x: T = ...` and `as T` after a closing bracket or a name (so valid JavaScript is never changed).
 */
export interface ScriptResult {
  ok: boolean;
  /** The error a script threw (or its syntax error), as text. */
  error: string;
}

export function stripTypes(source: string): string {
  return source
    .replace(/^\s*import\s[^;\n]*;?\s*$/gm, '')
    .replace(/\bout<[^()<>]*(?:<[^()<>]*>)?>\(/g, 'out(')
    .replace(/\b(const|let|var)\s+([A-Za-z_$][\w$]*)\s*:\s*[A-Za-z_$][\w$<>[\]|, ]*\s*=/g, '$1 $2 =')
    .replace(/([\w$)\]])\s+as\s+(?:const\b|[A-Z][\w$<>[\]]*)/g, '$1');
}

/** How long a script may run before the next name it looks up stops it. */
export const SCRIPT_TIME_LIMIT_MS = 5_000;

/**
 * A scope in which every name a script looks up is found: the page's names first, then the browser's globals.
 * Every lookup of a name from outside the script (a Jet function, a constant, a kept variable) also checks the
 * clock now and then: past the time limit it throws, which stops a loop that never ends as long as it uses any such
 * name. A loop that uses none (`while (true) {}`) still holds the page: only a worker could stop it.
 */
function scopeProxy(names: Record<string, unknown>, vars: Record<string, unknown>, limitMs: number): object {
  const deadline = Date.now() + limitMs;
  const limit = limitMs >= 1000 ? `${limitMs / 1000} s` : `${limitMs} ms`;
  let lookups = 0;
  return new Proxy(vars, {
    has: (_t, key) => {
      if ((++lookups & 0x3ff) === 0 && Date.now() > deadline) {
        throw new Error(`the script ran for more than ${limit} and was stopped (does a loop never end?)`);
      }
      return typeof key === 'string';
    },
    get: (t, key) => {
      if (key === Symbol.unscopables) return undefined;
      if (typeof key !== 'string') return undefined;
      if (Object.prototype.hasOwnProperty.call(t, key)) return t[key];
      if (Object.prototype.hasOwnProperty.call(names, key)) return names[key];
      if (key in globalThis) return (globalThis as unknown as Record<string, unknown>)[key];
      throw new ReferenceError(`${key} is not defined`);
    },
    set: (t, key, value) => {
      if (typeof key !== 'string') return false;
      t[key] = value;
      return true;
    },
  });
}

export class ScriptRunner {
  /** The names scripts assigned, kept between runs. */
  vars: Record<string, unknown> = {};

  constructor(private readonly names: Record<string, unknown>, private readonly timeLimitMs = SCRIPT_TIME_LIMIT_MS) {}

  run(source: string): ScriptResult {
    // A sloppy-mode function, so that `with` gives the script the page's names.
    const compile = (text: string) => new Function('__scope', `with (__scope) {\n${text}\n}`) as (scope: object) => unknown;
    let fn: (scope: object) => unknown;
    try {
      fn = compile(source);
    } catch (e) {
      try {
        fn = compile(stripTypes(source));
      } catch {
        return { ok: false, error: `syntax: ${describe(e)}` };
      }
    }
    try {
      fn(scopeProxy(this.names, this.vars, this.timeLimitMs));
      return { ok: true, error: '' };
    } catch (e) {
      return { ok: false, error: describe(e) };
    }
  }

  clear(): void {
    this.vars = {};
  }
}

export function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
