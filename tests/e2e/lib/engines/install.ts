// Finds the programs a browser engine needs and, as root on Debian, installs the missing Debian packages with
// apt-get (as tests/e2e/lib/chromium.ts does for Chromium); elsewhere it says in one line what is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (program: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

export interface Requirement {
  /** A program on the PATH or an absolute path. */
  program: string;
  debianPackage: string;
}

const present = ({ program }: Requirement) =>
  program.startsWith('/') ? existsSync(program) : onPath(program);

/** Makes sure every requirement is there; returns undefined when ready, or the one-line reason it is not. */
export const ensurePrograms = (
  engine: string,
  requirements: readonly Requirement[],
): string | undefined => {
  const missing = requirements.filter((r) => !present(r));
  if (missing.length === 0) return undefined;
  const packages = [...new Set(missing.map((r) => r.debianPackage))];
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) {
    return `${engine}: missing ${missing.map((r) => r.program).join(', ')} — install with: sudo apt-get install -y ${packages.join(' ')}`;
  }
  console.log(`Installing ${packages.join(' ')} for the ${engine} browser tests (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = requirements.filter((r) => !present(r));
  return still.length === 0
    ? undefined
    : `${engine}: apt-get ran, but ${still.map((r) => r.program).join(', ')} is still missing`;
};
