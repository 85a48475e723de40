import type { AccountImportPreviewDto, AccountImportRowDto } from '@cascade/contracts';
import { type Db, generatePassword, hashPassword, resolveImportOrgs, takenUsernames } from '@cascade/db';
import { readAccountSheet } from '@cascade/documents';

/** Where the admin may place accounts: its org and everything below. */
export type ImportScope = { path: string; name: string };

/** The sheet read, each row checked by itself and against the org tree and the accounts there are. */
export type CheckedSheet = Omit<AccountImportPreviewDto, 'fileName'> & {
  /** Rows naming an org that exists outside the admin's subtree: creating them is forbidden. */
  outOfReach: number[];
};

/**
 * Reads an uploaded account sheet and checks every row: its own faults (the sheet reader's), the
 * org it names within the admin's subtree (by code or name; out of reach, unknown, ambiguous) and
 * whether its username is taken. Nothing is written; the preview and the commit both start here,
 * so what is created is exactly what was checked a moment before.
 */
export async function checkAccountSheet(
  db: Db,
  upload: { bytes: Uint8Array; fileName: string; scope: ImportScope },
): Promise<CheckedSheet> {
  const sheet = await readAccountSheet(upload.bytes, { fileName: upload.fileName });
  const orgRefs = sheet.rows.filter((r) => r.org && !r.errors.some((e) => e.field === 'org')).map((r) => r.org);
  const orgsOf = await resolveImportOrgs(db, { scope: upload.scope, refs: orgRefs });
  const usable = sheet.rows.filter((r) => r.username && !r.errors.some((e) => e.field === 'username'));
  const taken = await takenUsernames(
    db,
    usable.map((r) => r.username),
  );
  const rows: AccountImportRowDto[] = sheet.rows.map((row) => {
    const errors = [...row.errors];
    const resolved = orgsOf.get(row.org);
    if (resolved && 'error' in resolved) errors.push({ field: 'org', message: resolved.error });
    const existing = taken.get(row.username.toLowerCase());
    if (existing && !row.errors.some((e) => e.field === 'username'))
      errors.push({
        field: 'username',
        message:
          existing === row.username
            ? `“${row.username}”已被使用，请换一个`
            : `“${row.username}”已被使用（已有账号 ${existing}），请换一个`,
      });
    errors.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
    const org = resolved && 'org' in resolved ? resolved.org : null;
    return {
      row: row.row,
      username: row.username,
      displayName: row.displayName,
      org: row.org,
      orgId: org?.id ?? null,
      orgFullName: org?.fullName ?? null,
      role: row.role,
      roleText: row.roleText,
      phone: row.phone,
      errors,
    };
  });
  const invalid = rows.filter((r) => r.errors.length).length;
  const outOfReach = sheet.rows.filter((r) => {
    const resolved = orgsOf.get(r.org);
    return resolved && 'outOfReach' in resolved;
  });
  return {
    outOfReach: outOfReach.map((r) => r.row),
    headerRow: sheet.headerRow,
    columns: { ...sheet.columns },
    ignoredColumns: sheet.ignoredColumns,
    rows,
    summary: { total: rows.length, valid: rows.length - invalid, invalid },
  };
}

const FIELD_ORDER = ['username', 'displayName', 'org', 'role', 'phone'];

/** Argon2 hashes at once: the libuv pool has four threads, and each hash holds 19 MiB. */
const HASHING_AT_ONCE = 4;

/**
 * A fresh one-time password and its hash for each of `count` accounts, hashed four at a time
 * before any transaction opens (500 in a row would hold one core ~10 s; four at a time on two
 * cores take about half that, and no database lock waits on them).
 */
export async function oneTimePasswords(count: number): Promise<{ password: string; hash: string }[]> {
  const result: { password: string; hash: string }[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const password = generatePassword();
      result[i] = { password, hash: await hashPassword(password) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(HASHING_AT_ONCE, count) }, worker));
  return result;
}
