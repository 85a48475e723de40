import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIGURES_FILE = path.join(root, '.tmp', 'reliability-figures.json');

/** What one scenario measured: plain numbers and short strings, shown as a table in RELIABILITY.md. */
export type ScenarioFigures = {
  /** When and at which size it ran. */
  ranAt: string;
  full: boolean;
  figures: Record<string, number | string>;
};

export type FiguresFile = Record<string, ScenarioFigures>;

export function readFigures(file = FIGURES_FILE): FiguresFile {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as FiguresFile;
  } catch {
    return {};
  }
}

/** Records one scenario's figures (keeping the others'), so the doc can be rewritten from the file. */
export function recordFigures(scenario: string, figures: Record<string, number | string>, full: boolean): void {
  const all = readFigures();
  all[scenario] = { ranAt: new Date().toISOString(), full, figures };
  mkdirSync(path.dirname(FIGURES_FILE), { recursive: true });
  writeFileSync(FIGURES_FILE, `${JSON.stringify(all, null, 2)}\n`);
}
