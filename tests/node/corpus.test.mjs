// Offsets of the package on the shared corpus of real reports (../shared next to the repo).
// Skips with a message when ../shared is absent, but fails under CI=true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pkgDir, repo, records } from './helpers.mjs';

const seeds = join(repo, '..', 'shared', 'corpus', 'seeds');
const present = existsSync(seeds);
const ci = process.env.CI === 'true';

test('shared corpus present (needed in CI)', { skip: !present && !ci && `no ${seeds}: corpus tests skipped` }, () => {
  assert.ok(present, `${seeds} is missing; CI needs ../shared beside the repo`);
});

test('every span on the seed reports is a non-empty slice on code point boundaries', { skip: !present && 'no ../shared corpus' }, async () => {
  const zb = await import(join(pkgDir, 'node.js'));
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(files.length > 0);
  let total = 0;
  for (const f of files) {
    const text = readFileSync(join(seeds, f), 'utf8');
    const a = zb.analyze(text, { file: f });
    for (const d of a.docs) {
      assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end, `${f}: doc span`);
    }
    for (const r of records(a)) {
      assert.ok(r.start < r.end && r.end <= text.length, `${f} ${r.start}..${r.end}`);
      // A UTF-16 offset inside a surrogate pair would cut a character in two.
      for (const at of [r.start, r.end]) assert.ok(!/[\udc00-\udfff]/.test(text[at] ?? ''), `${f}: ${at} splits a pair`);
      assert.equal(text.slice(r.start, r.end), r.quote, `${f} ${r.start}..${r.end}`);
      assert.equal(r.file, f);
      total++;
    }
  }
  assert.ok(total > 0, 'the seed reports hold records');
});
