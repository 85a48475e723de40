import type { Deadline } from '../deadlines/deadline.ts';
import type { Rule } from '../rules/rule.ts';
import type { UnitRef } from '../units/units-by-role.ts';

/** A document cited as the basis of a plan (根据…): 《…》（国办发〔2022〕8号）. */
export type BasisDocument = { title: string; docNumber: string };

/** A heading of the outline: 一、 / （一） / 1. / （1）. */
export type OutlineHeading = { label: string; title: string; level: number };

/** A leaf measure (具体措施) as imported, with its position in the outline. */
export type DraftItem = {
  /**
   * The stored item's id, once the draft is saved. It stays when the outline is renumbered, so
   * derived items and upstream merges follow the item, not its number.
   */
  id?: string;
  /** Its own number as printed: "34." or "（三）". */
  label: string;
  /** Labels from the top of the outline down to and including this one. */
  path: string[];
  /** Titles of the headings on the path (same length as path minus one). */
  headings: string[];
  text: string;
  units: { lead: UnitRef[]; responsible: UnitRef[]; cooperate: UnitRef[] };
  deadline: Deadline;
  /** 1-based line in the source where the item starts. */
  line: number;
  /**
   * The item's own rules, authored in the designer: applicability (does a child inherit it) and
   * localization (text substitutions for the children the conditions name).
   */
  rules?: Rule[];
  /** Cells of table columns the importer kept aside (备注, 完成情况, 分值), with their header. */
  extras?: { column: string; text: string }[];
  /**
   * What the importer is unsure of, for the author to check before the draft exists: no unit
   * found, no deadline found, a unit the office's tree does not know, a due date outside the year.
   */
  warnings?: string[];
};

/** A table column as the importer read it; the author may give it another role in the review. */
export type ImportedColumn = { key: string; header: string; role: string };

/** How an import went, at a glance. */
export type ImportSummary = { items: number; itemsWithWarnings: number; unplacedLines: number };

/** Text the importer could not place; never dropped silently. */
export type UnplacedLine = { line: number; text: string };

/** The structured result of importing a plan document. */
export type PlanDraft = {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  /** YYYY-MM-DD or null. */
  issuedOn: string | null;
  year: number;
  basis: BasisDocument[];
  headings: OutlineHeading[];
  items: DraftItem[];
  unplaced: UnplacedLine[];
  /**
   * Text the importer recognised as not part of the outline, kept so a reviewer can see that no
   * measure went missing: the notice (通知) and web-page fields before the plan, the plan's own
   * introduction, table headers and page numbers (preamble); closing requirements, signature and
   * date (closing).
   */
  preamble?: UnplacedLine[];
  closing?: UnplacedLine[];
  /** The layout the text was read as: paragraphs, markdownTable, tabTable, pipeTable or cellLines. */
  layout?: string;
  /** The task table's columns as read (empty for prose). */
  columns?: ImportedColumn[];
  summary?: ImportSummary;
};
