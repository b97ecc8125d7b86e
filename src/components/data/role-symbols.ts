// The municipal role's symbol, shown beside its word (never alone) in cells and in the key,
// so the role can be scanned down a column without relying on colour or border patterns.
import type { MunicipalRole } from '../../lib/matrix';

/** The roles a cell shows (`not-applicable` shows none). */
export type ShownRole = Exclude<MunicipalRole, 'not-applicable'>;
export const ROLE_SYMBOLS: Record<ShownRole, string> = { sole: '●', shared: '◐', none: '○' };
/** The shown roles, in the key's order. */
export const SHOWN_ROLES = Object.keys(ROLE_SYMBOLS) as ShownRole[];
