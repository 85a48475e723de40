import type { Deadline } from '../deadlines/deadline.ts';
import type { OrgDirectory } from '../derivation/org-directory.ts';
import { resolveUnitOrgs } from '../derivation/resolve-unit-orgs.ts';
import { isIssuedTask } from '../ledger/ledger-rows.ts';
import { selfWord } from '../orgs/division-type.ts';
import { isTerritorial, type Org, type OrgLevel } from '../orgs/org.ts';
import { normalizeUnitText } from '../units/normalize-unit.ts';
import { readUnitSelector } from '../units/unit-selector.ts';
import type { UnitRole } from '../units/units-by-role.ts';
import type { VersionTask } from './version-changes.ts';

/**
 * What looks wrong before a publish, each with the tasks concerned:
 * noUnits — a task names no unit, so it reaches no ledger;
 * noDeadline — no deadline was read, so its rows have no due date and never light up;
 * unknownUnits — a unit phrase names no org of the owner's tree (nobody gets the task);
 * anotherPlace — the plan reads as another place's document (its issuer is another government, or
 *   most of its tasks name units by another level's word: 县司法局 in 广东省's plan), so its tasks
 *   would land on the owner's units of the same function.
 */
export type PublishWarningCode = 'noUnits' | 'noDeadline' | 'unknownUnits' | 'anotherPlace';

export type PublishWarning = {
  code: PublishWarningCode;
  /** The warning as a sentence (Chinese); the web words it from the code and the fields below. */
  message: string;
  /** Labels of the tasks concerned, in outline order. */
  labels: string[];
  /** The unit phrases concerned (unknownUnits, anotherPlace). */
  units: string[];
  /** The issuer that names another place (anotherPlace), when that is what gave it away. */
  issuer: string | null;
};

const ROLES: readonly UnitRole[] = ['lead', 'responsible', 'cooperate'];
const SHOWN = 8;

/** The level word a phrase speaking of its own government starts with: 县司法局 → 县, 市直各单位 → 市. */
const LEVEL_WORD = /^(自治区|地区|街道|省|市(?!场|民)|州|盟|县|区(?!域)|旗|乡(?!村)|镇)/;
/** The words each level calls itself by, for an owner that is not a government (a department's plan). */
const LEVEL_WORDS: Record<OrgLevel, readonly string[]> = {
  province: ['省', '自治区', '市'],
  city: ['市', '州', '盟', '地区'],
  county: ['县', '区', '市', '旗'],
  township: ['乡', '镇', '街道'],
};
/** A government's office or the government itself as an issuer: 垫江县人民政府办公室 → 垫江县. */
const ISSUER_TAIL = /(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|政府办|办公室|办公厅|政府)$/;
const PLACE = /^[\u4e00-\u9fa5]{2,}(?:省|自治区|市|州|盟|地区|县|区|旗|乡|镇|街道)$/;

const phrasesOf = (item: VersionTask) => {
  const units = (item.units ?? {}) as Partial<Record<UnitRole, string[]>>;
  return [...new Set(ROLES.flatMap((role) => units[role] ?? []))];
};
const listed = (labels: readonly string[]) => labels.slice(0, SHOWN).join(' ') + (labels.length > SHOWN ? ` 等` : '');
const quoted = (units: readonly string[]) =>
  units
    .slice(0, SHOWN)
    .map((u) => `“${u}”`)
    .join('、') + (units.length > SHOWN ? ' 等' : '');

/**
 * The level word of a phrase that speaks of a government's own units (its office, itself, its
 * departments, a named department), when it is not a word the owner calls itself by: 县司法局 in
 * 广东省's plan → 县. Phrases about the governments below (各乡镇) name no level of their own.
 */
export function foreignLevelWord(phrase: string, owner: Org): string | null {
  const normalized = normalizeUnitText(phrase);
  const selector = readUnitSelector(normalized);
  if (!['self', 'ownOffice', 'departments', 'namedOrg'].includes(selector.kind)) return null;
  const word = LEVEL_WORD.exec(normalized)?.[1];
  if (!word) return null;
  const own = isTerritorial(owner) && owner.divisionType ? [selfWord(owner.divisionType)] : LEVEL_WORDS[owner.level];
  return own.includes(word) ? null : word;
}

