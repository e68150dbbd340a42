/** @module Dated memberships of NATO, the EU, the CSTO and the CIS. */
import type { MembershipData } from './types.ts';

export const MEMBERSHIPS: readonly MembershipData[] = [];
