// Tests of the page's file decoding (www/decode.js), which needs no DOM except for HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DecodeError, decodeFile, decodeText, documentXmlText, fileKind, htmlText, zipEntries } from '../../www/decode.js';
import { GBK_BYTES, GBK_TEXT, makeDocx, makeDocxBomb, makeZip } from '../support/fixtures.mjs';

const SENTENCE = '地区生产总值增长6%左右，𠀀城镇调查失业率控制在5.5%以内。';
const utf16 = (s, le = true) => {
  const b = Buffer.alloc(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    if (le) b.writeUInt16LE(s.charCodeAt(i), i * 2);
    else b.writeUInt16BE(s.charCodeAt(i), i * 2);
  }
  return b;
};
const code = (c) => (e) => e instanceof DecodeError && e.code === c;

test('UTF-8 with and without BOM', () => {
  assert.deepEqual(decodeText(Buffer.from(SENTENCE)), { text: SENTENCE, encoding: 'utf-8' });
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]);
  assert.equal(decodeText(bom).text, SENTENCE);
});

test('GBK bytes decode as GB18030', () => {
  assert.deepEqual(decodeText(GBK_BYTES), { text: GBK_TEXT, encoding: 'gb18030' });
});

test('UTF-16 with BOM, both byte orders', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(SENTENCE)]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(SENTENCE, false)]);
  assert.equal(decodeText(le).text, SENTENCE);
  assert.equal(decodeText(be).text, SENTENCE);
});

test('UTF-16 without BOM is detected by its zero bytes', () => {
  const text = 'Report 2023\r\n地区生产总值增长6%左右 (GDP growth about 6%)';
  assert.deepEqual(decodeText(utf16(text)), { text, encoding: 'utf-16le' });
  assert.deepEqual(decodeText(utf16(text, false)), { text, encoding: 'utf-16be' });
});

test('the files the CLI is tested on too (tests/encodings) read the same here', () => {
  const dir = new URL('../encodings/', import.meta.url);
  const lines = readFileSync(new URL('expected.txt', dir), 'utf8').trim().split('\n');
  assert.ok(lines.length >= 15);
  for (const line of lines) {
    const [name, want] = line.split(' ');
    const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
    let got;
    try {
      const { text, encoding } = decodeText(bytes);
      assert.match(text, /生产总值/, name);
      got = encoding;
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      got = e.code;
    }
    assert.equal(got, want, name);
  }
});

test('empty, blank, binary and undecodable input are errors', () => {
  assert.throws(() => decodeText(Buffer.alloc(0)), code('empty'));
  assert.throws(() => decodeText(Buffer.from(' \n\t\r\n')), code('empty'));
  assert.throws(() => decodeText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0])), code('binary'));
  // 0x80 and 0xff never start a GB18030 character, and the bytes are not UTF-8.
  assert.throws(() => decodeText(Buffer.from([0x41, 0xff, 0x80, 0xff, 0x42])), code('undecodable'));
});

test('docx text from deflated and stored archives', async () => {
  const paragraphs = ['今年主要预期目标是：', '地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。', 'R&D <投入> 强度达到2.6%以上'];
  for (const method of [8, 0]) {
    const { text, encoding } = await decodeFile('report.docx', makeDocx(paragraphs, method));
    assert.equal(encoding, 'docx');
    assert.equal(text, paragraphs.join('\n') + '\n');
  }
});

test('a zip without word/document.xml is not a docx', async () => {
  const zip = makeZip([{ name: 'a.txt', data: 'x' }]);
  assert.equal(zipEntries(zip)[0].name, 'a.txt');
  await assert.rejects(decodeFile('a.docx', zip), code('badDocx'));
  await assert.rejects(decodeFile('a.docx', Buffer.from('not a zip at all')), code('badDocx'));
});

test('a .docx inflating past the limit is refused, whatever size it declares', async () => {
  await assert.rejects(decodeFile('bomb.docx', makeDocxBomb(130)), code('tooLarge'));
  await assert.rejects(decodeFile('liar.docx', makeDocxBomb(130, 1000)), code('tooLarge'));
});

test('HTML: visible text, blocks as lines, entities; scripts, styles and the head left out', () => {
  const html = '<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body onload="x()">'
    + '<p>今年&nbsp;目标<b>增长</b>6%&lt;左右&#x4E2D;</p><!-- <p>no</p> --><div><img src=x onerror="a>b">二</div>'
    + '<script>var s = "<p>no</p>";</script>三<br>四</body></html>';
  assert.equal(htmlText(html), '今年 目标增长6%<左右中\n二\n三\n四');
});

test('document.xml: tabs, breaks and entities', () => {
  const xml = '<w:p><w:r><w:t>A&amp;B</w:t><w:tab/><w:t>&#x4E2D;&#25991;</w:t><w:br/><w:t xml:space="preserve"> C </w:t></w:r></w:p><w:p/>';
  assert.equal(documentXmlText(xml), 'A&B\t中文\n C \n\n');
});

test('file kinds by extension', () => {
  assert.equal(fileKind('a.DOCX'), 'docx');
  assert.equal(fileKind('b.htm'), 'html');
  assert.equal(fileKind('c.md'), 'text');
  assert.equal(fileKind('noext'), 'text');
});
