/**
 * A tiny static server for the fixture pages, on 127.0.0.1 with a random port (tests talk to
 * loopback only). /vendor/tinymce/* is served from node_modules/tinymce (TinyMCE loads its own
 * skins/plugins at run time, so it is self-hosted rather than bundled).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURE_OUT_DIR, REPO_DIR } from './build-fixtures';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const ROOTS: Array<[prefix: string, dir: string]> = [
  ['/vendor/tinymce/', join(REPO_DIR, 'node_modules', 'tinymce')],
  ['/', FIXTURE_OUT_DIR],
];

function resolvePath(urlPath: string): string | null {
  for (const [prefix, dir] of ROOTS) {
    if (!urlPath.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(urlPath.slice(prefix.length)));
    const file = join(dir, relative);
    // Never serve outside the root (../ in the URL).
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

export interface FixtureServer {
  origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolvePath(path === '/' ? '/index.html' : path);
    let size = -1;
    try {
      if (file) {
        const stat = statSync(file);
        if (stat.isFile()) size = stat.size;
      }
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (page) => {
      const [name = '', query] = page.split('?');
      const file = name.includes('.') ? name : `${name}.html`;
      return `${origin}/${file}${query ? `?${query}` : ''}`;
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
