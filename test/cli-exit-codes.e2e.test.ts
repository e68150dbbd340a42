/**
 * The exit codes are documented, and the documentation stays true (issue 15, item 6): the README's
 * table ("Exit codes") and `est --help` list the same codes, and exactly the codes that src/cli can
 * end with. The codes are read from the sources' syntax tree: `new CliError(message, N)` (2 when N
 * is left out), `process.exitCode = N` and `process.exit(N)` in src/cli, following N through a
 * constant (imported or not), a parameter's default and the calls that pass it, a conditional, a
 * table of codes (src/log/absence.ts ABSENCE_EXIT), and an error's `exitCode` (every code an error
 * of src is given, as src/server/setup.ts gives SetupError 75). A code that cannot be followed
 * fails the test, naming where.
 * A few commands are run for 0, 1 and 2.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'est.js');

function est(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', EST_DEBUG: '' },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((c) => walk(c, visit));
}

interface Found {
  readonly codes: Set<number>;
  /** Where a code could not be followed: `file:line: expression`. */
  readonly unresolved: string[];
}

/** Every exit code src/cli can end with, read from the syntax of src. */
function codesInCli(): Found {
  const sources = sourceFiles(join(ROOT, 'src')).map(parse);
  const codes = new Set<number>();
  const unresolved: string[] = [];
  const where = (n: ts.Node) => {
    const source = n.getSourceFile();
    return `${relative(ROOT, source.fileName)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText()}`;
  };
  const unwrap = (e: ts.Expression): ts.Expression =>
    ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)
      ? unwrap(e.expression)
      : e;
  /** `const NAME = ...` declared in a file (any scope), with a value that is not a function. */
  const constsNamed = (source: ts.SourceFile, name: string): ts.Expression[] => {
    const out: ts.Expression[] = [];
    walk(source, (n) => {
      if (
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.name.text === name &&
        n.initializer !== undefined &&
        !ts.isFunctionLike(n.initializer)
      )
        out.push(n.initializer);
    });
    return out;
  };
  const imports = (source: ts.SourceFile, name: string): boolean => {
    let found = false;
    walk(source, (n) => {
      if (ts.isImportSpecifier(n) && n.name.text === name) found = true;
    });
    return found;
  };
  /** Where a name is declared: in its own file, or (imported) as a const of another file of src. */
  const declared = (at: ts.Identifier): ts.Expression[] | null => {
    const own = constsNamed(at.getSourceFile(), at.text);
    if (own.length > 0) return own;
    if (!imports(at.getSourceFile(), at.text)) return null;
    const other = sources.flatMap((s) => constsNamed(s, at.text));
    return other.length > 0 ? other : null;
  };
  let carrying = false;

  /** The codes an expression can be; records it as unresolved when it cannot be followed. */
  const resolve = (raw: ts.Expression, seen: Set<ts.Node> = new Set()): number[] => {
    const e = unwrap(raw);
    if (seen.has(e)) return [];
    seen.add(e);
    if (ts.isNumericLiteral(e)) return [Number(e.text)];
    if (ts.isConditionalExpression(e)) return [...resolve(e.whenTrue, seen), ...resolve(e.whenFalse, seen)];
    if (
      ts.isBinaryExpression(e) &&
      (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    )
      return [...resolve(e.left, seen), ...resolve(e.right, seen)];
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'exitCode') {
      // process.exitCode: a code set before, counted where it was set.
      if (ts.isIdentifier(e.expression) && e.expression.text === 'process') return [];
      // An error's exitCode (a CliError's, a SetupError's): every code any error of src is given.
      if (carrying) return [];
      carrying = true;
      const out: number[] = [];
      for (const source of sources)
        walk(source, (n) => {
          if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'exitCode')
            out.push(...resolve(n.initializer, seen));
          if (
            ts.isBinaryExpression(n) &&
            n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isPropertyAccessExpression(n.left) &&
            n.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
            n.left.name.text === 'exitCode'
          )
            out.push(...resolve(n.right, seen));
        });
      carrying = false;
      return out;
    }
    // TABLE.name or TABLE[key], TABLE a const object of codes (src/log/absence.ts ABSENCE_EXIT).
    const table = ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) ? e.expression : null;
    if (table !== null && ts.isIdentifier(table)) {
      const objects = (declared(table) ?? []).map(unwrap).filter(ts.isObjectLiteralExpression);
      if (objects.length > 0)
        return objects.flatMap((o) =>
          o.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? resolve(p.initializer, seen) : [])),
        );
    }
    if (ts.isIdentifier(e)) {
      // A parameter of an enclosing function: its default, and what each call of it passes there.
      for (let up: ts.Node | undefined = e.parent; up !== undefined; up = up.parent) {
        if (!ts.isFunctionLike(up)) continue;
        const param = up.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === e.text);
        if (param === undefined) continue;
        const out = param.initializer === undefined ? [] : resolve(param.initializer, seen);
        const at = up.parameters.indexOf(param);
        const holder = up.parent;
        if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) {
          const name = holder.name.text;
          walk(e.getSourceFile(), (call) => {
            if (
              ts.isCallExpression(call) &&
              ts.isIdentifier(call.expression) &&
              call.expression.text === name
            ) {
              const arg = call.arguments[at];
              if (arg !== undefined) out.push(...resolve(arg, seen));
            }
          });
        }
        return out;
      }
      const values = declared(e);
      if (values !== null) return values.flatMap((v) => resolve(v, seen));
    }
    unresolved.push(where(e));
    return [];
  };

  const isProcess = (x: ts.Expression, member: string) =>
    ts.isPropertyAccessExpression(x) &&
    ts.isIdentifier(x.expression) &&
    x.expression.text === 'process' &&
    x.name.text === member;
  for (const source of sources.filter((s) => s.fileName.startsWith(join(ROOT, 'src', 'cli')))) {
    walk(source, (n) => {
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'CliError') {
        const code = n.arguments?.[1];
        // CliError's default (src/cli/io.ts): bad input or usage.
        if (code === undefined) codes.add(2);
        else for (const c of resolve(code)) codes.add(c);
      }
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        isProcess(n.left, 'exitCode')
      )
        for (const c of resolve(n.right)) codes.add(c);
      if (ts.isCallExpression(n) && isProcess(n.expression, 'exit')) {
        const code = n.arguments[0];
        if (code === undefined) codes.add(0);
        else for (const c of resolve(code)) codes.add(c);
      }
    });
  }
  return { codes, unresolved };
}

