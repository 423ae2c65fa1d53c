#!/usr/bin/env node
// Serves the static page (www/) on 127.0.0.1. `node scripts/serve.mjs [--port N] [--root DIR]`.
// Also imported by the browser tests: `startServer({ port: 0 })`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ts': 'text/plain; charset=utf-8',
};

export const WWW = fileURLToPath(new URL('../www/', import.meta.url));

/** Resolves a URL path inside `root`, or null when it would leave it. */
function resolvePath(root, urlPath) {
  let path = decodeURIComponent(urlPath.split('?')[0]);
  if (path.endsWith('/')) path += 'index.html';
  const full = normalize(join(root, path));
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

/** Starts the server; resolves to { server, url }. Port 0 picks a free port. */
export function startServer({ port = 8080, root = WWW, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    const file = resolvePath(root, new URL(req.url, 'http://x').pathname);
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve({ server, url: `http://${host}:${server.address().port}/` });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({
    port: Number(arg('--port', process.env.PORT ?? 8080)),
    root: arg('--root', WWW),
  });
  console.log(`zhibiao page: ${url}  (Ctrl-C stops)`);
}
