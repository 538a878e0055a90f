import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCALE = resolve(import.meta.dirname, '../../scripts/scale');

/**
 * Functions both DuckDB (1.x) and Spark SQL (3.x) define with the same meaning. aggregate.sql must stay
 * inside this list so the cluster and the single machine compute the same rows; adding one means
 * checking it on both engines first.
 */
const SHARED_FUNCTIONS = [
  'least',
  'greatest',
  'concat',
  'substr',
  'cast',
  'lower',
  'length',
  'count',
  'sum',
  'round',
  'max_by',
];

describe('aggregate.sql stays portable between DuckDB and Spark SQL', () => {
  it('calls only functions both engines share', () => {
    const sql = readFileSync(resolve(SCALE, 'aggregate.sql'), 'utf8').replace(/--.*$/gm, '');
    const called = [...sql.matchAll(/\b([a-z_]+)\s*\(/gi)].map((m) => m[1].toLowerCase());
    // Keywords before a parenthesis ("WITH clean AS (") are not calls.
    const calls = new Set(called.filter((word) => !['as', 'in', 'and', 'or', 'on'].includes(word)));
    expect([...calls].filter((f) => !SHARED_FUNCTIONS.includes(f))).toEqual([]);
    expect(calls).toContain('max_by');
  });

  it('the Spark job that runs it is valid Python', (ctx) => {
    try {
      execFileSync('python3', ['--version']);
    } catch {
      return ctx.skip('python3 is not installed');
    }
    const source = readFileSync(resolve(SCALE, 'spark_aggregate.py'), 'utf8');
    // Compiles without writing __pycache__ into the checkout.
    execFileSync('python3', ['-c', 'import sys; compile(sys.stdin.read(), "spark_aggregate.py", "exec")'], {
      input: source,
    });
    expect(source).toMatch(/partitionBy\("month"\)/);
  });
});
