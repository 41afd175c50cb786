/**
 * src/jet/host.ts screens only the arguments an API body declares (`body.length`), so every body must declare
 * all the parameters it reads as plain parameters: a default or rest parameter would end `length` early and leave
 * the arguments after it unscreened (callerValues.ts: a getter or Proxy there could run caller code mid-call).
 * Checked on the source, with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { createEmulator } from '../../src';

const JET = join(__dirname, '..', '..', 'src', 'jet');

interface Body {
  where: string;
  plain: boolean;
}

function apiBodies(): Body[] {
  const found: Body[] = [];
  for (const file of readdirSync(JET).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(JET, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'apiFunction') {
        const body = node.arguments[2];
        const where = `${file} ${node.arguments[1]?.getText(source) ?? '?'}`;
        const inline = body !== undefined && (ts.isArrowFunction(body) || ts.isFunctionExpression(body));
        found.push({ where, plain: inline && body.parameters.every((p) => p.initializer === undefined && p.dotDotDotToken === undefined) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('API bodies declare every parameter plainly', () => {
  const bodies = apiBodies();

  it('finds one body per exported Jet function', () => {
    const api = createEmulator().api as unknown as Record<string, unknown>;
    const exported = Object.keys(api).filter((k) => k.startsWith('Jet') && typeof api[k] === 'function');
    expect(bodies.length).toBe(exported.length);
  });

  it('has no default or rest parameter, and no body passed by reference', () => {
    expect(bodies.filter((b) => !b.plain).map((b) => b.where)).toEqual([]);
  });
});
