import { parseDeadline, parseUnitsTail, type UnitsByRole } from '@cascade/engine';
import type { Block, ReadResult } from './block.ts';
import { readColumnRole } from './column-roles.ts';
import type { Line } from './metadata.ts';
import { mendSpaces, readOutlineLabel } from './outline-label.ts';

const UNIT_WORDS = /(政府|单位|部门|局|办|委|室|中心|管委会|小组|街道|乡镇|院|所|公司|队|站|团)/;
const ROLE_WORDS = /(牵头|按职能分工落实|按职责分工落实|配合|协助)/;

/** A line that only names units: "各县(区)人民政府(管委会);市直各单位". */
export function isUnitsLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 160 || /[。！？]/.test(t) || readOutlineLabel(t)) return false;
  return ROLE_WORDS.test(t) || (UNIT_WORDS.test(t) && !/[，,]{3,}/.test(t) && t.length <= 80 && !isDeadlineLine(t));
}

/** A short line that is only a deadline: "2022年底前", "按各自文件规定的时间节点完成". */
export function isDeadlineLine(text: string): boolean {
  const t = text.trim();
  return (
    t.length <= 40 && !/[。]/.test(t) && !readOutlineLabel(t) && parseDeadline(t, { year: 2000 }).kind !== 'unspecified'
  );
}

/**
 * Reads plain-text layouts line by line (惠州: measures, then a units line and a deadline line
 * for the run of measures above them; 贵溪: prose paragraphs ending in 〔牵头单位∶…〕). Measures
 * still waiting for units when a new section starts, or the text ends, take the units and
 * deadline of the run above (a merged cell the text copy printed once).
 */
export function readParagraphs(lines: Line[]): ReadResult & { defaultRole: 'responsible' | 'lead' } {
  const blocks: Block[] = [];
  const unplaced: ReadResult['unplaced'] = [];
  const preamble: ReadResult['preamble'] = [];
  let defaultRole: 'responsible' | 'lead' = 'responsible';
  let pending: Block[] = [];
  let lastRun: Block[] = [];
  let lastUnits: { units?: UnitsByRole; unitsText?: string; deadlineText?: string } = {};

  const settle = () => {
    for (const b of pending) {
      if (!b.units && lastUnits.unitsText !== undefined) b.unitsText = lastUnits.unitsText;
      if (!b.deadlineText && lastUnits.deadlineText) b.deadlineText = lastUnits.deadlineText;
    }
    pending = [];
  };

  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    const role = readColumnRole(text);
    if (role) {
      if (role === 'lead' || role === 'responsible') defaultRole = role;
      continue;
    }
    const label = readOutlineLabel(text);
    if (label) {
      const previous = blocks.at(-1);
      // A deeper number right after a block makes that block a heading, not a measure.
      if (previous && label.level > previous.level) pending = pending.filter((b) => b !== previous);
      if (previous && label.level < (pending[0]?.level ?? 9)) settle();
      const tail = parseUnitsTail(label.rest);
      const block: Block = {
        label: label.label,
        level: label.level,
        title: mendSpaces(tail ? tail.rest : label.rest),
        line: line.n,
        ...(tail ? { units: tail.units } : {}),
      };
      blocks.push(block);
      if (!tail) pending.push(block);
      continue;
    }
    if (blocks.length === 0) {
      preamble.push({ line: line.n, text });
    } else if (isUnitsLine(text) && pending.length) {
      for (const b of pending) b.unitsText = text;
      lastRun = pending;
      lastUnits = { unitsText: text };
      pending = [];
    } else if (isDeadlineLine(text) && (lastRun.length || pending.length)) {
      for (const b of lastRun.length ? lastRun : pending) b.deadlineText = text;
      lastUnits = { ...lastUnits, deadlineText: text };
      lastRun = [];
    } else if (pending.length && pending.at(-1) === blocks.at(-1)) {
      const last = blocks.at(-1) as Block;
      const tail = parseUnitsTail(text);
      last.title = mendSpaces(last.title + (tail ? tail.rest : text));
      if (tail) {
        last.units = tail.units;
        pending = pending.filter((b) => b !== last);
      }
    } else {
      unplaced.push({ line: line.n, text });
    }
  }
  settle();
  return { blocks, unplaced, preamble, defaultRole };
}
