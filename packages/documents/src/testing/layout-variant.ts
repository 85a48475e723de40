/**
 * One variation of a seed outline for the generated import corpus: what the rendered document
 * will say (units renamed or given other roles, deadlines written in other forms, measures
 * renumbered) and how it will look (header words, column order, where the headings go). The
 * expectation is derived from the same choices, so it always says what the document says.
 */
import {
  type AsideColumn,
  DEADLINE_FORMS,
  deadlineFor,
  HEADER_WORDS,
  NONE_MARKERS,
  OFFICE_GROUPS,
  OFFICE_HEADER_WORDS,
  OFFICES,
  YEAR_END_FORMS,
} from './layout-vocabulary.ts';

export type DeadlineJson = { text: string; kind: string; due: string | null };

/** One measure as `toImportJson` gives it (tests/fixtures/import/*.expected.json). */
export type OutlineItem = {
  label: string;
  path: string[];
  text: string;
  lead: string[];
  responsible: string[];
  cooperate: string[];
  deadline: DeadlineJson;
};

/** A seed document's expected outline, with the titles of its headings. */
export type PlanOutline = {
  name: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  year: number;
  items: OutlineItem[];
  /** Heading titles by path prefix: "一、（二）" → "加强涉及减税降费的信息公开". */
  headings: Record<string, string>;
};

/** What the importer should read from a generated document, measure by measure. */
export type ExpectedItem = OutlineItem & {
  /** Titles of the headings over the measure, top down (compared loosely). */
  headings: string[];
};

// ---------------------------------------------------------------------------------------------
// A tiny seeded random source (mulberry32): the corpus is the same on every run and machine.

export type Random = {
  next: () => number;
  int: (lo: number, hi: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(xs: readonly T[]) => T;
  shuffle: <T>(xs: readonly T[]) => T[];
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return { next, int, chance: (p) => next() < p, pick, shuffle };
}

/** FNV-1a over the parts: one random stream per (seed number, outline, layout, variation). */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

// ---------------------------------------------------------------------------------------------
// Heading titles from a seed's text.

const CN_NUMBER = '[一二三四五六七八九十]{1,3}';

/** A heading label as a pattern that accepts the half-width and spaced forms seeds print. */
function labelPattern(label: string): RegExp | null {
  const level1 = new RegExp(`^(${CN_NUMBER})、$`).exec(label);
  if (level1) return new RegExp(`(?<=^|[\\t|>"])${level1[1]}[、.．]`, 'gm');
  const level2 = new RegExp(`^（(${CN_NUMBER})）$`).exec(label);
  if (level2) return new RegExp(`(?<=^|[\\t|>"])[（(]${level2[1]}[）)]`, 'gm');
  return null;
}

const CELL_END = /[\t|<\n]/;
const ANY_LABEL = new RegExp(`^(?:${CN_NUMBER}[、.．]|[（(]${CN_NUMBER}[）)]|\\d{1,3}[.．、])`);

/** The heading cell's text after its label; a short label-less cell on the next row continues it (垫江). */
function titleAt(text: string, start: number): string {
  const rest = text.slice(start);
  const end = rest.search(CELL_END);
  let title = end < 0 ? rest : rest.slice(0, end);
  const lineEnd = rest.indexOf('\n');
  if (end >= 0 && rest[end] === '\t' && lineEnd >= 0) {
    const next = rest
      .slice(lineEnd + 1)
      .split('\n')
      .find((l) => l.trim());
    const cell = next
      ?.split('\t')
      .map((c) => c.trim())
      .find(Boolean);
    if (cell && cell.length <= 12 && !ANY_LABEL.test(cell) && !/[、，,。]/.test(cell)) title += cell;
  }
  return title.replace(/[。；;\s]+$/, '');
}

/**
 * Reads the title of every heading on the outline's paths from the seed text: the last occurrence
 * of the heading's label at the start of a line or cell before the first measure under it, so
 * the notice's own 一、二、 paragraphs before the plan are passed over.
 */
export function readSeedHeadings(seedText: string, items: readonly OutlineItem[]): Record<string, string> {
  const text = seedText.replace(/\r\n?/g, '\n').replace(/[ \u3000\u00a0]+/g, '');
  const headings: Record<string, string> = {};
  let from = 0;
  for (const item of items) {
    const probe = item.text.replace(/\s+/g, '').slice(0, 12);
    const found = text.indexOf(probe, from);
    const at = found < 0 ? text.length : found;
    for (let k = 0; k < item.path.length - 1; k++) {
      const key = item.path.slice(0, k + 1).join('');
      if (key in headings) continue;
      const re = labelPattern(item.path[k] as string);
      let hit: RegExpExecArray | null = null;
      if (re) {
        re.lastIndex = from;
        for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) hit = m;
      }
      headings[key] = hit ? titleAt(text, hit.index + hit[0].length) : '';
      if (hit) from = hit.index + hit[0].length;
    }
    if (found >= 0) from = found;
  }
  return headings;
}

