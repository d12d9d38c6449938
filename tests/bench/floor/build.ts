// Builds the floor page (index.html + main.ts, Vite with no config file and no plugin) into a folder outside the
// repository, copies in the pictures of its tiles, writes sw.js with the list of every file it built, and serves
// the folder over HTTP as a static site, as the app's server serves dist/.
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { build } from 'vite';

const HERE = resolve(import.meta.dirname);

export interface FloorTile {
  id: string;
  label: string;
  /** An SVG of public/pictograms. */
  pictogramFile: string;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** Builds the floor into `outDir` (emptied first); its tiles answer `questionId`. */
export const buildFloor = async (
  outDir: string,
  questionId: string,
  tiles: FloorTile[],
): Promise<void> => {
  await build({
    root: HERE,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define: {
      __FLOOR_QUESTION__: JSON.stringify(questionId),
      __FLOOR_TILES__: JSON.stringify(
        tiles.map((t) => ({ id: t.id, label: t.label, src: `/pictograms/${t.pictogramFile}` })),
      ),
    },
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
  mkdirSync(join(outDir, 'pictograms'), { recursive: true });
  for (const tile of tiles)
    copyFileSync(
      resolve('public/pictograms', tile.pictogramFile),
      join(outDir, 'pictograms', tile.pictogramFile),
    );
  const files = filesUnder(outDir).map(
    (path) => `/${relative(outDir, path).split('\\').join('/')}`,
  );
  const sw = readFileSync(join(HERE, 'sw.js'), 'utf8').replace(
    '[/* files */]',
    JSON.stringify(files),
  );
  writeFileSync(join(outDir, 'sw.js'), sw);
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 (a free port): `/` is index.html, anything missing a 404. */
export const serveStatic = (dir: string): Promise<{ url: string; stop(): Promise<void> }> =>
  new Promise((resolveServer) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const file = resolve(dir, `.${path === '/' ? '/index.html' : path}`);
      let body: Buffer;
      try {
        if (!file.startsWith(dir)) throw new Error('outside');
        body = readFileSync(file);
      } catch {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        })
        .end(body);
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolveServer({
        url: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // A browser keeps its connections open: without this, close waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
