// `npm run playground`: builds the playground and serves playground/dist/ on localhost (PORT, default 8080; the
// next free port if it is taken), printing the URL. Ctrl-C stops it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { buildPlayground } from './build.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };
const { dir } = await buildPlayground();

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, path === '/' || path === '\\' ? 'index.html' : path);
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});

let port = Number(process.env.PORT ?? 8080);
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE' && port < 8100) server.listen(++port, '127.0.0.1');
  else throw e;
});
server.on('listening', () => console.log(`esemu playground: http://localhost:${port}/  (Ctrl-C stops it)`));
server.listen(port, '127.0.0.1');