/** A seed's outline from its expected JSON (toImportJson shape) and its text. */
export function seedOutline(
  name: string,
  expected: Omit<PlanOutline, 'name' | 'headings'>,
  seedText: string,
): PlanOutline {
  const { title, docNumber, issuer, issuedOn, year, items } = expected;
  return { name, title, docNumber, issuer, issuedOn, year, items, headings: readSeedHeadings(seedText, items) };
}

// ---------------------------------------------------------------------------------------------
// The choices of one variation.

export const LAYOUT_NAMES = [
  'markdown',
  'tabMerged',
  'pipeRows',
  'cellPerLineBars',
  'cellPerLine',
  'pageBroken',
  'proseBrackets',
  'proseParens',
  'mixedUnits',
  'asideColumns',
  'numbering',
  'docx',
  'xlsx',
] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** How table rows are written as text. */
export type Dialect = 'markdown' | 'tab' | 'pipe';

export type Words = {
  lead: string;
  responsible: string;
  cooperate: string;
  mixed: string;
  deadline: string;
  task: string;
  outerTask: string;
  measure: string;
  number: string;
};

export type Choices = {
  dialect: Dialect;
  /** inText: "1.依托…"; serialColumn: no number in the text, a 序号 column; renumbered: 1..N throughout. */
  numbering: 'inText' | 'serialColumn' | 'renumbered';
  /** Arabic labels as 1. / 1、 / 1． / １．; parenthesized ones full- or half-width. */
  arabicStyle: '.' | '、' | '．' | 'fullwidth';
  halfWidthParens: boolean;
  /** none: no deadline column (the text's own deadlines stand); all: every cell filled; sparse: some left empty. */
  deadlineMode: 'none' | 'all' | 'sparse';
  substituteDeadlines: boolean;
  /** Some measures' responsible units become cooperating units (配合). */
  cooperate: boolean;
  /** Units renamed to a department's own offices (科室). */
  offices: boolean;
  asciiParensInUnits: boolean;
  unitSeparator: '、' | '，' | '；' | 'lineBreak';
  /** separate: a column per role; mixed: one column with role words in the cells. */
  unitsScheme: 'separate' | 'mixed';
  /** What an empty role cell says ('' only where cells keep their places). */
  noneMarker: string;
  /** column: headings in task columns; rows: full-width heading rows; rowsAndColumn: 一、 rows, （一） column. */
  headingMode: 'column' | 'rows' | 'rowsAndColumn';
  /** A cell equal to the one above is left empty (merged), as Word and Excel copies show. */
  mergeRuns: boolean;
  /** A task cell is repeated on every row of its group instead of left empty. */
  repeatTask: boolean;
  /** Several measures with the same units and deadline share one cell. */
  multiMeasure: boolean;
  /** A measure cell holds a line break (a second paragraph). */
  splitMeasureLines: boolean;
  /** The order of the columns after the measure. */
  columnOrder: 'standard' | 'deadlineFirst' | 'responsibleFirst' | 'shuffled';
  asides: AsideColumn[];
  numberColumn: boolean;
  preamble: 'title' | 'titleAndNumber' | 'notice';
  blankLines: boolean;
  words: Words;
};

/** What each layout can show: cells with line breaks, empty cells that keep their place. */
const MULTILINE: ReadonlySet<LayoutName> = new Set([
  'markdown',
  'tabMerged',
  'cellPerLineBars',
  'docx',
  'xlsx',
  'mixedUnits',
  'asideColumns',
]);
const SPARSE_DEADLINES: ReadonlySet<LayoutName> = new Set([
  'cellPerLine',
  'cellPerLineBars',
  'proseBrackets',
  'proseParens',
]);

/** Two heading columns never share a header: 任务分类 | 工作任务, not 任务分类 | 任务分类. */
function headingColumnWords(rng: Random): Pick<Words, 'task' | 'outerTask'> {
  const outerTask = rng.pick(HEADER_WORDS.outerTask);
  return { outerTask, task: rng.pick(HEADER_WORDS.task.filter((w) => w !== outerTask)) };
}

