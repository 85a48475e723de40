import type { Org } from '../orgs/org.ts';
import type { OrgDirectory } from './org-directory.ts';
import { type Said, say } from './trace-words.ts';

/** A section's name without its kind: 行政复议与应诉股 → 行政复议与应诉. */
const coreOf = (name: string) => name.replace(/(?:办公室|股室|科室|股|科|室|中心|组)$/, '');

/** The words of a section's name a task may use: 普法与依法治理 → 普法, 依法治理. */
const partsOf = (name: string) =>
  coreOf(name)
    .split(/[与和及、]/)
    .filter((p) => p.length >= 2);

const bigrams = (word: string) => Array.from({ length: Math.max(0, word.length - 1) }, (_, i) => word.slice(i, i + 2));

/** How strongly a task's text speaks of a section's work: whole words first, then pairs of characters. */
function scoreOf(section: Org, text: string): number {
  const parts = partsOf(section.name);
  const whole = parts.filter((p) => text.includes(p)).length;
  const pairs = new Set(parts.flatMap(bigrams).filter((b) => text.includes(b))).size;
  return whole * 10 + pairs;
}

/** A department's own sections (股室/科室), in the tree's order. */
export const sectionsOf = (department: Org, directory: OrgDirectory) =>
  directory.children(department.id).filter((o) => o.kind === 'section');

/**
 * The section that leads a task in its department's own plan, read from the task: the one whose
 * name the text speaks of most (行政复议 → 行政复议与应诉股), else the 办公室, which coordinates
 * what no section owns. The deriver may choose otherwise (`DeriveOptions.sections`).
 */
export function sectionForTask(sections: readonly Org[], text: string): { section: Org; why: Said } | undefined {
  let best: { section: Org; score: number } | undefined;
  for (const section of sections) {
    const score = scoreOf(section, text);
    if (score > (best?.score ?? 0)) best = { section, score };
  }
  if (best && best.score >= 2)
    return { section: best.section, why: say('sectionByTopic', { topic: coreOf(best.section.name) }) };
  const office = sections.find((s) => /办公室$/.test(s.name));
  if (office) return { section: office, why: say('sectionOffice') };
  const first = sections[0];
  return first ? { section: first, why: say('sectionOnly') } : undefined;
}
