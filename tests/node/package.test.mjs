// Tests of the built npm package (pkg/) through its Node entry point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pkgDir, TARGETS, records } from './helpers.mjs';

const zb = await import(join(pkgDir, 'node.js'));

test('finds the headline targets of a sentence', () => {
  const rs = records(zb.analyze(TARGETS));
  assert.ok(rs.length >= 2, `expected at least 2 records, got ${rs.length}`);
  const byCanonical = Object.fromEntries(rs.map((r) => [r.canonical, r]));
  assert.equal(byCanonical.gdp?.kind, 'target');
  assert.equal(byCanonical.gdp?.value, 6);
  assert.equal(byCanonical.gdp?.qualifier, '左右');
  assert.equal(byCanonical.gdp?.hardness, 'soft');
  assert.equal(byCanonical.urban_unemployment_surveyed?.qualifier, '以内');
  assert.equal(byCanonical.urban_unemployment_surveyed?.hardness, 'ceiling');
  assert.equal(byCanonical.gdp?.measure, 'growth');
  assert.equal(byCanonical.urban_unemployment_surveyed?.measure, 'share');
});

test('quote equals String.prototype.slice(start, end)', () => {
  const rs = records(zb.analyze(TARGETS));
  assert.ok(rs.length > 0);
  for (const r of rs) assert.equal(TARGETS.slice(r.start, r.end), r.quote);
});

test('offsets are UTF-16 units past characters outside the BMP', () => {
  const astral = '𠀀𠀁𪚥';
  assert.equal(astral.length, 6, 'three astral characters are six UTF-16 units');
  const plain = records(zb.analyze(TARGETS));
  const shifted = records(zb.analyze(astral + TARGETS));
  assert.equal(shifted.length, plain.length);
  assert.ok(shifted.length > 0);
  shifted.forEach((r, i) => {
    // Code points would shift by 3, bytes by 12: only UTF-16 shifts by 6.
    assert.equal(r.start, plain[i].start + 6);
    assert.equal(r.end, plain[i].end + 6);
    assert.equal((astral + TARGETS).slice(r.start, r.end), r.quote);
  });
});

test('records are plain objects with the CLI fields, nulls not undefined', () => {
  const a = zb.analyze(TARGETS, { file: 'demo.txt', year: 2024 });
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
  const fields = ['file', 'doc', 'kind', 'indicator', 'canonical', 'verb', 'value', 'value_max', 'unit',
    'qualifier', 'hardness', 'measure', 'absent', 'period', 'placeholder', 'headline', 'start', 'end', 'quote'];
  const rs = records(a);
  assert.ok(rs.length > 0);
  for (const r of rs) {
    assert.deepEqual(Object.keys(r).sort(), fields.slice().sort());
    assert.equal(r.file, 'demo.txt');
    assert.equal(r.value_max, null);
  }
  const doc = a.docs[0];
  assert.deepEqual(Object.keys(doc.meta).sort(),
    ['date', 'half_year', 'level', 'region', 'speaker', 'title', 'year']);
  assert.equal(doc.meta.year, 2024);
  assert.equal(doc.start, 0);
  assert.equal(doc.end, TARGETS.length);
});

test('options reach the engine', () => {
  const a = zb.analyze('地区生产总值增长6%左右。', { year: 2031, region: '青岚市' });
  assert.equal(a.docs[0].meta.year, 2031);
  assert.equal(a.docs[0].meta.region, '青岚市');
  assert.equal(a.docs[0].label, '青岚市2031');
});

test('bad arguments throw real Errors', () => {
  for (const bad of [undefined, 42, null, {}, ['a']]) {
    assert.throws(() => zb.analyze(bad), (e) => e instanceof Error && /text must be a string/.test(e.message));
  }
  assert.throws(() => zb.analyze('增长6%', { year: 'next' }), (e) => e instanceof Error && /bad options/.test(e.message));
});

test('empty text and text without figures', () => {
  assert.deepEqual(records(zb.analyze('')), []);
  assert.deepEqual(records(zb.analyze('这是一段没有任何数字的文字。')), []);
});

