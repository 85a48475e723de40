import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../deadlines/parse-deadline.ts';
import { createOrgDirectory } from '../derivation/org-directory.ts';
import type { Org } from '../orgs/org.ts';
import { foreignIssuerPlace, foreignLevelWord, publishWarnings } from './publish-warnings.ts';
import type { VersionTask } from './version-changes.ts';

const org = (o: Partial<Org> & Pick<Org, 'id' | 'name' | 'level'>): Org => ({
  parentId: null,
  path: `/${o.id}/`,
  depth: 0,
  regionCode: o.id,
  fullName: o.name,
  kind: 'government',
  divisionType: null,
  function: null,
  hasVillages: false,
  hasCommunities: false,
  villageCount: 0,
  communityCount: 0,
  tags: [],
  ...o,
});
const below = (parent: Org, o: Partial<Org> & Pick<Org, 'id' | 'name'>): Org =>
  org({
    level: parent.level,
    parentId: parent.id,
    path: `${parent.path}${o.id}/`,
    depth: parent.depth + 1,
    fullName: `${parent.fullName}${o.name}`,
    ...o,
  });
const province = org({ id: '440000', name: '广东省', level: 'province', divisionType: '省' });
const provinceOrgs = [
  province,
  below(province, { id: '440000-office', name: '广东省人民政府办公厅', kind: 'office', function: 'office' }),
  below(province, { id: '440000-justice', name: '广东省司法厅', kind: 'department', function: 'justice' }),
  below(province, { id: '441300', name: '惠州市', level: 'city', divisionType: '市' }),
];
const directory = createOrgDirectory(provinceOrgs);

const task = (
  label: string,
  units: Partial<Record<'lead' | 'responsible' | 'cooperate', string[]>>,
  deadline = '2022年12月底前',
): VersionTask => ({
  id: `t${label}`,
  kind: 'task',
  label,
  text: `任务${label}`,
  units: { lead: [], responsible: [], cooperate: [], ...units },
  deadline: parseDeadline(deadline, { year: 2022 }),
  derivationStatus: null,
});

describe('what looks wrong before a publish', () => {
  it('names the tasks without units and without a deadline read', () => {
    const warnings = publishWarnings({
      items: [task('1.', {}), task('2.', { lead: ['省司法厅'] }, ''), task('3.', { lead: ['省司法厅'] })],
      owner: province,
      directory,
    });
    expect(warnings.map((w) => [w.code, w.labels])).toEqual([
      ['noUnits', ['1.']],
      ['noDeadline', ['2.']],
    ]);
    expect(warnings[0]?.message).toBe('1 项任务（1.）没有承办单位，发布后不会下达到任何单位的台账。');
  });

  it('names a unit of no org in the tree, but not a named group (which names nobody on purpose)', () => {
    const warnings = publishWarnings({
      items: [task('1.', { lead: ['省外事办'], cooperate: ['领导小组成员单位'] }), task('2.', { lead: ['省司法厅'] })],
      owner: province,
      directory,
    });
    expect(warnings).toEqual([expect.objectContaining({ code: 'unknownUnits', labels: ['1.'], units: ['省外事办'] })]);
    expect(warnings[0]?.message).toContain('“省外事办”在广东省的组织机构中找不到对应单位');
  });

  it('reads a county document imported as 广东省’s plan as another place’s: its units by the county’s word, its issuer', () => {
    const items = [
      task('1.', { lead: ['县政府办公室'], responsible: ['县政府各部门', '各乡镇（街道）'] }),
      task('2.', { lead: ['县司法局'] }),
      task('3.', { lead: ['省司法厅'] }),
    ];
    const warnings = publishWarnings({ items, owner: province, directory, issuer: '垫江县人民政府办公室' });
    const another = warnings.find((w) => w.code === 'anotherPlace');
    expect(another).toMatchObject({
      labels: ['1.', '2.'],
      units: ['县政府办公室', '县政府各部门', '县司法局'],
      issuer: '垫江县人民政府办公室',
    });
    expect(another?.message).toContain('发文单位是“垫江县人民政府办公室”');
    // Without the issuer, two tasks of three written for a county still give it away…
    expect(publishWarnings({ items, owner: province, directory }).map((w) => w.code)).toContain('anotherPlace');
    // …but one stray superior unit among many of the owner's own does not.
    const mostlyOwn = [
      task('1.', { lead: ['县司法局'] }),
      task('2.', { lead: ['省司法厅'] }),
      task('3.', { lead: ['省司法厅'] }),
    ];
    expect(publishWarnings({ items: mostlyOwn, owner: province, directory })).toEqual([]);
  });

  it('reads the level words a phrase speaks of its own government by, against the owner’s', () => {
    expect(foreignLevelWord('县司法局', province)).toBe('县');
    expect(foreignLevelWord('省直各单位', province)).toBeNull();
    expect(foreignLevelWord('各县（区）人民政府', province)).toBeNull();
    expect(foreignLevelWord('市场监管局', province)).toBeNull();
    const county = org({ id: '360681', name: '贵溪市', level: 'county', divisionType: '县级市' });
    expect(foreignLevelWord('市司法局', county)).toBeNull();
    expect(foreignLevelWord('县司法局', county)).toBe('县');
    expect(foreignIssuerPlace('垫江县人民政府办公室', province)).toBe('垫江县');
    expect(foreignIssuerPlace('广东省人民政府办公厅', province)).toBeNull();
    expect(foreignIssuerPlace('国务院办公厅', province)).toBeNull();
  });
});
