import { getDepartmentFunction } from './department-functions.ts';
import { selfWord } from './division-type.ts';
import type { Org } from './org.ts';

type Government = Pick<Org, 'name' | 'level' | 'divisionType'>;

/**
 * The name a department goes by, in full (博罗县司法局, 惠州市人民政府办公室, 广东省司法厅) and
 * in the short form plans use inside their own government (县司法局, 市政府办公室, 省司法厅).
 */
export function renderDepartmentName(functionKey: string, government: Government): { name: string; shortName: string } {
  const fn = getDepartmentFunction(functionKey);
  const level = government.level === 'township' ? 'county' : government.level;
  const title = fn.names[level];
  const word = selfWord(government.divisionType);
  if (fn.isOffice) {
    const short = level === 'province' ? `${word}政府办公厅` : `${word}政府办公室`;
    return { name: `${government.name}${title}`, shortName: short };
  }
  if (functionKey === 'cyberspace') {
    // 网信办 belongs to the Party committee: 中共惠州市委网信办 / 市委网信办.
    return { name: `中共${government.name}${title}`, shortName: `${word}${title}` };
  }
  if (functionKey === 'tax') {
    return { name: `国家税务总局${government.name}${title}`, shortName: `${word}${title}` };
  }
  return { name: `${government.name}${title}`, shortName: `${word}${title}` };
}
