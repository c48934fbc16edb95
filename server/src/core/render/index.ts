/** HedgeDoc-faithful rendering: `renderDeck` for the preview and export, the sanitiser for diagnostics. */
export { renderDeck, RenderCache } from './renderDeck';
export type { RenderOptions, RenderedDeck, RenderedSlide } from './types';
export { sanitize, isAllowedTag, isAllowedAttribute, isKeptUrl, WHITELIST, GLOBAL_ATTRIBUTES } from './sanitizer';
export { HEDGEDOC_REVEAL_DEFAULTS } from './deckSettings';
export { renderStandaloneHtml, standaloneHtmlChunks, slidesMarkup, type ExportAssets, type MathAssets } from './standalone';
export { HEDGEDOC_SLIDE_CSS } from './hedgedocCss';
export { localImagePath, uploadName, type LocalFileCheck, type LocalFileVerdict, type LocalImage } from './localImages';
export { imageMime, IMAGE_SNIFF_BYTES } from './imageMagic';
