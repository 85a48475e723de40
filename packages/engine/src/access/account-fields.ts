/**
 * What an account's username and phone may hold — one rule for the single-create form, the
 * console and a bulk sheet, so a name accepted in one place is accepted in all.
 */

/** 2–64 letters, digits, dots, underscores or hyphens, starting with a letter or digit (as the console asks). */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;
export const USERNAME_RULE = '用户名为 2–64 位字母、数字、点、下划线或连字符，以字母或数字开头';

/** Digits, spaces and + - ( ): 0752-6123456, +86 138 0000 0000, (0752)6123456. */
export const PHONE_PATTERN = /^[0-9+\-() ]*$/;
export const PHONE_MAX_LENGTH = 32;
export const PHONE_RULE = '电话只能有数字、空格和 + - ( )';

export const DISPLAY_NAME_MAX_LENGTH = 64;
