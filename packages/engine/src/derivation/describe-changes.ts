import type { TraceStep } from './trace.ts';
import { roleWords, type Said, type SaidWord, say, sayText } from './trace-words.ts';

/** A trace step as stored or sent over HTTP, where an absent `from`/`to` may be an empty string. */
export type TraceNote = Pick<TraceStep, 'field' | 'rule' | 'fact'> & {
  from?: string;
  to?: string;
  cites?: string;
  /** Absent from traces stored before steps carried their words: those read by their Chinese `fact`. */
  say?: Said;
};

const ROLES = new Set(['lead', 'responsible', 'cooperate']);

/** The steps that change nothing: the default inclusion (the unit phrase reaches the child) and the parent's deadline kept. */
const UNCHANGED = new Set(['applicability:unitReachesChild', 'deadline:sameAsParent']);

/** Rules that name a unit as 协同单位 in a department's plan (to is empty: the unit is not the child's). */
const PARTNER_RULE = 'unit:peer→partner';

const HAN = '[\\u3400-\\u9fff（）“”《》、，；：]';
/** Facts are written for the trace ("石坝镇 自称“镇”"): a sentence reads them without the spaces between words. */
const tidy = (text: string) => text.replace(new RegExp(`(?<=${HAN}) +(?=${HAN})`, 'gu'), '').trim();

/** 12. → 12, （三） → 三: the number a label gives, to say 第12项. */
const numberOf = (label: string) => label.replace(/^[（(]|[)）]$|[.．、]$/g, '').trim() || label;

/** 2022-12-31 → 2022年12月31日 (2022-12-31 in English); other words as they are. */
function dateWords(value: string): SaidWord {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? say('date', { y: m[1] as string, m: Number(m[2]), d: Number(m[3]), iso: value }) : value;
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
  return describeChangeNotes(trace).map((note) => sayText(note));
}

/** The same changes as sentences the reader's language phrases (`describeChanges` is their Chinese). */
export function describeChangeNotes(trace: readonly TraceNote[]): Said[] {
  // Sentences in the order of the trace, each once; word pairs and partners gather under one.
  const notes = new Map<string, () => Said>();
  const note = (key: string, said: () => Said) => {
    if (!notes.has(key)) notes.set(key, said);
  };
  const once = (said: Said) => note(JSON.stringify(said), () => said);
  /** Why, as the step says it (its words, or the Chinese fact of a step stored before it had them). */
  const why = (step: TraceNote): SaidWord => step.say ?? tidy(step.fact);
  // The number first: it is what the reader compares first.
  for (const step of trace.filter((s) => s.field === 'label')) {
    if (present(step.from) && present(step.to) && step.from !== step.to)
      once(say('change.number', { from: numberOf(step.from), to: numberOf(step.to), why: why(step) }));
  }
  const wording = new Map<string, string[]>();
  const partners = new Map<string, string[]>();
  for (const step of trace) {
    if (step.field === 'label' || UNCHANGED.has(step.rule)) continue;
    const fact = tidy(step.fact);
    const from = present(step.from) ? step.from.trim() : '';
    const to = present(step.to) ? step.to.trim() : '';
    if (step.field === 'text') {
      if (!from || from === to) continue;
      // Word pairs one fact decided read as one sentence: 全县→全镇、县直→镇直（石坝镇自称“镇”）.
      wording.set(fact, [...(wording.get(fact) ?? []), `${from}→${to}`]);
      note(`text:${fact}`, () =>
        say('change.wording', { pairs: (wording.get(fact) ?? []).join('、'), why: why(step) }),
      );
    } else if (step.rule === PARTNER_RULE && from) {
      // The reason without the unit it names, which the sentence lists: 不是博罗县司法局的股室….
      const child = step.say?.params?.child;
      const reason: SaidWord = child
        ? say('change.notOwn', { child })
        : fact.startsWith(from)
          ? fact.slice(from.length)
          : fact;
      const key = typeof reason === 'string' ? reason : sayText(reason);
      partners.set(key, [...(partners.get(key) ?? []), from]);
      note(`partners:${key}`, () =>
        say('change.partners', { units: (partners.get(key) ?? []).join('、'), why: reason }),
      );
    } else if (ROLES.has(step.field)) {
      const role = roleWords(step.field);
      if (!from)
        once(
          step.field === 'cooperate'
            ? say('change.supports', { why: why(step) })
            : say('change.unitAdded', { role, to, why: why(step) }),
        );
      else if (!to) once(say('change.unitDropped', { role, from, why: why(step) }));
      else if (from !== to) once(say('change.unitChanged', { role, from, to, why: why(step) }));
    } else if (step.field === 'guidedBy') {
      if (to) once(say('change.guidedBy', { to, why: why(step) }));
    } else if (step.field === 'deadline') {
      const cites = step.cites ? say('change.cites', { doc: step.cites }) : '';
      if (to && from !== to)
        once(
          from
            ? say('change.deadlineMoved', { from: dateWords(from), to: dateWords(to), why: why(step), cites })
            : say('change.deadlineSet', { to: dateWords(to), why: why(step), cites }),
        );
    } else {
      // An inclusion by a rule of the template or the item, or a field this function does not know yet.
      once(
        step.field === 'inclusion'
          ? say('change.included', { why: why(step) })
          : say('change.other', { why: why(step) }),
      );
    }
  }
  return [...notes.values()].map((said) => said());
}
