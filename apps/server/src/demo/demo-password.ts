import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(process.cwd(), 'data', 'demo-password.txt');

/**
 * The demo accounts' password: DEMO_PASSWORD when set, else one generated on first start and
 * kept under ./data (never in the repository), so it stays the same across restarts.
 */
export function demoPassword(fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  if (existsSync(FILE)) return readFileSync(FILE, 'utf8').trim();
  const generated = `demo-${randomBytes(6).toString('base64url')}`;
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, `${generated}\n`, { mode: 0o600 });
  return generated;
}
