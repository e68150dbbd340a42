/** @module The public sources the treaty facts rest on, by the ids used in the provision data. */

export interface Source {
  /** `S1` ... `S74`, as in the project's fact sheet. */
  readonly id: string;
  readonly title: string;
  readonly date?: string;
  readonly url?: string;
}

export const SOURCES: readonly Source[] = [];
