import type { DraftItem, OutlineHeading, UnplacedLine } from '@cascade/engine';

/**
 * The plan's general part (总体要求: 指导思想, 基本原则, 工作目标): what the plan is for, not work
 * anyone is assigned. A clerk lists no measure there, so neither does the importer; its text is
 * kept with the preamble.
 */
const GENERAL_PART = /^(?:总体要求|指导思想|基本原则|工作原则|工作目标|总体目标|主要目标|目标要求)/;

const isGeneral = (text: string) => GENERAL_PART.test(text.trim());

export function setGeneralPartAside(
  headings: OutlineHeading[],
  items: DraftItem[],
): { headings: OutlineHeading[]; items: DraftItem[]; aside: UnplacedLine[] } {
  const general = (item: DraftItem) => isGeneral(item.text) || item.headings.some(isGeneral);
  const kept = items.filter((item) => !general(item));
  // Never set every measure aside: a plan made only of such headings is still its own work.
  if (!kept.length) return { headings, items, aside: [] };
  const aside = items.filter(general).map((item) => ({ line: item.line, text: `${item.label}${item.text}` }));
  return { headings: headings.filter((h) => !isGeneral(h.title)), items: kept, aside };
}
