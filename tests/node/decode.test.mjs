// Tests of the page's file decoding (www/decode.js), which needs no DOM except for HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DecodeError, decodeFile, decodeText, documentXmlText, fileKind, zipEntries } from '../../www/decode.js';
import { GBK_BYTES, GBK_TEXT, makeDocx, makeZip } from '../support/fixtures.mjs';

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