/** The place an issuer names when it is another government than the owner: 垫江县人民政府办公室 in 广东省. */
export function foreignIssuerPlace(issuer: string | null | undefined, owner: Org): string | null {
  if (!issuer || !isTerritorial(owner)) return null;
  const place = normalizeUnitText(issuer).replace(ISSUER_TAIL, '');
  if (!PLACE.test(place) || place === owner.name || owner.fullName.endsWith(place)) return null;
  return place;
}

/**
 * The warnings a publish should be acknowledged against, for the working draft's tasks (those it
 * issues: not the ones marked not applicable), read against the owner's tree as the ledger
 * rows are (`resolveUnitOrgs`). A named group (领导小组成员单位) names nobody on purpose and is no
 * warning. Pure.
 */
export function publishWarnings(input: {
  items: readonly VersionTask[];
  owner: Org;
  directory: OrgDirectory;
  issuer?: string | null;
}): PublishWarning[] {
  const { owner, directory } = input;
  const tasks = input.items.filter(isIssuedTask);
  const warnings: PublishWarning[] = [];
  const add = (
    code: PublishWarningCode,
    message: string,
    labels: string[],
    units: string[] = [],
    issuer = null as string | null,
  ) => warnings.push({ code, message, labels, units, issuer });

  const unaddressed = tasks.filter((t) => !phrasesOf(t).length).map((t) => t.label);
  if (unaddressed.length)
    add(
      'noUnits',
      `${unaddressed.length} 项任务（${listed(unaddressed)}）没有承办单位，发布后不会下达到任何单位的台账。`,
      unaddressed,
    );

  const undated = tasks
    .filter((t) => ((t.deadline as Deadline | null)?.kind ?? 'unspecified') === 'unspecified')
    .map((t) => t.label);
  if (undated.length)
    add(
      'noDeadline',
      `${undated.length} 项任务（${listed(undated)}）没有读到完成时限，台账中没有到期日，不会亮灯提醒。`,
      undated,
    );

  const unknown = new Map<string, string[]>();
  const foreign = new Map<string, string[]>();
  const addressed = tasks.filter((t) => phrasesOf(t).length);
  for (const task of addressed)
    for (const phrase of phrasesOf(task)) {
      const isGroup = readUnitSelector(normalizeUnitText(phrase)).kind === 'group';
      if (!isGroup && !resolveUnitOrgs(phrase, owner, directory).length)
        unknown.set(phrase, [...(unknown.get(phrase) ?? []), task.id]);
      if (foreignLevelWord(phrase, owner)) foreign.set(phrase, [...(foreign.get(phrase) ?? []), task.id]);
    }
  if (unknown.size) {
    const labels = labelsIn(tasks, unknown);
    add(
      'unknownUnits',
      `${quoted([...unknown.keys()])}在${owner.name}的组织机构中找不到对应单位，涉及 ${labels.length} 项任务（${listed(labels)}），发布后这些单位不会收到任务。`,
      labels,
      [...unknown.keys()],
    );
  }

  const issuerPlace = foreignIssuerPlace(input.issuer, owner);
  const foreignLabels = labelsIn(tasks, foreign);
  // One stray superior unit is no sign; most tasks written for another level, or another issuer, is.
  if (issuerPlace || (foreignLabels.length && foreignLabels.length * 2 > addressed.length)) {
    const why = [
      ...(issuerPlace ? [`发文单位是“${input.issuer}”`] : []),
      ...(foreign.size ? [`${foreignLabels.length} 项任务的单位写作${quoted([...foreign.keys()])}`] : []),
    ].join('，');
    add(
      'anotherPlace',
      `这份方案像是其他地方的文件：${why}，不是${owner.name}的单位；发布后这些任务会按${owner.name}的单位下达，可能交给了不该承办的单位。`,
      foreignLabels,
      [...foreign.keys()],
      issuerPlace ? (input.issuer ?? null) : null,
    );
  }
  return warnings;
}

/** The labels of the tasks (by id) a phrase map names, in outline order. */
function labelsIn(tasks: readonly VersionTask[], byPhrase: Map<string, string[]>): string[] {
  const named = new Set([...byPhrase.values()].flat());
  return tasks.filter((t) => named.has(t.id)).map((t) => t.label);
}
