/**
 * Strings a careless or hostile client puts in a field: SQL, HTML, control characters, a lone
 * surrogate, path tricks, numbers that are not, dates that cannot be, odd and huge Unicode. The
 * fuzz tests mix them into what they generate.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR 1=1 --",
  '"; DROP TABLE plans; --',
  '<script>alert(1)</script>',
  '\u0000',
  'a\u0000b',
  '%00',
  '../../etc/passwd',
  '441322',
  '-1',
  '1e308',
  'NaN',
  '𠀀𠀁',
  '\ud800',
  '%E0%A4%A',
  '2027年13月45日前',
  '99999年12月31日前',
  'x'.repeat(5_000),
  '长'.repeat(20_000),
];
