import { checkCallDate, deckFileName, newDeckText, nextCallDate } from '../core/features/newDeck';
import { CALL_DATE_REQUEST, type CallDateParams, type CallDateResult, NEW_DECK_TEXT_REQUEST, type NewDeckTextParams, type NewDeckTextResult } from '../protocol';
import type { ServerContext } from './context';
import type { WorkspaceDecks } from './workspaceDecks';

/**
 * The New Deck command's questions: which date, and the deck's text from the folder's template. Errors reach the
 * command, which shows them (no silent fallback).
 */
export function registerNewDeckRequests(ctx: ServerContext, workspace: WorkspaceDecks): void {
  ctx.connection.onRequest(CALL_DATE_REQUEST, (params: CallDateParams): CallDateResult => {
    const taken = new Set(params.taken);
    if (params.value === undefined) {
      const date = nextCallDate(new Date(`${params.today}T00:00:00`), (name) => taken.has(name));
      return { date, fileName: deckFileName(date) };
    }
    const date = params.value.trim();
    const check = checkCallDate(date);
    const fileName = deckFileName(date);
    const error = check.error ?? (taken.has(fileName) ? `${fileName} already exists: pick another date.` : undefined);
    return { date, fileName, error, warning: error ? undefined : check.warning };
  });
  ctx.connection.onRequest(NEW_DECK_TEXT_REQUEST, async (params: NewDeckTextParams): Promise<NewDeckTextResult> => {
    const found = await workspace.templateText(params.folderUri);
    return { text: newDeckText(found.text, params.date), templateFile: found.file, configuredUnreadable: found.configuredUnreadable };
  });
}
