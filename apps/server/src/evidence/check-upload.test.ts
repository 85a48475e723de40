import { describe, expect, it } from 'vitest';
import { checkEvidence, safeFileName } from './check-upload.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n…');

describe('evidence uploads', () => {
  it('keeps a plain name and strips folders, control characters and leading dots', () => {
    expect(safeFileName('公开截图.png')).toBe('公开截图.png');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\a\\..\\report.pdf')).toBe('report.pdf');
    expect(safeFileName('.htaccess')).toBe('htaccess');
    expect(safeFileName('a\u0000b\nc.pdf')).toBe('abc.pdf');
    expect(safeFileName('///')).toBe('未命名文件');
  });

  it('accepts a PDF whose bytes are a PDF', () => {
    expect(checkEvidence('报告.pdf', PDF)).toEqual({ name: '报告.pdf', mediaType: 'application/pdf' });
  });

  it('refuses a script, a renamed executable and an empty file, each with the file named', () => {
    expect(() => checkEvidence('x.html', PDF)).toThrow(/x\.html.*不能作为佐证材料/);
    expect(() => checkEvidence('setup.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toThrow(/setup\.pdf.*不符/);
    expect(() => checkEvidence('空.txt', new Uint8Array())).toThrow(/空文件/);
    expect(() => checkEvidence('bin.txt', new Uint8Array([0x61, 0, 0x62]))).toThrow(/不符/);
  });
});
