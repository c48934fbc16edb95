import { attributeCommentDropped } from './attributeCommentDropped';
import { commentSpansSeparator } from './commentSpansSeparator';
import { emptySlide } from './emptySlide';
import { frontMatterInvalidValue } from './frontMatterInvalidValue';
import { frontMatterMarkupUrl } from './frontMatterMarkupUrl';
import { frontMatterNotAtStart } from './frontMatterNotAtStart';
import { frontMatterSwallowsSlide } from './frontMatterSwallowsSlide';
import { frontMatterUnknownKey } from './frontMatterUnknownKey';
import { frontMatterYamlError } from './frontMatterYamlError';
import { leadingWhitespaceQuirk } from './leadingWhitespaceQuirk';
import { multipleNotes } from './multipleNotes';
import { separatorInCodeFence } from './separatorInCodeFence';
import { separatorNearMiss } from './separatorNearMiss';
import { slideOptionsUnknownKey } from './slideOptionsUnknownKey';
import { garbledText } from './garbledText';
import { missingReportBy } from './missingReportBy';
import { templatePlaceholder } from './templatePlaceholder';
import { titleDate } from './titleDate';
import { topicNotStacked } from './topicNotStacked';
import { invalidCss } from './invalidCss';
import { unknownEmoji } from './unknownEmoji';
import { strippedHtml } from './strippedHtml';
import { relativeUrlWithoutDot } from './relativeUrlWithoutDot';
import { swallowedText } from './swallowedText';
import { missingImage } from './missingImage';
import { diagramSyntax } from './diagramSyntax';
import { slideOverflow } from './slideOverflow';
import type { Rule } from './types';

/**
 * Every rule, in the order diagnostics are produced. One import and one entry per rule file.
 */
export const RULES: readonly Rule[] = [
  frontMatterNotAtStart,
  frontMatterYamlError,
  frontMatterUnknownKey,
  slideOptionsUnknownKey,
  frontMatterInvalidValue,
  frontMatterMarkupUrl,
  frontMatterSwallowsSlide,
  separatorNearMiss,
  separatorInCodeFence,
  commentSpansSeparator,
  emptySlide,
  leadingWhitespaceQuirk,
  multipleNotes,
  attributeCommentDropped,
  garbledText,
  missingReportBy,
  templatePlaceholder,
  titleDate,
  topicNotStacked,
  invalidCss,
  unknownEmoji,
  strippedHtml,
  relativeUrlWithoutDot,
  swallowedText,
  missingImage,
  diagramSyntax,
  slideOverflow,
];
