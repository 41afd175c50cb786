import { JET_errInvalidName } from '../constants/errors';
import * as C from '../constants/constants';
import { fail } from '../storage/failure';

/**
 * Object names (tables, columns, indexes) as util.cxx ErrUTILICheckName
 * checks them: present, not starting with a space, at most JET_cbNameMost (64)
 * characters, none of them a control character (0x00-0x1F), '!', '.', '[' or
 * ']'; trailing spaces are not significant, and a name of spaces only is
 * invalid. Returns the name without its trailing spaces.
 */
export function checkName(name: string | null): string {
  if (name === null || name.length === 0 || name.charCodeAt(0) === 0x20) fail(JET_errInvalidName);
  if (name.length > C.JET_cbNameMost) fail(JET_errInvalidName);
  for (let i = 0; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    if (ch < 0x20 || ch === 0x21 || ch === 0x2e || ch === 0x5b || ch === 0x5d) fail(JET_errInvalidName);
  }
  const trimmed = name.replace(/ +$/, '');
  if (trimmed.length === 0) fail(JET_errInvalidName);
  return trimmed;
}

/** Names compare without regard to case, as the catalog's index on names does. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}
