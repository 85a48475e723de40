/**
 * How a task names the workflow its rows run on: a built-in or composed variant by its id
 * (`standard`, `standard+初审`: version 1), or a designed variant by id and published version
 * (`wf-k3x9…@2`). Rows store the two apart (variant, version).
 */
export type VariantRef = { id: string; version: number };

const DESIGNED = /^(wf-[a-z0-9]{6,32})@([1-9]\d{0,5})$/;

/** Whether the reference names a designed (stored) variant. */
export function isDesignedVariantRef(ref: string): boolean {
  return DESIGNED.test(ref);
}

export function parseVariantRef(ref: string): VariantRef {
  const designed = DESIGNED.exec(ref);
  if (designed) return { id: designed[1] as string, version: Number(designed[2]) };
  return { id: ref, version: 1 };
}

export function variantRef(id: string, version: number): string {
  return id.startsWith('wf-') ? `${id}@${version}` : id;
}
