const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A calendar date written `YYYY-MM-DD`, or undefined if there is no such day (`2024-02-30`).
 * @example parseIsoDate('2024-05-30')?.weekday // 'Thursday'
 */
export function parseIsoDate(iso: string): { iso: string; weekday: string } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return { iso, weekday: WEEKDAYS[date.getUTCDay()] };
}

/**
 * The date in a minutes-repository file name (`community-call/20240530.md`), as `YYYY-MM-DD`.
 * @example fileNameDate('minutes/community-call/20240530.md') // '2024-05-30'
 */
export function fileNameDate(path: string | undefined): string | undefined {
  const m = path && /(?:^|[\\/])(\d{4})(\d{2})(\d{2})\.md$/i.exec(path);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return parseIsoDate(iso) ? iso : undefined;
}
