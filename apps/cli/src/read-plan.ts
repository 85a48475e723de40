import { readFile } from 'node:fs/promises';
import { importPlanFile } from '@cascade/documents';
import { type PlanDraft, type PlanJson, planDraftFromJson, systemClock, yearOf } from '@cascade/engine';

/**
 * A plan file as a draft: a plan exported as JSON (the import JSON shape) or a document to import.
 * The year is `--year`, else the plan's own, else this year (the CLI's clock is the real day).
 */
export async function readPlan(file: string, year: number | undefined): Promise<PlanDraft> {
  const thisYear = yearOf(systemClock);
  if (!file.endsWith('.json')) return importPlanFile(file, undefined, { year, thisYear });
  const json = JSON.parse(await readFile(file, { encoding: 'utf8' })) as PlanJson;
  return planDraftFromJson(json, year ?? json.year ?? thisYear);
}
