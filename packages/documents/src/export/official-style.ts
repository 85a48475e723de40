import { AlignmentType, type IRunOptions, LineRuleType, Paragraph, type ParagraphChild, TextRun } from 'docx';

/**
 * 公文 (GB/T 9704-2012) typefaces. Word matches a missing font by the fontTable entry (charset
 * 86 = GB2312, family, alternative name), so each face names the common font it falls back to:
 * 仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体 on machines without the 方正 fonts.
 */
export const FONTS = {
  /** 小标宋: 发文机关标志 and titles. */
  title: { name: '方正小标宋简体', fallback: '宋体', family: 'roman' },
  /** 仿宋: body text. */
  body: { name: '仿宋_GB2312', fallback: '仿宋', family: 'modern' },
  /** 黑体: first-level headings, 附件 label, table headers. */
  heading: { name: '黑体', fallback: 'SimHei', family: 'swiss' },
  /** 楷体: second-level headings. */
  kai: { name: '楷体_GB2312', fallback: '楷体', family: 'script' },
} as const;

export type FontRole = keyof typeof FONTS;

/** Chinese font sizes (字号) in points. */
export const SIZE = {
  初号: 42,
  小初: 36,
  一号: 26,
  二号: 22,
  小二: 18,
  三号: 16,
  四号: 14,
  小四: 12,
  五号: 10.5,
} as const;

/** The 红头 red. */
export const RED = 'FF0000';

/** Millimetres to twentieths of a point (twips), the unit of page geometry in Word. */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);

/** A line every 28 pt: with 三号 text that is the standard 22 lines a page. */
export const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;

export type RunStyle = { font: FontRole; size: number; bold?: boolean; color?: string };

export function run(text: string, style: RunStyle, extra: Partial<IRunOptions> = {}): TextRun {
  const face = FONTS[style.font].name;
  return new TextRun({
    text,
    font: { ascii: face, hAnsi: face, eastAsia: face, cs: face },
    size: Math.round(style.size * 2),
    bold: style.bold ?? false,
    ...(style.color ? { color: style.color } : {}),
    ...extra,
  });
}

export type ParagraphStyle = {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** First-line indent in characters of the run's size (正文首行缩进两字). */
  indentChars?: number;
  /** Right indent in characters (署名 and 成文日期 stand a few characters from the margin). */
  rightChars?: number;
  spacing?: { line?: number; before?: number; after?: number };
  keepNext?: boolean;
  pageBreakBefore?: boolean;
};

/** A paragraph of one style; `size` is the run size the character indents are measured in. */
export function paragraph(children: ParagraphChild[], style: ParagraphStyle = {}, size: number = SIZE.三号): Paragraph {
  const char = size * 20;
  return new Paragraph({
    children,
    alignment: style.align ?? AlignmentType.JUSTIFIED,
    spacing: { ...BODY_LINE, before: 0, after: 0, ...style.spacing },
    indent: {
      ...(style.indentChars ? { firstLine: Math.round(style.indentChars * char) } : {}),
      ...(style.rightChars ? { right: Math.round(style.rightChars * char) } : {}),
    },
    ...(style.keepNext ? { keepNext: true } : {}),
    ...(style.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/** An empty line of body height (空一行 / 空二行 in the layout rules). */
export const blankLine = () => paragraph([run('', { font: 'body', size: SIZE.三号 })]);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** word/fontTable.xml naming each face with its fallback, so Word and LibreOffice substitute sensibly. */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.fallback)}"/>` +
        `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}
