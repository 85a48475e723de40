import type { OrgCapabilities } from '@cascade/engine';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The org tree: governments (province → city → county → township), their offices and
 * departments (部门), and departments' sections (科室).
 *
 * `id` is the GB/T 2260 region code for governments ("441322"), the 9-digit code for
 * townships, and `<government id>-<function>` for departments ("441322-justice").
 * `path` is the chain of ids from the root, "/440000/441300/441322/", so a subtree is one
 * indexed prefix scan on both PostgreSQL 15 and PGlite.
 */
export const orgs = pgTable(
  'orgs',
  {
    id: text('id').primaryKey(),
    parentId: text('parent_id'),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    /** GB/T 2260 code for governments and townships; null for departments and sections. */
    regionCode: text('region_code'),
    name: text('name').notNull(),
    /** The short form used inside its own government's plans: 县司法局, 市政府办公室. */
    shortName: text('short_name').notNull(),
    /** Full name with ancestors, for search results: 广东省惠州市博罗县. */
    fullName: text('full_name').notNull(),
    /** province | city | county | township */
    level: text('level').notNull(),
    /** government | office | department | section | zone */
    kind: text('kind').notNull(),
    /** 省 / 自治区 / 直辖市 / 市 / 地区 / 自治州 / 县 / 区 / 县级市 / 旗 / 街道 / 镇 / 乡 / 开发区 … */
    divisionType: text('division_type'),
    /** Department function key from the function dictionary (justice, finance…). */
    function: text('function'),
    hasVillages: boolean('has_villages').notNull().default(false),
    hasCommunities: boolean('has_communities').notNull().default(false),
    villageCount: integer('village_count').notNull().default(0),
    communityCount: integer('community_count').notNull().default(0),
    tags: jsonb('tags').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    sortKey: integer('sort_key').notNull().default(0),
    /**
     * What an admin set about the org's capabilities (政府公报, 网站, 规范性文件, 新闻发布会), only the
     * ones set; null while all follow the defaults of its level and kind (`capabilitiesOf`).
     */
    capabilities: jsonb('capabilities').$type<Partial<OrgCapabilities>>(),
  },
  (t) => [
    index('orgs_parent_idx').on(t.parentId, t.sortKey),
    index('orgs_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('orgs_region_code_idx').on(t.regionCode),
    index('orgs_name_idx').on(t.name),
  ],
);

/** Bulk loads that ran to completion (org tree per scope…), so a re-run is a no-op. */
export const seedMarks = pgTable('seed_marks', {
  name: text('name').primaryKey(),
  counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
  completedAt: timestamp('completed_at', { withTimezone: true }).notNull().defaultNow(),
});