test('every returned field is declared in the TypeScript types', () => {
  const dts = readFileSync(join(pkgDir, 'zhibiao.d.ts'), 'utf8');
  const declared = (name) => {
    const body = dts.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`))?.[1];
    assert.ok(body, `interface ${name} in zhibiao.d.ts`);
    return [...body.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]).sort();
  };
  const a = zb.analyze(TARGETS, { file: 'x.txt' });
  assert.deepEqual(declared('Analysis'), Object.keys(a).sort());
  assert.deepEqual(declared('Doc'), Object.keys(a.docs[0]).sort());
  assert.deepEqual(declared('Meta'), Object.keys(a.docs[0].meta).sort());
  assert.deepEqual(declared('Record'), Object.keys(records(a)[0]).sort());
  assert.deepEqual(declared('AnalyzeOptions'), ['file', 'region', 'year']);
});

test('package.json entry points and types exist', () => {
  const pj = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(pj.name, 'zhibiao');
  assert.equal(pj.type, 'module');
  const files = [pj.main, pj.module, pj.types];
  const walk = (v) => (typeof v === 'string' ? files.push(v) : Object.values(v).forEach(walk));
  walk(pj.exports);
  for (const f of files) assert.ok(existsSync(join(pkgDir, f)), `${f} exists`);
});

test('installs and resolves by name: import "zhibiao" in Node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(pkgDir, join(dir, 'node_modules', 'zhibiao'), 'dir');
  writeFileSync(join(dir, 'main.mjs'), `
    import { analyze, version } from 'zhibiao';
    const t = process.argv[2];
    const rs = analyze(t).docs.flatMap((d) => d.records);
    console.log(JSON.stringify({ version: version(), quotes: rs.map((r) => t.slice(r.start, r.end) === r.quote) }));
  `);
  const out = JSON.parse(execFileSync(process.execPath, [join(dir, 'main.mjs'), TARGETS], { encoding: 'utf8' }));
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  assert.ok(out.quotes.length >= 2);
  assert.ok(out.quotes.every(Boolean));
});

test('the web glue initialises from bytes (initSync) too', async () => {
  const web = await import(join(pkgDir, 'zhibiao.js'));
  web.initSync({ module: readFileSync(join(pkgDir, 'zhibiao_bg.wasm')) });
  assert.ok(records(web.analyze(TARGETS)).length >= 2);
});

test('describeRecord and formatValue', () => {
  const base = records(zb.analyze(TARGETS)).find((r) => r.canonical === 'gdp');
  assert.ok(base);
  assert.equal(zb.formatValue(base), '6');
  assert.equal(zb.formatValue({ ...base, value_max: 7 }), '6–7');
  assert.equal(zb.formatValue({ ...base, value: null, placeholder: true }), 'X');
  assert.equal(zb.formatValue({ ...base, value: null }), '—');
  const text = zb.describeRecord(base);
  assert.match(text, /^target · 地区生产总值 \(gdp\)\n增长 6% 左右 \(soft\)/);
  const zh = zb.describeRecord(base, (key, fallback) => ({ 'kind.target': '年度目标', 'hard.soft': '软目标' })[key] ?? fallback);
  assert.match(zh, /^年度目标 · 地区生产总值/);
  assert.match(zh, /软目标/);
});

test('onProgress is told fractions rising to 1, and does not change the result', () => {
  const text = `${TARGETS}\n`.repeat(20_000);
  const seen = [];
  const a = zb.analyze(text, null, (f) => seen.push(f));
  assert.ok(seen.length > 20 && seen.length <= 210, `${seen.length} calls`);
  assert.equal(seen[0], 0);
  assert.equal(seen.at(-1), 1);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1], 'progress never goes back');
  assert.deepEqual(a, zb.analyze(text));
  // A callback that throws costs the caller nothing.
  assert.equal(records(zb.analyze(TARGETS, {}, () => { throw new Error('boom'); })).length, records(zb.analyze(TARGETS)).length);
});
