// Precompresses the built PWA once, at build time (`npm run build` runs it after `vite build`): every text file in
// dist/ of at least MIN_BYTES gets `file.br` (brotli, best quality) and `file.gz` (gzip level 9) beside it, which the
// server sends as they are to a client that accepts them (@fastify/static `preCompressed`). Woff2, PNG and the like
// are compressed already and left alone. The service worker's precache list was written by `vite build` before this
// runs, so it never lists a .br or .gz file. `tsx scripts/precompress.ts [dir]`.
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Kinds of file worth compressing: text. */
export const PRECOMPRESS_EXTENSIONS = ['.js', '.css', '.html', '.svg', '.json', '.webmanifest'];
/** Below this a compressed copy saves less than a packet. */
export const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const filesIn = async (dir: string): Promise<string[]> => {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesIn(path)));
    else files.push(path);
  }
  return files;
};

export interface PrecompressResult {
  files: number;
  rawBytes: number;
  brBytes: number;
  gzBytes: number;
}

/** Writes the .br and .gz of every text file of `dir`; a copy that is not smaller than the file is not kept. */
export const precompress = async (dir: string): Promise<PrecompressResult> => {
  const all = await filesIn(dir);
  // A second run (or an old copy) must not compress a compressed copy, nor keep one of a file that changed.
  await Promise.all(
    all.filter((f) => f.endsWith('.br') || f.endsWith('.gz')).map((f) => unlink(f)),
  );
  const candidates = all.filter((f) => PRECOMPRESS_EXTENSIONS.some((ext) => f.endsWith(ext)));
  const result: PrecompressResult = { files: 0, rawBytes: 0, brBytes: 0, gzBytes: 0 };
  // zlib works on the thread pool: a few files at a time keep both cores busy without holding every file in memory.
  const queue = [...candidates];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if ((await stat(file)).size < MIN_BYTES) continue;
      const raw = await readFile(file);
      const [br, gzipped] = await Promise.all([
        brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gz(raw, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < raw.length) await writeFile(`${file}.br`, br);
      if (gzipped.length < raw.length) await writeFile(`${file}.gz`, gzipped);
      result.files += 1;
      result.rawBytes += raw.length;
      result.brBytes += Math.min(br.length, raw.length);
      result.gzBytes += Math.min(gzipped.length, raw.length);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return result;
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const started = Date.now();
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const r = await precompress(dir);
  console.log(
    `precompress: ${r.files} files in ${relative(process.cwd(), dir) || '.'}: ${kib(r.rawBytes)} → brotli ${kib(r.brBytes)}, gzip ${kib(r.gzBytes)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
