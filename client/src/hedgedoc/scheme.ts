/** The URI scheme of live HedgeDoc notes: hedgedoc://<server>/<id>.md */
export const SCHEME = 'hedgedoc';