/** The codes of the README's table under "### Exit codes". */
function readmeCodes(): number[] {
  const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = text.indexOf('\n### Exit codes\n');
  assert.ok(start >= 0, 'README.md has a section "### Exit codes"');
  const section = text.slice(start + 1).split(/\n#{1,3} /)[0] as string;
  return [...section.matchAll(/^\| (\d+) +\|/gm)].map((m) => Number(m[1]));
}

/** The codes `est --help` lists under "Exit status". */
function helpCodes(): number[] {
  const help = est(['--help']);
  assert.equal(help.code, 0);
  const block = help.out.slice(help.out.indexOf('Exit status'));
  return [...block.matchAll(/^ {2}(\d+) +\S/gm)].map((m) => Number(m[1]));
}

const sorted = (xs: Iterable<number>) => [...new Set(xs)].sort((a, b) => a - b);

describe('exit codes', () => {
  it('are 0 when done, 1 when a check fails, 2 for bad input or usage', () => {
    assert.equal(est(['treaty', 'EST 13']).code, 0);
    const check = est(['check', 'test/fixtures/check']);
    assert.equal(check.code, 1, check.out);
    const unknown = est(['run', '--no-such-option']);
    assert.equal(unknown.code, 2, unknown.out);
    const malformed = est(['run', 'test/fixtures/malformed.scenario.yaml']);
    assert.equal(malformed.code, 2, malformed.out);
    assert.doesNotMatch(malformed.out, /internal error|\n\s+at /);
  });

  it('can all be followed to a number in the sources', () => {
    const { codes, unresolved } = codesInCli();
    assert.deepEqual(unresolved, [], 'use a number, a const, or a table the test can read');
    // The test reads what it should: the codes known to be there are found.
    for (const c of [0, 1, 2, 3, 70, 75, 130]) assert.ok(codes.has(c), `code ${c} found in src/cli`);
  });

  it('are each in the README table, and the table lists no code the sources do not use', () => {
    const used = sorted(codesInCli().codes);
    const listed = sorted(readmeCodes());
    assert.deepEqual(
      used.filter((c) => !listed.includes(c)),
      [],
      'codes src/cli uses that README.md "Exit codes" does not list',
    );
    assert.deepEqual(
      listed.filter((c) => !used.includes(c)),
      [],
      'codes README.md lists that src/cli does not use',
    );
  });

  it('are the same in est --help as in the README', () => {
    assert.deepEqual(sorted(helpCodes()), sorted(readmeCodes()));
  });
});
