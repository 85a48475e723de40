const SPACES = /\s+/g;
const EDGE_PUNCTUATION = /^[、，,；;：:∶。.!！?？\-—·]+|[、，,；;：:∶。.!！?？\-—·]+$/g;
/** 等 closing a list: "国资委等单位", "县招商投资局等县政府部门", "市教育局等". */
const ET_CETERA = /等[^、，,；;（）]{0,8}(?:单位|部门|机构)$|等$/;
/** Brackets that belong to document numbers and annotations, never to a unit's name. */
const OTHER_BRACKETS = /[〔〕【】［］[\]]/g;
const EMPTY_PARENS = /（）/g;
const MAX_PASSES = 6;

/**
 * A unit as written, normalized for comparison and display: full-width parentheses, no spaces
 * (PDF copies break names: "县委 网信办"), no edge punctuation, no closing 等/等单位, balanced
 * parentheses, no 〔〕【】 brackets. Idempotent: each step may expose another, so it runs to a fixpoint.
 */
export function normalizeUnitText(text: string): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = current
      .replace(SPACES, '')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(EDGE_PUNCTUATION, '')
      .replace(OTHER_BRACKETS, '')
      .replace(ET_CETERA, '')
      .replace(EMPTY_PARENS, '');
    const balanced = balanceParens(next);
    if (balanced === current) return balanced;
    current = balanced;
  }
  return current;
}

/**
 * Drops closing parentheses that close nothing ("各乡镇（街道））" → "各乡镇（街道）") and closes what a
 * broken cell left open ("各县（区）人民政府（管委会" → "…（管委会）").
 */
function balanceParens(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '（') depth++;
    if (ch === '）') {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  return out + '）'.repeat(depth);
}

/** Splits on the separators given, but never inside parentheses: 各乡（镇、街道） stays whole. */
export function splitOutsideParens(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    if ((ch === ')' || ch === '）') && depth > 0) depth--;
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** How a complete unit name ends: 市司法局, 县委, 县政府办公室, 各乡镇（街道）, 市融媒体中心. */
const COMPLETE_NAME =
  /(?:局|办|委|室|部|中心|政府|单位|部门|机构|院|会|所|队|站|馆|处|科|股|社|行|团|厅|署|组|公司|集团|台|街道|乡镇|）)$/;
/** How a unit name begins: a level, 各, 中共…; "网信办" after "县委 " does not, so it is a broken name. */
const NAME_START = /^(?:各|省|市|县|区|州|盟|旗|乡|镇|街道|中共|共青团|国家|团|全|有关|相关|其他|本级)/;
/** 各县、区人民政府 / 各县、市、区: 各 spans the list, it is one phrase. */
const DISTRIBUTED_LEVELS = /^各[县市区乡镇旗](?:、[县市区乡镇旗])*$/;
const LEVEL_START = /^[县市区乡镇旗]/;

/**
 * Splits a run of units without role words ("市政府办公室、市司法局", "市政府办公室 市司法局")
 * into the units as written: on 、 outside parentheses, and on spaces only between complete names
 * (so "县委 网信办" and "各乡 镇(街道)" stay one unit); "各县、区人民政府" stays one phrase.
 */
export function splitUnitRun(run: string): string[] {
  const pieces = splitOutsideParens(run, '、').flatMap(splitOnNameSpaces);
  const merged: string[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && continuesLevelList(last, piece)) {
      merged[merged.length - 1] = `${last}、${piece}`;
    } else {
      merged.push(piece);
    }
  }
  return merged;
}

/** Would "各县" and "区人民政府" written with 、 between them read as one phrase (各县、区人民政府)? */
export function continuesLevelList(previous: string, next: string): boolean {
  return DISTRIBUTED_LEVELS.test(previous) && LEVEL_START.test(next);
}

function splitOnNameSpaces(piece: string): string[] {
  const tokens = splitOutsideParens(piece, ' \t\u3000\u00a0');
  const names: string[] = [];
  for (const token of tokens) {
    const last = names.at(-1);
    if (last !== undefined && !(COMPLETE_NAME.test(last) && NAME_START.test(token))) {
      names[names.length - 1] = last + token;
    } else {
      names.push(token);
    }
  }
  return names;
}