function pickWords(rng: Random, offices: boolean): Words {
  const pool = (key: keyof typeof OFFICE_HEADER_WORDS) =>
    offices && rng.chance(0.7) ? OFFICE_HEADER_WORDS[key] : HEADER_WORDS[key];
  return {
    lead: rng.pick(pool('lead')),
    responsible: rng.pick(pool('responsible')),
    cooperate: rng.pick(pool('cooperate')),
    mixed: rng.pick(pool('mixed')),
    deadline: rng.pick(HEADER_WORDS.deadline),
    ...headingColumnWords(rng),
    measure: rng.pick(HEADER_WORDS.measure),
    number: rng.pick(HEADER_WORDS.number),
  };
}

/** A deadline a measure states (a column or a tail), not one found in its text. */
const statesDeadline = (item: OutlineItem) =>
  item.deadline.text !== '' &&
  !item.text.replace(/\s+/g, '').includes(item.deadline.text.replace(/\s+/g, '')) &&
  item.deadline.kind !== 'unspecified';

export function chooseVariation(outline: PlanOutline, layout: LayoutName, variation: number, rng: Random): Choices {
  const multiline = MULTILINE.has(layout);
  const stated = outline.items.some(statesDeadline);
  const offices = variation % 4 === 2 || rng.chance(0.15);
  const table = !layout.startsWith('prose');
  const deadlineMode: Choices['deadlineMode'] = stated
    ? 'all'
    : SPARSE_DEADLINES.has(layout) && rng.chance(0.4)
      ? 'sparse'
      : rng.chance(0.5)
        ? 'all'
        : 'none';
  const c: Choices = {
    dialect: rng.pick(['markdown', 'tab', 'pipe'] as const),
    numbering: 'inText',
    arabicStyle: rng.pick(['.', '.', '、', '．'] as const),
    halfWidthParens: rng.chance(0.4),
    deadlineMode,
    substituteDeadlines: deadlineMode !== 'none' && (variation % 3 === 1 || rng.chance(0.2)),
    cooperate: variation % 5 === 3 || rng.chance(0.15),
    offices,
    asciiParensInUnits: rng.chance(0.3),
    unitSeparator: multiline
      ? rng.pick(['、', '、', '、', '，', '；', 'lineBreak'] as const)
      : rng.pick(['、', '、', '，'] as const),
    unitsScheme: table && rng.chance(0.25) ? 'mixed' : 'separate',
    noneMarker: rng.pick(NONE_MARKERS),
    headingMode: rng.pick(['column', 'column', 'rows', 'rowsAndColumn'] as const),
    mergeRuns: false,
    repeatTask: rng.chance(0.3),
    multiMeasure: false,
    splitMeasureLines: false,
    columnOrder: rng.chance(0.2) ? rng.pick(['deadlineFirst', 'responsibleFirst'] as const) : 'standard',
    asides: rng.chance(0.15) ? ['备注'] : [],
    numberColumn: false,
    preamble: rng.pick(['title', 'titleAndNumber', 'notice'] as const),
    blankLines: rng.chance(0.5),
    words: pickWords(rng, offices),
  };
  return settle(applyLayout(c, layout, variation, rng), outline, layout);
}

/** What each layout insists on; the rest stays as drawn. */
function applyLayout(c: Choices, layout: LayoutName, variation: number, rng: Random): Choices {
  switch (layout) {
    case 'markdown':
      return { ...c, dialect: 'markdown', mergeRuns: rng.chance(0.4), multiMeasure: rng.chance(0.5) };
    case 'tabMerged':
      return { ...c, dialect: 'tab', mergeRuns: true, multiMeasure: rng.chance(0.4), splitMeasureLines: true };
    case 'pipeRows':
      return { ...c, dialect: 'pipe', asides: [] };
    case 'cellPerLineBars':
      return { ...c, asides: [], noneMarker: rng.chance(0.4) ? '' : c.noneMarker, splitMeasureLines: rng.chance(0.5) };
    case 'cellPerLine':
      return { ...c, asides: [] };
    case 'pageBroken':
      return { ...c, dialect: 'tab', asides: [] };
    case 'proseBrackets':
    case 'proseParens':
      return { ...c, unitsScheme: 'separate', asides: [] };
    case 'mixedUnits':
      return {
        ...c,
        dialect: (['markdown', 'tab', 'pipe'] as const)[variation % 3] as Dialect,
        unitsScheme: 'mixed',
        words: { ...c.words, mixed: HEADER_WORDS.mixed[variation % HEADER_WORDS.mixed.length] as string },
      };
    case 'asideColumns': {
      const asides = rng.shuffle<AsideColumn>(['备注', '完成情况', '分值']).slice(0, rng.int(1, 3));
      const columnOrder = (['shuffled', 'deadlineFirst', 'responsibleFirst'] as const)[variation % 3] ?? 'shuffled';
      return {
        ...c,
        dialect: rng.pick(['markdown', 'tab'] as const),
        asides,
        numberColumn: rng.chance(0.6),
        columnOrder,
      };
    }
    case 'numbering':
      return variation % 2 === 0
        ? { ...c, numbering: 'serialColumn', numberColumn: true, multiMeasure: false }
        : {
            ...c,
            numbering: 'renumbered',
            arabicStyle: rng.pick(['.', '、', '．', 'fullwidth', 'fullwidth'] as const),
          };
    case 'docx':
    case 'xlsx':
      return { ...c, mergeRuns: rng.chance(0.6), multiMeasure: rng.chance(0.4) };
  }
}

