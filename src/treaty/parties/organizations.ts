/** @module The five organizations named in EST 10. */
import type { OrganizationData } from './types.ts';

export const ORGANIZATIONS: readonly OrganizationData[] = [];
