// Runs a command from the workbench's command palette, as a user would, in a page driven by playwright.

/**
 * Opens the palette (F1), types `title` and clicks the matching row: Enter would run the palette's first
 * guess, which may be another command. Retries while the workbench is still starting (an extension's
 * commands appear once it has activated).
 * @param {import('playwright-core').Page} page
 * @param {string} title
 * @param {{ attempts?: number, timeoutMs?: number }} [options]
 */
export async function runCommand(page, title, { attempts = 10, timeoutMs = 3000 } = {}) {
  for (let i = 1; ; i++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>' + title);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ timeout: timeoutMs });
      await row.click();
      return;
    } catch (e) {
      await page.keyboard.press('Escape');
      if (i >= attempts) throw e;
    }
  }
}
