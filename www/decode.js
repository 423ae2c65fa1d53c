// Turns the bytes of a dropped or picked file into text: UTF-8, GB18030/GBK and UTF-16 (with or
// without BOM), .docx (word/document.xml, unzipped here) and .html (text only, through DOMParser).
// No DOM needed except for HTML, so the module also runs in Node and in a Worker.

/** A file that cannot be read as a report; `code` is a message key (see i18n.js). */
export class DecodeError extends Error {
  constructor(code, detail = '') {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DecodeError';
    this.code = code;
  }
}

const SAMPLE = 1 << 16;

function isControl(b) {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b;
}

/** Zero bytes at even/odd positions of a sample: UTF-16 text without BOM shows them for ASCII. */
function utf16Guess(bytes) {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.2 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.2 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(bytes) {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) return true;
    if (isControl(bytes[i])) control++;
  }
  return control > n * 0.01;
}

function tryDecode(encoding, bytes) {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes text bytes, returning { text, encoding }. Throws DecodeError 'empty', 'binary' or
 * 'undecodable'.
 * @param {Uint8Array} bytes
 */
export function decodeText(bytes) {
  if (bytes.length === 0) throw new DecodeError('empty');
  let encoding = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else encoding = utf16Guess(bytes);

  let text = null;
  if (encoding) {
    text = tryDecode(encoding, bytes);
  } else if (looksBinary(bytes)) {
    throw new DecodeError('binary');
  } else {
    for (const candidate of ['utf-8', 'gb18030']) {
      text = tryDecode(candidate, bytes);
      if (text !== null) {
        encoding = candidate;
        break;
      }
    }
  }
  if (text === null) throw new DecodeError('undecodable');
  if (!/\S/.test(text)) throw new DecodeError('empty'); // no copy of a large text, as trim() makes
  return { text, encoding };
}

// ---- zip (for .docx) ----

const u16 = (b, i) => b[i] | (b[i + 1] << 8);
const u32 = (b, i) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** True when the bytes start like a zip archive. */
export function isZip(bytes) {
  return bytes.length >= 4 && u32(bytes, 0) === 0x04034b50;
}

/**
 * Lists the entries of a zip archive from its central directory:
 * [{ name, method, compressedSize, size, offset }].
 */
export function zipEntries(bytes) {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DecodeError('badZip', 'no end of central directory');
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const names = new TextDecoder();
  const entries = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new DecodeError('badZip', 'central directory');
    const nameLength = u16(bytes, p + 28);
    entries.push({
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      offset: u32(bytes, p + 42),
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

async function inflateRaw(data) {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The uncompressed bytes of one zip entry (stored or deflated). */
export async function zipRead(bytes, entry) {
  const p = entry.offset;
  if (u32(bytes, p) !== 0x04034b50) throw new DecodeError('badZip', 'local header');
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateRaw(data);
  throw new DecodeError('badZip', `compression method ${entry.method}`);
}

// ---- docx ----

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** The text of a WordprocessingML document: runs of <w:t>, a line per paragraph. */
export function documentXmlText(xml) {
  const out = [];
  const tags = /<(\/?)w:(t|p|tab|br|cr)\b[^>]*?(\/?)>/g;
  let inText = false;
  let last = 0;
  for (let m; (m = tags.exec(xml)); ) {
    if (inText) out.push(unescapeXml(xml.slice(last, m.index)));
    const [, closing, tag, selfClosing] = m;
    if (tag === 't') inText = !closing && !selfClosing;
    else if (tag === 'p' && (closing || selfClosing)) out.push('\n');
    else if (tag === 'tab') out.push('\t');
    else if ((tag === 'br' || tag === 'cr') && !closing) out.push('\n');
    last = tags.lastIndex;
  }
  return out.join('');
}

/** The text of a .docx file. */
export async function docxText(bytes) {
  const entry = zipEntries(bytes).find((e) => e.name === 'word/document.xml');
  if (!entry) throw new DecodeError('badDocx', 'no word/document.xml');
  const xml = new TextDecoder().decode(await zipRead(bytes, entry));
  const text = documentXmlText(xml);
  if (!/\S/.test(text)) throw new DecodeError('empty'); // no copy of a large text, as trim() makes
  return text;
}

// ---- html ----

const BLOCKS = new Set(['P', 'DIV', 'BR', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'HR', 'DD', 'DT']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG']);

/**
 * The visible text of an HTML document, parsed by DOMParser (inert: nothing runs or loads).
 * @param {string} html
 * @param {typeof DOMParser} Parser
 */
export function htmlText(html, Parser = globalThis.DOMParser) {
  const doc = new Parser().parseFromString(html, 'text/html');
  const out = [];
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out.push(n.data);
      else if (n.nodeType === 1 && !SKIP.has(n.nodeName.toUpperCase())) {
        const block = BLOCKS.has(n.nodeName.toUpperCase());
        if (block) out.push('\n');
        walk(n);
        if (block) out.push('\n');
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  return out.join('').replace(/[ \t]*\n[ \t\n]*\n/g, '\n').trim();
}

/** The kind of a file by its name: 'docx', 'html' or 'text'. */
export function fileKind(name) {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'docx') return 'docx';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return 'text';
}

/**
 * The text of a file: { text, encoding }. Throws DecodeError.
 * @param {string} name
 * @param {Uint8Array} bytes
 */
export async function decodeFile(name, bytes) {
  const kind = fileKind(name);
  if (kind === 'docx' || (isZip(bytes) && kind !== 'html')) {
    if (!isZip(bytes)) throw new DecodeError('badDocx', 'not a zip archive');
    return { text: await docxText(bytes), encoding: 'docx' };
  }
  const decoded = decodeText(bytes);
  if (kind === 'html') {
    const text = htmlText(decoded.text);
    if (text === '') throw new DecodeError('empty');
    return { text, encoding: decoded.encoding };
  }
  return decoded;
}
