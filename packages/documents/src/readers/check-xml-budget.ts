import { ImportError, type ImportErrorDetails } from '../import/import-error.ts';
import { formatBytes, OFFICE_PACKAGE_LIMITS, type OfficePackageLimits } from './office-package-limits.ts';
import { isXmlPart } from './unpack-office-package.ts';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

const count = (n: number) => n.toLocaleString('en-US');

type PartTally = { nodes: number; depth: number; hasDoctype: boolean };

/**
 * Counts a part's elements and attributes and its deepest nesting in one pass over the bytes,
 * without building anything: a cheap stand-in for what parsing it would cost. Stops once `budget`
 * nodes or `maxDepth` are passed. Comments, CDATA and processing instructions are skipped; quoted
 * attribute values may hold ">" (XML allows it), so tags are read quote by quote.
 */
function tallyPart(bytes: Uint8Array, budget: number, maxDepth: number): PartTally {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let nodes = 0;
  let depth = 0;
  let deepest = 0;
  for (let i = text.indexOf(LT); i >= 0 && nodes <= budget && deepest <= maxDepth; i = text.indexOf(LT, i)) {
    const next = text[i + 1];
    if (next === BANG) {
      if (text[i + 2] === 0x2d) i = text.indexOf('-->', i + 4);
      else if (text[i + 2] === 0x5b) i = text.indexOf(']]>', i + 3);
      else return { nodes, depth: deepest, hasDoctype: true };
    } else if (next === QUESTION) {
      i = text.indexOf('?>', i + 2);
    } else if (next === SLASH) {
      depth--;
      i = text.indexOf(GT, i + 2);
    } else {
      nodes++;
      let quote = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        const b = text[j];
        if (quote) {
          if (b === quote) quote = 0;
        } else if (b === QUOTE || b === APOSTROPHE) quote = b;
        else if (b === EQUALS) nodes++;
        else if (b === GT) break;
      }
      if (text[j - 1] !== SLASH) deepest = Math.max(deepest, ++depth);
      i = j;
    }
    if (i < 0) break;
  }
  return { nodes, depth: deepest, hasDoctype: false };
}

/**
 * The parse budget: the XML parts together may hold at most `xmlNodes` elements + attributes,
 * none may nest deeper than `xmlDepth` or declare a DOCTYPE (Office never writes one; it is how
 * entity-expansion attacks start), and a part read as XML by its content rather than its name
 * is held to the XML part size as well. Images and other binary parts are not looked at.
 *
 * @throws ImportError 'tooLarge' naming the limit and the part; 'unreadable' for a DOCTYPE
 */
export function checkXmlBudget(
  files: Map<string, Uint8Array>,
  at: ImportErrorDetails = {},
  limits: OfficePackageLimits = OFFICE_PACKAGE_LIMITS,
): void {
  let nodes = 0;
  for (const [name, data] of files) {
    if (!isXmlPart(name, data)) continue;
    if (data.length > limits.xmlPartBytes)
      throw new ImportError('tooLarge', {
        ...at,
        detail: `${name} 解压后 ${formatBytes(data.length)}，超过 ${formatBytes(limits.xmlPartBytes)} 上限`,
        detailEn: `${name} unpacks to ${formatBytes(data.length)}, over the ${formatBytes(limits.xmlPartBytes)} limit`,
      });
    const part = tallyPart(data, limits.xmlNodes - nodes, limits.xmlDepth);
    nodes += part.nodes;
    if (part.hasDoctype)
      throw new ImportError('unreadable', {
        ...at,
        detail: `${name} 含有 DOCTYPE 声明，Office 文档不会有`,
        detailEn: `${name} declares a DOCTYPE, which Office documents never do`,
      });
    if (part.depth > limits.xmlDepth)
      throw new ImportError('tooLarge', {
        ...at,
        detail: `${name} 的 XML 嵌套超过 ${limits.xmlDepth} 层上限`,
        detailEn: `${name} nests XML deeper than the limit of ${limits.xmlDepth} levels`,
      });
    if (nodes > limits.xmlNodes)
      throw new ImportError('tooLarge', {
        ...at,
        detail: `XML 元素和属性超过 ${count(limits.xmlNodes)} 个上限（到 ${name} 为止）`,
        detailEn: `more than ${count(limits.xmlNodes)} XML elements and attributes (by ${name})`,
      });
  }
}
