/** @module The kinds of forces a deployment may report (NRC 4), and their units. */

/**
 * Force kinds. The first six have thresholds in the reported definition of "substantial combat
 * forces"; `artillery` was mentioned without a confirmed figure, and `troops` is informational.
 */
export const FORCE_KINDS = [
  'brigades',
  'helicopterBattalions',
  'airRegiments',
  'tanks',
  'armouredVehicles',
  'combatAircraftAndAttackHelicopters',
  'artillery',
  'troops',
] as const;
export type ForceKind = (typeof FORCE_KINDS)[number];

/** Counts per force kind; a kind left out counts as zero. */
export type Forces = Readonly<Partial<Record<ForceKind, number>>>;

export function isForceKind(text: string): text is ForceKind {
  return (FORCE_KINDS as readonly string[]).includes(text);
}
