import { garbledText } from './garbledText';
import { missingReportBy } from './missingReportBy';
import { templatePlaceholder } from './templatePlaceholder';
import { titleDate } from './titleDate';
import { topicNotStacked } from './topicNotStacked';
import type { Rule } from './types';

/**
 * Every rule, in the order diagnostics are produced. One import and one entry per rule file.
 */
export const RULES: readonly Rule[] = [
  garbledText,
  missingReportBy,
  templatePlaceholder,
  titleDate,
  topicNotStacked,
];
