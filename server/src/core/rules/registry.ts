import { garbledText } from './garbledText';
import type { Rule } from './types';

/**
 * Every rule, in the order diagnostics are produced. One import and one entry per rule file.
 */
export const RULES: readonly Rule[] = [
  garbledText,
];
