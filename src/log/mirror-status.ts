/**
 * @module Where a mirror's copy of a log stands: the body of `GET /api/v1/mirror`, written by the
 * mirror (src/mirror/mirror.ts) and read by the web page and the client. A wire format, so it lives
 * with the log's other formats, where every layer that speaks it may import it.
 */

export interface MirrorStatus {
  /** The depositary it follows, as its operator gave it. */
  readonly from: string;
  readonly logKey: string;
  /** The mirror's cosigner verifier key (c2sp.org/tlog-cosignature, type 0x04): `<name>+<id>+<key>`. */
  readonly mirrorKey: string;
  /** Entries held. */
  readonly size: number;
  /** The size of the checkpoint the mirror cosigned last, or null before the first. */
  readonly cosigned: number | null;
  /** The size of the log's newest checkpoint seen. */
  readonly upstream: number | null;
  /** When the log was last read through (ISO 8601), and the last failure to reach or read it. */
  readonly lastSuccess: string | null;
  readonly lastError: string | null;
  /** Why the mirror stopped following (an entry the rules refuse), or null. */
  readonly halted: string | null;
  /** Checkpoints signed by the log that the copy refutes (`GET /api/v1/mirror/evidence`). */
  readonly evidence: number;
}
