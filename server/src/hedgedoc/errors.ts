/** Why a HedgeDoc request failed; `message` is written for the user and never contains secrets. */
export type HedgeDocErrorCode =
  | 'unreachable'
  | 'not-found'
  | 'forbidden'
  | 'not-hedgedoc'
  | 'too-large'
  | 'refused-address'
  | 'redirect'
  | 'login-failed'
  | 'bad-response';

export class HedgeDocError extends Error {
  constructor(readonly code: HedgeDocErrorCode, message: string) {
    super(message);
    this.name = 'HedgeDocError';
  }
}
