import type { Rule } from '../rules/rule.ts';

/**
 * The default localization profile: what every derivation does without the author writing a
 * rule. Rules decide (json-rules-engine format, over the child's facts); derivation applies.
 * - level words: 全市→全县, 市直→县直 … whenever the child calls itself by another word;
 * - 村→社区 wording where the child has communities but no villages (以社区为单位…居务公开栏).
 */
export const DEFAULT_PROFILE: Rule[] = [
  {
    id: 'localize:levelWords',
    kind: 'localization',
    name: '层级用语本地化（全市→全县、市直→县直）',
    conditions: { all: [{ fact: 'selfWord', operator: 'notEqual', value: { fact: 'parentWord' } }] },
    event: { type: 'substituteLevelWords' },
  },
  {
    id: 'localize:villageToCommunity',
    kind: 'localization',
    name: '无村有社区：村务表述改为社区表述',
    conditions: {
      all: [
        { fact: 'hasVillages', operator: 'equal', value: false },
        { fact: 'hasCommunities', operator: 'equal', value: true },
      ],
    },
    event: {
      type: 'substitute',
      params: {
        pairs: [
          ['以村为单位', '以社区为单位'],
          ['村务公开栏', '居务公开栏'],
          ['村务公开', '居务公开'],
          ['村委会', '居委会'],
          ['村民', '居民'],
        ],
      },
    },
  },
];

/** Level words and the forms they take: 全市, 市直, 市级, 本市, 我市, 市政府, 市委. */
export function levelWordPairs(parentWord: string, childWord: string, childIsCounty: boolean): [string, string][] {
  const forms = (w: string) => [`全${w}`, `${w}直`, `${w}级`, `本${w}`, `我${w}`, `${w}政府`, `${w}委`];
  const to = forms(childWord);
  // A street has an office (办事处) and a Party working committee (党工委), not a government; a
  // township's committee is its 党委.
  if (childWord === '街道') to.splice(5, 2, '街道办事处', '街道党工委');
  else if (childWord === '乡' || childWord === '镇') to.splice(6, 1, `${childWord}党委`);
  const pairs = forms(parentWord).map((f, i) => [f, to[i] as string] as [string, string]);
  // A county reading "各县（区）要…" is reading about itself.
  if (childIsCounty)
    pairs.push(['各县（区）', `本${childWord}`], ['各县(区)', `本${childWord}`], ['各县区', `本${childWord}`]);
  return pairs;
}
