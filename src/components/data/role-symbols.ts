// The municipal role's symbol, shown beside its word (never alone) in cells and in the key,
// so the role can be scanned down a column without relying on colour or border patterns.
import type { MunicipalRole } from '../../lib/matrix';

export const ROLE_SYMBOLS: Record<Exclude<MunicipalRole, 'not-applicable'>, string> = { sole: '●', shared: '◐', none: '○' };
