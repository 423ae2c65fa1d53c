// Test inputs made in the tests: GBK bytes of a sentence and .docx archives built byte by byte.
import { deflateRawSync } from 'node:zlib';

/** A sentence with two actual figures, and its GBK encoding (made with a GBK encoder once). */
export const GBK_TEXT = '去年全市地区生产总值增长5.2%，一般公共预算收入增长8.1%。';
export const GBK_BYTES = Buffer.from(
  'c8a5c4eac8abcad0b5d8c7f8c9fab2fad7dcd6b5d4f6b3a4352e3225a3acd2bbb0e3b9abb9b2d4a4cbe3cad5c8ebd4f6b3a4382e3125a1a3',
  'hex',
);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip archive of `entries` ({ name, data: string | Buffer, method: 0 stored | 8 deflated }).
 */
export function makeZip(entries) {
  // `declaredSize` replaces an entry's inflated size in its headers (an archive may lie).
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, method = 8, declaredSize } of entries) {
    const raw = Buffer.from(data);
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name);
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declaredSize ?? raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(declaredSize ?? raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal .docx whose paragraphs are `paragraphs`; each paragraph split over two runs. */
export function makeDocx(paragraphs, method = 8) {
  const body = paragraphs
    .map((p) => {
      const cut = Math.floor(p.length / 2);
      return `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(p.slice(0, cut))}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>${escapeXml(p.slice(cut))}</w:t></w:r></w:p>`;
    })
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return makeZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', method },
    { name: 'word/document.xml', data: document, method },
  ]);
}

/**
 * A small .docx whose document.xml inflates to `megabytes` MB of repeated paragraphs (a zip
 * bomb), declaring `declaredSize` bytes when given.
 */
export function makeDocxBomb(megabytes, declaredSize) {
  const paragraph = '<w:p><w:r><w:t>地区生产总值增长6%左右。</w:t></w:r></w:p>';
  const document = Buffer.alloc(megabytes * 1024 * 1024, paragraph);
  return makeZip([{ name: 'word/document.xml', data: document, method: 8, declaredSize }]);
}

/**
 * About `size` UTF-16 units of a report made of the tests' own sentences: a heading with a region
 * and year, the main targets, then numbered lines, every fourth with two figures. Self-contained
 * (no outside names), so a browser test can build the same text in the page from its source.
 */
export function reportText(size, seed = 0) {
  const region = ['青岚市', '云溪县', '白沙区'][seed % 3];
  const lines = [`${region}${2020 + (seed % 5)}年政府工作报告\n`, '今年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。\n'];
  let length = lines[0].length + lines[1].length;
  for (let i = 0; length < size; i++) {
    const line = i % 4 === 0
      ? `第${i}项工作：粮食产量稳定在${500 + ((i + seed) % 90)}万吨以上，固定资产投资增长${(i + seed) % 9}.5%。\n`
      : `第${i}项工作按计划推进，这一段没有数字。\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('');
}