/** Layouts written in the drawn dialect (markdown, tab or pipe rows). */
export const DIALECT_LAYOUTS: ReadonlySet<LayoutName> = new Set(['mixedUnits', 'asideColumns', 'numbering']);

/** Removes combinations a layout cannot show unambiguously. */
function settle(c: Choices, outline: PlanOutline, layout: LayoutName): Choices {
  const out = { ...c };
  // Pipe rows and plain lines have no way to break a line inside a cell.
  const multiline = MULTILINE.has(layout) && !(DIALECT_LAYOUTS.has(layout) && out.dialect === 'pipe');
  if (!multiline) {
    if (out.unitSeparator === 'lineBreak') out.unitSeparator = '、';
    out.multiMeasure = false;
    out.splitMeasureLines = false;
  }
  // Merged (empty) cells read as "same as above": an empty cell must not mean "none" there.
  if (out.mergeRuns && out.noneMarker === '') out.noneMarker = '/';
  // Several measures in one cell, or a continued row, need their numbers in the text.
  if (out.numbering === 'serialColumn') {
    out.multiMeasure = false;
    out.numberColumn = true;
  }
  if (out.multiMeasure) out.splitMeasureLines = false;
  // A 序号 column next to printed labels must agree with them: the seed's labels must be 1..N.
  const serialLabels = outline.items.every((item, i) => item.label === `${i + 1}.`);
  if (out.numberColumn && out.numbering === 'inText' && !serialLabels) out.numberColumn = false;
  if (out.numberColumn) out.multiMeasure = false;
  // Two heading columns need every measure under a heading of each level, in order.
  if (out.headingMode === 'column' && !headingColumnsFit(outline)) out.headingMode = 'rowsAndColumn';
  return out;
}

/**
 * Whether the headings can stand in one column per level: a measure without a second-level
 * heading must not follow one with it in the same section (an empty cell would read as "same").
 */
