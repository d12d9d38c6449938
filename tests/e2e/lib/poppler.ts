// Debian's poppler-utils (pdftoppm, pdftotext) to read the PDFs the print tests make; installed with apt-get
// when running as root on Debian, as the browser is.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ensurePoppler = (): void => {
  if (existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext')) return;
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) {
    throw new Error(
      'pdftoppm not found: install poppler-utils (Debian: sudo apt-get install -y poppler-utils).',
    );
  }
  console.log('Installing Debian poppler-utils for the print tests (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
};

/** The text of a PDF, as pdftotext reads it (reading order, UTF-8). */
export const pdfText = (pdf: string): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Its pages as PNG files `<prefix>-1.png`, `<prefix>-2.png`, … at a resolution fit to look at. */
export const pdfToPng = (pdf: string, prefix: string): void => {
  execFileSync('pdftoppm', ['-png', '-r', '72', pdf, prefix]);
};

/** How many pages: one line "Pages: n" in pdfinfo. */
export const pdfPages = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
