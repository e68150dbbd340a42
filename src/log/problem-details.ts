/**
 * @module RFC 9457 problem details as the project's services write them: the depositary's HTTP API
 * and the witness answer a refusal with a problem document of one media type, whose `type` is a URI
 * under one base. Kept here, below both services, so that neither imports the other.
 */

/** Where the problem types live; the last segment is the error's `type`. */
export const PROBLEM_BASE = 'https://est.example/problems/';

/** The media type of a problem document (RFC 9457 §3). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A problem document: the members the services always send, and any of the problem's own. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly [extra: string]: unknown;
}
