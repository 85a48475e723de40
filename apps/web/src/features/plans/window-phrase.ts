/** The feedback window as the plan words it (本文印发30日内), not the whole clause it stands in. */
export function windowPhrase(clause: string): string {
  return /(?:本文)?印发\d+(?:个工作)?日内|\d+个?工作日内|\d+日内/.exec(clause)?.[0] ?? clause.slice(0, 40);
}
