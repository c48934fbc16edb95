/**
 * Whether a deck is the community-call template itself: `template.md` (the minutes repository's name for it),
 * or the file the `scsDeck.template.path` setting names. Placeholders are the template's purpose, so the rules
 * about filling them in stay silent there.
 * @example isTemplateDeck('minutes/community-call/template.md') // true
 * @example isTemplateDeck('decks/start.md', 'decks/start.md') // true
 */
export function isTemplateDeck(path: string | undefined, templatePath?: string): boolean {
  if (!path) return false;
  const file = path.replace(/\\/g, '/');
  if (/(?:^|\/)template\.md$/i.test(file)) return true;
  const configured = templatePath?.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (!configured) return false;
  return file === configured || file.endsWith(configured.startsWith('/') ? configured : `/${configured}`);
}
