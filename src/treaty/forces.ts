/**
 * @module The kinds of forces and weapons a deployment may report (NRC 4, NRA 4 and 5, RUS-US 6 and
 * 7), and their units.
 */

/**
 * Force kinds. The first six have thresholds in the reported definition of "substantial combat
 * forces" (NRC 4); `artillery` was mentioned without a confirmed figure, and `troops` is
 * informational. The last three have no NRC threshold, so they never change an NRC 4 count:
 * `intermediateRangeMissiles` and `shorterRangeMissiles` count the launchers of ground-launched
 * ballistic or cruise missiles in the classes of the INF Treaty (Article II: shorter-range 500 to
 * 1,000 km, intermediate-range over 1,000 and up to 5,500 km; S110), which the 2021 drafts name
 * without giving ranges (NRA 5, RUS-US 6: the reading is the parameters `nra.5.ranges` and
 * `rus-us.6.ranges`); a missile of a shorter range (SM-6, say) is in neither. `nuclearWeapons`
 * counts nuclear warheads and bombs (RUS-US 7). A deployment that carries missiles also states the
 * States whose territory they could reach from where they stand (`reaches`), for the engine does no
 * geography.
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
  'intermediateRangeMissiles',
  'shorterRangeMissiles',
  'nuclearWeapons',
] as const;
export type ForceKind = (typeof FORCE_KINDS)[number];

/** Counts per force kind; a kind left out counts as zero. */
export type Forces = Readonly<Partial<Record<ForceKind, number>>>;

export function isForceKind(text: string): text is ForceKind {
  return (FORCE_KINDS as readonly string[]).includes(text);
}

/** The ground-launched missiles of NRA 5 and RUS-US 6: intermediate- and shorter-range launchers. */
export const MISSILE_KINDS = ['intermediateRangeMissiles', 'shorterRangeMissiles'] as const;

/** The launchers of intermediate- and shorter-range missiles a deployment carries. */
export function missilesOf(forces: Forces): number {
  return MISSILE_KINDS.reduce((n, k) => n + (forces[k] ?? 0), 0);
}

/** The nuclear weapons a deployment carries (RUS-US 7). */
export function nuclearWeaponsOf(forces: Forces): number {
  return forces.nuclearWeapons ?? 0;
}
