import { randomBytes } from 'node:crypto';
import { type OptionsType, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** The fewest characters a chosen password may have (the console asks the same). */
export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn's score 0–4: 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSWORD_SCORE = 3;

/** zxcvbn's warnings and suggestions in Chinese: what the user reads under the password field. */
const TRANSLATIONS: OptionsType['translations'] = {
  warnings: {
    straightRow: '键盘上连续的一排键很容易被猜到。',
    keyPattern: '键盘上的简单图案很容易被猜到。',
    simpleRepeat: '“aaa”这样的重复字符很容易被猜到。',
    extendedRepeat: '“abcabcabc”这样的重复字符组合很容易被猜到。',
    sequences: '“abc”“123”这样的常见顺序很容易被猜到。',
    recentYears: '最近的年份很容易被猜到。',
    dates: '日期很容易被猜到。',
    topTen: '这是最常用的密码之一。',
    topHundred: '这是很常用的密码。',
    common: '这是常用密码。',
    similarToCommon: '这与常用密码很相似。',
    wordByItself: '单个单词很容易被猜到。',
    namesByThemselves: '单独的姓名很容易被猜到。',
    commonNames: '常见姓名很容易被猜到。',
    userInputs: '不要使用与本人或本账号有关的信息（用户名、姓名、单位）。',
    pwned: '这个密码已在网上泄露过。',
  },
  suggestions: {
    l33t: '避免用“@”代替“a”这类容易预料的字符替换。',
    reverseWords: '避免把常用词倒过来拼写。',
    allUppercase: '大写部分字母，而不是全部。',
    capitalization: '除首字母外，再大写其他字母。',
    dates: '避免使用与本人有关的日期和年份。',
    recentYears: '避免使用最近的年份。',
    associatedYears: '避免使用与本人有关的年份。',
    sequences: '避免常见的字符顺序。',
    repeated: '避免重复的单词和字符。',
    longerKeyboardPattern: '使用更长的键盘图案，并多次改变方向。',
    anotherWord: '再加几个不常见的词。',
    useWords: '使用多个单词，但避免常见短语。',
    noNeed: '不需要符号、数字或大写字母，也能设出安全的密码。',
    pwned: '如果在其他地方也使用这个密码，请一并修改。',
  },
  timeEstimation: {
    ltSecond: '不到 1 秒',
    second: '{base} 秒',
    seconds: '{base} 秒',
    minute: '{base} 分钟',
    minutes: '{base} 分钟',
    hour: '{base} 小时',
    hours: '{base} 小时',
    day: '{base} 天',
    days: '{base} 天',
    month: '{base} 个月',
    months: '{base} 个月',
    year: '{base} 年',
    years: '{base} 年',
    centuries: '数百年',
  },
};

/**
 * Words a Chinese office's passwords are made of that zxcvbn's common (English) lists lack: the
 * pinyin of provinces and large cities, of the commonest surnames, and of the work itself.
 */
const CHINESE_WORDS = [
  ...['beijing', 'tianjin', 'hebei', 'shanxi', 'neimenggu', 'liaoning', 'jilin', 'heilongjiang', 'shanghai'],
  ...['jiangsu', 'zhejiang', 'anhui', 'fujian', 'jiangxi', 'shandong', 'henan', 'hubei', 'hunan', 'guangdong'],
  ...['guangxi', 'hainan', 'chongqing', 'sichuan', 'guizhou', 'yunnan', 'xizang', 'shaanxi', 'gansu', 'qinghai'],
  ...['ningxia', 'xinjiang', 'xianggang', 'aomen', 'taiwan', 'guangzhou', 'shenzhen', 'huizhou', 'dongguan'],
  ...['foshan', 'zhuhai', 'shantou', 'wuhan', 'nanjing', 'hangzhou', 'chengdu', 'xian', 'boluo', 'huiyang'],
  ...['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu'],
  ...['hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng'],
  ...['zhongguo', 'woaini', 'aini', 'zhengfu', 'zhengwu', 'gongkai', 'gongwen', 'renmin', 'bangongshi'],
  ...['danwei', 'mima', 'zhanghao', 'guanliyuan', 'admin', 'xitong', 'fangan', 'jihua', 'taizhang'],
];

let estimator: ZxcvbnFactory | undefined;
/** Built on first use: the dictionaries take a moment to index, and most requests never need them. */
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, chinese: CHINESE_WORDS },
    graphs: adjacencyGraphs,
    translations: TRANSLATIONS,
  }));

export type PasswordVerdict =
  | { ok: true; score: number }
  | {
      ok: false;
      score: number;
      /** Why it is refused and what to do instead, in Chinese, as one sentence or a few. */
      reason: string;
    };

/**
 * Whether a password someone chose is strong enough, judged by zxcvbn (common passwords, keyboard
 * rows, dates, repeats, and the account's own words given in `userInputs`), not by a character-class
 * rule: at least MIN_PASSWORD_LENGTH characters and a score of MIN_PASSWORD_SCORE.
 */
export function checkPasswordStrength(password: string, userInputs: readonly string[] = []): PasswordVerdict {
  if (password.length < MIN_PASSWORD_LENGTH)
    return { ok: false, score: 0, reason: `密码至少 ${MIN_PASSWORD_LENGTH} 个字符。` };
  // zxcvbn's cost grows with the length; past 100 characters the first 100 decide.
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[\s._\-@]+/)]).filter((x) => x.length >= 2);
  const result = zxcvbn().check(password.slice(0, 100), inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true, score: result.score };
  const { warning, suggestions } = result.feedback;
  const advice = [warning, ...suggestions].filter((x): x is string => Boolean(x));
  return {
    ok: false,
    score: result.score,
    reason: [
      '密码太容易被猜到。',
      ...(advice.length ? advice : ['请使用更长、更不常见的密码，例如几个不相关的词。']),
    ].join(''),
  };
}

/** A password to hand over once: 18 random bytes, about 144 bits, URL-safe (24 characters). */
export const generatePassword = () => randomBytes(18).toString('base64url');
