import { DEPARTMENT_FUNCTIONS } from './department-functions.ts';
import type { Org } from './org.ts';
import { TOWNSHIP_OFFICES } from './township-offices.ts';

/**
 * A township's own office (党政办, 社会事务办 …): it works inside a 乡镇/街道, which has no 部门.
 * Its `function` is a key of TOWNSHIP_OFFICES, not of the department dictionary.
 */
export function isTownshipOffice(org: Pick<Org, 'level' | 'kind'>): boolean {
  return org.level === 'township' && (org.kind === 'office' || org.kind === 'department');
}

const TOWNSHIP_OFFICE_BY_KEY = new Map(TOWNSHIP_OFFICES.map((o) => [o.key, o]));

/**
 * What the org does, in words: a department's function (司法), or for a township office the
 * county functions whose work it does in the township (社会事务办: 卫生健康、民政、教育 …).
 * Null when the org has no function (governments, sections) or one no dictionary knows.
 */
export function functionLabelOf(org: Pick<Org, 'level' | 'kind' | 'function'>): string | null {
  if (!org.function) return null;
  if (isTownshipOffice(org)) {
    const office = TOWNSHIP_OFFICE_BY_KEY.get(org.function);
    if (office) return office.serves.map((key) => labelOfDepartmentFunction(key) ?? key).join('、');
  }
  return labelOfDepartmentFunction(org.function);
}

const DEPARTMENT_LABELS = new Map(DEPARTMENT_FUNCTIONS.map((d) => [d.key, d.label]));
const labelOfDepartmentFunction = (key: string): string | null => DEPARTMENT_LABELS.get(key) ?? null;
