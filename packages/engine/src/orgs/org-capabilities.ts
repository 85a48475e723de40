import type { Org } from './org.ts';

/**
 * What an org can do, as facts localization rules read (docs/DOMAIN.md): a task an org cannot do as
 * written is left out, turned into support for its superior's work, or reworded. The defaults
 * follow the 条例 and common practice (sources in docs/DOMAIN.md); an admin overrides them per org.
 */
export type OrgCapabilities = {
  /** Publishes a 政府公报 (government gazette). */
  gazette: boolean;
  /** Its own 门户网站, a 专栏 on its superior's portal (乡镇/街道, departments), or neither. */
  website: 'own' | 'column' | 'none';
  /** Issues 行政规范性文件 and keeps their library (规范性文件库). */
  normativeDocuments: boolean;
  /** Holds 新闻发布会 itself. */
  pressConferences: boolean;
};

export const CAPABILITY_LABELS: Record<keyof OrgCapabilities, string> = {
  gazette: '编发政府公报',
  website: '政府网站',
  normativeDocuments: '制发行政规范性文件',
  pressConferences: '举办新闻发布会',
};

const NONE: OrgCapabilities = { gazette: false, website: 'none', normativeDocuments: false, pressConferences: false };

function defaultCapabilities(org: Pick<Org, 'level' | 'kind'>): OrgCapabilities {
  if (org.kind === 'section') return NONE;
  if (org.level === 'township') return { ...NONE, website: 'column' };
  if (org.kind === 'zone') return { ...NONE, website: 'column' };
  if (org.kind === 'government')
    return { gazette: true, website: 'own', normativeDocuments: true, pressConferences: true };
  // Departments and the government's office above township level: a 专栏 on the government's
  // portal (集约化), their own 规范性文件 and 新闻发布会, no gazette of their own.
  return { gazette: false, website: 'column', normativeDocuments: true, pressConferences: true };
}

/** The org's capabilities: the defaults of its level and kind, with what an admin set on top. */
export function capabilitiesOf(org: Pick<Org, 'level' | 'kind' | 'capabilities'>): OrgCapabilities {
  return { ...defaultCapabilities(org), ...(org.capabilities ?? {}) };
}
