import { CAPABILITY_LABELS, type OrgCapabilities } from './org-capabilities.ts';

/** The capabilities in the order screens and the CLI list them. */
export const CAPABILITY_KEYS = Object.keys(CAPABILITY_LABELS) as readonly (keyof OrgCapabilities)[];

export const WEBSITE_LABELS: Record<OrgCapabilities['website'], string> = {
  own: '自有门户网站',
  column: '上级政府网站专栏',
  none: '无',
};

/** A capability's value in words: 是 / 否, or the kind of website. */
export function capabilityValueLabel<K extends keyof OrgCapabilities>(key: K, value: OrgCapabilities[K]): string {
  if (key === 'website') return WEBSITE_LABELS[value as OrgCapabilities['website']] ?? String(value);
  return value ? '是' : '否';
}
