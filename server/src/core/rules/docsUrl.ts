/** Where each rule's page lives; diagnostics link to it through `codeDescription.href`. */
export const RULE_DOCS_BASE = 'https://github.com/SovereignCloudStack/scs-deck/blob/main/docs/rules/';

/** @example ruleDocsUrl('empty-slide') // 'https://github.com/SovereignCloudStack/scs-deck/blob/main/docs/rules/empty-slide.md' */
export function ruleDocsUrl(rule: string): string {
  return `${RULE_DOCS_BASE}${rule}.md`;
}
