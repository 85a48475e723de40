import type { WorkflowVariant } from '@cascade/engine';

/**
 * The engine writes its standard variants' names, states and transitions in Chinese, as data
 * (标准流程, 已报送, 核验通过, 初审退回 …). The English UI shows those standard words in English;
 * a word an author typed (分管领导审核) is theirs and stays as written.
 */
const WORDS: Record<string, string> = {
  标准流程: 'Standard workflow',
  仅报备: 'Report only',
  草稿: 'Draft',
  已下达: 'Assigned',
  已报送: 'Reported',
  已核验: 'Verified',
  已销号: 'Closed',
  整改中: 'Rectifying',
  下达: 'Assign',
  报送: 'Report',
  报备: 'File',
  报送整改情况: 'Report the rectification',
  回头看整改: 'Reopen for rectification',
  核验通过: 'Verify',
  退回: 'Return',
  销号: 'Close',
  初审: 'First review',
  复审: 'Second review',
  终审: 'Final review',
  三审三校: 'Three reviews',
  法制审核: 'Legal review',
  保密审查: 'Confidentiality review',
  主要负责同志审批: 'Approval by the head',
};

/** Composite labels the engine builds from a step's name: 提交初审, 初审通过, 初审退回, 标准流程（初审、复审）. */
const PATTERNS: [RegExp, (...parts: string[]) => string][] = [
  [/^提交(.+)$/, (step) => `Submit to ${step}`],
  [/^(.+)通过$/, (step) => `${step} passed`],
  [/^(.+)退回$/, (step) => `Returned at ${step}`],
];

function english(label: string): string | undefined {
  if (WORDS[label]) return WORDS[label];
  const named = /^(.+)（(.+)）$/.exec(label);
  if (named) {
    const base = english(named[1] as string);
    const steps = (named[2] as string).split('、').map(english);
    return base && steps.every(Boolean) ? `${base} (${steps.join(', ')})` : undefined;
  }
  for (const [pattern, write] of PATTERNS) {
    const m = pattern.exec(label);
    const step = m && english(m[1] as string);
    if (step) return write(step);
  }
  return undefined;
}

/** A workflow label as the reader's language shows it. */
export function workflowWord(label: string, inEnglish: boolean): string {
  return inEnglish ? (english(label) ?? label) : label;
}

/** The variant with its standard words in the reader's language (for the diagram and its description). */
export function variantInLanguage(variant: WorkflowVariant, inEnglish: boolean): WorkflowVariant {
  if (!inEnglish) return variant;
  const word = (label: string) => workflowWord(label, true);
  const states = Object.fromEntries(
    Object.entries(variant.states).map(([id, state]) => [
      id,
      {
        ...state,
        label: word(state.label),
        ...(state.on
          ? {
              on: Object.fromEntries(
                Object.entries(state.on).map(([event, to]) => [event, { ...to, label: word(to.label) }]),
              ),
            }
          : {}),
      },
    ]),
  );
  return { ...variant, name: word(variant.name), states };
}
