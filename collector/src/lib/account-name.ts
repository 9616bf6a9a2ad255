// What a manager account may be called: a name people can read in the audit log and type at the
// sign-in form, with nothing that could pass for another (no controls, no edge spaces, no colon,
// which HTTP Basic would split on).

export const ACCOUNT_NAME_MAX_LENGTH = 64;

/** Why a name is refused, or null. */
export function accountNameProblem(name: string): string | null {
  if (name.trim() === '') return 'a user name cannot be empty';
  if ([...name].length > ACCOUNT_NAME_MAX_LENGTH)
    return `a user name may have at most ${ACCOUNT_NAME_MAX_LENGTH} characters`;
  if (name !== name.trim()) return 'a user name cannot begin or end with a space';
  if (name.includes(':')) return 'a user name cannot contain ":"';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'a user name cannot contain control characters';
  return null;
}
