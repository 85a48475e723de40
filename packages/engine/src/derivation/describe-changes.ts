import type { TraceStep } from './trace.ts';

/** A trace step as stored or sent over HTTP, where an absent `from`/`to` may be an empty string. */
export type TraceNote = Pick<TraceStep, 'field' | 'rule' | 'fact'> & { from?: string; to?: string; cites?: string };

const ROLE_WORDS: Record<string, string> = { lead: '牵头单位', responsible: '责任单位', cooperate: '配合单位' };

/** The steps that change nothing: the default inclusion (the unit phrase reaches the child) and the parent's deadline kept. */
const UNCHANGED = new Set(['applicability:unitReachesChild', 'deadline:sameAsParent']);

/** Rules that name a unit as 协同单位 in a department's plan (to is empty: the unit is not the child's). */
const PARTNER_RULE = 'unit:peer→partner';

const HAN = '[\\u3400-\\u9fff（）“”《》、，；：]';
/** Facts are written for the trace ("石坝镇 自称“镇”"): a sentence reads them without the spaces between words. */
const tidy = (text: string) => text.replace(new RegExp(`(?<=${HAN}) +(?=${HAN})`, 'gu'), '').trim();

/** 12. → 12, （三） → 三: the number a label gives, to say 第12项. */
const numberOf = (label: string) => label.replace(/^[（(]|[)）]$|[.．、]$/g, '').trim() || label;

/** 2022-12-31 → 2022年12月31日; other words as they are. */
function dateWords(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

const present = (s: string | undefined): s is string => Boolean(s?.trim());

/**
 * Splits units joined by 、 at the top level only: "博罗县卫生健康局、各镇（街道、管委会）" is two
 * units, the 、 inside the parentheses belongs to the second.
 */
export function splitUnits(joined: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of joined) {
    if (ch === '（' || ch === '(') depth++;
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (ch === '、' && depth === 0) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The superior's units that guide this task (指导单位), read from its trace (a stored item has no other record of them). */
export function guidingUnitsOf(trace: readonly TraceNote[]): string[] {
  const units = trace.filter((s) => s.field === 'guidedBy' && present(s.to)).flatMap((s) => splitUnits(s.to ?? ''));
  return [...new Set(units)];
}

/** The units of the same government named as 协同单位 in a department's plan, read from its trace. */
export function partnersOf(trace: readonly TraceNote[]): string[] {
  return [...new Set(trace.filter((s) => s.rule === PARTNER_RULE && present(s.from)).map((s) => s.from as string))];
}

/**
 * What changed at this level for one derived item and why, in words a clerk reads, from its
 * trace: "编号：上级第14项，本级第10项（本级方案按自身大纲编号）", "用语：全县→全镇（石坝镇自称“镇”）",
 * "牵头单位：博罗县人力资源和社会保障局 → 石坝镇社会事务办公室（…）", "指导单位：…",
 * "改为配合：本级不举办新闻发布会…", "时限：…". An item inherited as written has none. The
 * preview, 逐项对照 and every other place that shows a derived item's changes ask here.
 */
export function describeChanges(trace: readonly TraceNote[]): string[] {
  // Sentences in the order of the trace, each once; word pairs and partners gather under one.
  const sentences = new Map<string, () => string>();
  const say = (key: string, sentence: () => string) => {
    if (!sentences.has(key)) sentences.set(key, sentence);
  };
  // The number first: it is what the reader compares first.
  for (const step of trace.filter((s) => s.field === 'label')) {
    if (present(step.from) && present(step.to) && step.from !== step.to) {
      const sentence = `编号：上级第${numberOf(step.from)}项，本级第${numberOf(step.to)}项（${tidy(step.fact)}）`;
      say(sentence, () => sentence);
    }
  }
  const wording = new Map<string, string[]>();
  const partners = new Map<string, string[]>();
  for (const step of trace) {
    if (step.field === 'label' || UNCHANGED.has(step.rule)) continue;
    const fact = tidy(step.fact);
    const from = present(step.from) ? step.from.trim() : '';
    const to = present(step.to) ? step.to.trim() : '';
    let sentence: string | undefined;
    if (step.field === 'text') {
      if (!from || from === to) continue;
      // Word pairs one fact decided read as one sentence: 全县→全镇、县直→镇直（石坝镇自称“镇”）.
      const pairs = wording.get(fact) ?? [];
      wording.set(fact, [...pairs, `${from}→${to}`]);
      say(`text:${fact}`, () => `用语：${(wording.get(fact) ?? []).join('、')}（${fact}）`);
    } else if (step.rule === PARTNER_RULE && from) {
      const reason = fact.startsWith(from) ? fact.slice(from.length) : fact;
      partners.set(reason, [...(partners.get(reason) ?? []), from]);
      say(`partners:${reason}`, () => `协同单位：${(partners.get(reason) ?? []).join('、')}（${reason}）`);
    } else if (step.field in ROLE_WORDS) {
      const role = ROLE_WORDS[step.field];
      if (!from) sentence = step.field === 'cooperate' ? `改为配合：${fact}` : `${role}：${to}（${fact}）`;
      else if (!to) sentence = `${role}：${from} 不再列出（${fact}）`;
      else if (from !== to) sentence = `${role}：${from} → ${to}（${fact}）`;
    } else if (step.field === 'guidedBy') {
      if (to) sentence = `指导单位：${to}（${fact}）`;
    } else if (step.field === 'deadline') {
      const cites = step.cites ? `；依据${step.cites}` : '';
      if (to && from !== to)
        sentence = `时限：${from ? `${dateWords(from)} → ` : ''}${dateWords(to)}（${fact}${cites}）`;
    } else {
      // An inclusion by a rule of the template or the item, or a field this function does not know yet.
      sentence = step.field === 'inclusion' ? `承接：${fact}` : fact;
    }
    if (sentence) {
      const s = sentence;
      say(s, () => s);
    }
  }
  return [...sentences.values()].map((sentence) => sentence());
}