function headingColumnsFit(outline: PlanOutline): boolean {
  const depth = Math.max(...outline.items.map((i) => i.path.length - 1));
  if (depth < 2) return true;
  let previous: string[] | null = null;
  for (const item of outline.items) {
    const shallow = item.path.length - 1 < depth;
    if (shallow && previous && previous[0] === item.path[0] && previous.length - 1 >= depth) return false;
    previous = item.path;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// The variant: items as the document will say them, and the expectation.

export type Heading = { key: string; label: string; printed: string; title: string; level: number };

export type VariantItem = ExpectedItem & {
  /** 1..N over the whole document. */
  serial: number;
  /** The number as printed before the text ('' when it is in the 序号 column). */
  printedLabel: string;
  ancestors: Heading[];
  /** Whether the deadline is written in the document (a column or a tail). */
  showDeadline: boolean;
};

export type Variant = {
  outline: PlanOutline;
  layout: LayoutName;
  variation: number;
  choices: Choices;
  items: VariantItem[];
  /** For choices made while rendering (aside notes, mixed-cell phrases). */
  rng: Random;
};

const FULLWIDTH_DIGITS = '０１２３４５６７８９';

function printLabel(label: string, c: Choices): string {
  const arabic = /^(\d+)\.$/.exec(label);
  if (arabic) {
    const n = arabic[1] as string;
    if (c.arabicStyle === 'fullwidth') return `${[...n].map((d) => FULLWIDTH_DIGITS[Number(d)]).join('')}．`;
    return `${n}${c.arabicStyle}`;
  }
  if (c.halfWidthParens) return label.replace('（', '(').replace('）', ')');
  return label;
}

/** Renames every unit to an office of one department, the same unit to the same office. */
function officeNames(outline: PlanOutline, rng: Random): Map<string, string> {
  const offices = rng.shuffle(OFFICES);
  const groups = rng.shuffle(OFFICE_GROUPS);
  const names = new Map<string, string>();
  for (const item of outline.items) {
    for (const unit of [...item.lead, ...item.responsible, ...item.cooperate]) {
      if (names.has(unit)) continue;
      const generic = /各|其他|有关|成员单位/.test(unit);
      const name = (generic ? groups.shift() : offices.shift()) ?? `业务${names.size + 1}科`;
      names.set(unit, name);
    }
  }
  return names;
}

export function buildVariant(outline: PlanOutline, layout: LayoutName, variation: number, rng: Random): Variant {
  const c = chooseVariation(outline, layout, variation, rng);
  const rename = c.offices ? officeNames(outline, rng) : null;
  const renamed = (units: string[]) => (rename ? units.map((u) => rename.get(u) ?? u) : [...units]);
  const year = outline.year;

  const items = outline.items.map((item, i): VariantItem => {
    const serial = i + 1;
    let lead = renamed(item.lead);
    let responsible = renamed(item.responsible);
    let cooperate = renamed(item.cooperate);
    const sameSets = lead.length > 0 && lead.join('、') === responsible.join('、');
    if (c.cooperate && lead.length && responsible.length && !cooperate.length && !sameSets && rng.chance(0.6)) {
      cooperate = responsible;
      responsible = [];
    }
    lead = [...lead];

    let deadline = { ...item.deadline };
    let showDeadline = false;
    if (c.deadlineMode === 'all') {
      showDeadline = true;
      if (c.substituteDeadlines && rng.chance(0.4)) deadline = deadlineFor(rng.pick(DEADLINE_FORMS), year);
      else if (deadline.kind === 'unspecified' || deadline.text === '')
        deadline = deadlineFor(rng.chance(0.6) ? rng.pick(YEAR_END_FORMS) : rng.pick(DEADLINE_FORMS), year);
    } else if (c.deadlineMode === 'sparse' && rng.chance(0.5)) {
      showDeadline = true;
      deadline = deadlineFor(rng.pick(DEADLINE_FORMS), year);
    }

    const renumber = c.numbering !== 'inText';
    const label = renumber ? `${serial}.` : item.label;
    const path = [...item.path.slice(0, -1), label];
    const ancestors = item.path.slice(0, -1).map((headingLabel, k) => {
      const key = item.path.slice(0, k + 1).join('');
      return {
        key,
        label: headingLabel,
        printed: printLabel(headingLabel, c),
        title: outline.headings[key] ?? '',
        level: k,
      };
    });
    return {
      label,
      path,
      text: item.text,
      lead,
      responsible,
      cooperate,
      deadline,
      headings: ancestors.map((a) => a.title),
      serial,
      printedLabel: c.numbering === 'serialColumn' ? '' : printLabel(label, c),
      ancestors,
      showDeadline,
    };
  });
  return { outline, layout, variation, choices: c, items, rng };
}

/** The expectation: the measures as the importer's JSON should give them. */
export function expectedItems(variant: Variant): ExpectedItem[] {
  return variant.items.map(({ label, path, text, lead, responsible, cooperate, deadline, headings }) => ({
    label,
    path,
    text,
    lead,
    responsible,
    cooperate,
    deadline,
    headings,
  }));
}

/** The choices in a few words, for failure messages. */
export function describeChoices(c: Choices, layout: LayoutName): string {
  const parts = [
    ...(DIALECT_LAYOUTS.has(layout) ? [`${c.dialect} rows`] : []),
    `numbering ${c.numbering}`,
    `units ${c.unitsScheme}${c.offices ? ' (科室)' : ''}${c.cooperate ? ' +配合' : ''}`,
    `deadlines ${c.deadlineMode}${c.substituteDeadlines ? ' (other forms)' : ''}`,
    `headings ${c.headingMode}`,
  ];
  if (c.mergeRuns) parts.push('merged cells');
  if (c.multiMeasure) parts.push('several measures per cell');
  if (c.asides.length) parts.push(`aside ${c.asides.join('/')}`);
  if (c.columnOrder !== 'standard') parts.push(`order ${c.columnOrder}`);
  return parts.join(', ');
}
