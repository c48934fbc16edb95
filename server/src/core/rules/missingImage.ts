import { uploadName } from '../render/localImages';
import { findHtmlTags } from '../text/htmlTags';
import { linksOutsideCode } from './linksOutsideCode';
import type { SlideRule, SlideRuleContext } from './types';

/** Relative paths HedgeDoc keeps (`./`, `../`); other relative URLs are `relative-url-without-dot`'s concern. */
const KEPT_RELATIVE = /^\.\.?\//;
const BACKGROUNDS = new Set(['data-background', 'data-background-image']);

interface ImageRef {
  readonly url: string;
  readonly start: number;
  readonly end: number;
}

/**
 * An image that will not show: a relative file that does not exist beside the deck, or (in a community call)
 * a HedgeDoc upload with no copy beside the deck, which the minutes repository keeps as `community-call/<name>`
 * so archived decks still show their images. Needs the host's `fileExists`; without it the rule is silent.
 * A slide rule: the engine drops cached results when the files change.
 */
export const missingImage: SlideRule = {
  name: 'missing-image',
  description: 'An image file that does not exist, or a HedgeDoc upload without a copy beside the deck.',
  defaultSeverity: 'warning',
  scope: 'slide',
  check(ctx) {
    if (!ctx.fileExists) return;
    for (const ref of images(ctx)) checkImage(ctx, ref, ctx.fileExists);
  },
};

function images(ctx: SlideRuleContext): ImageRef[] {
  const content = ctx.slide.content;
  // Images, tags and comments all need one of these; most slides have none, and markdown-it need not read them.
  if (content.indexOf('![') === -1 && content.indexOf('<') === -1) return [];
  const refs: ImageRef[] = [];
  for (const l of linksOutsideCode(ctx.slide, (link) => link.image && mayBeChecked(link.url))) if (l.image) refs.push({ url: l.url, start: l.urlStart, end: l.urlEnd });
  if (content.indexOf('<') !== -1) {
    for (const tag of findHtmlTags(ctx.slide.info.structure.masked)) {
      const src = tag.name === 'img' ? tag.attributes.find((a) => a.name === 'src') : undefined;
      if (src?.value !== undefined && src.valueStart !== undefined) refs.push({ url: src.value, start: src.valueStart, end: src.valueEnd ?? src.end });
    }
  }
  for (const c of [...ctx.slide.info.slideComments, ...ctx.slide.info.elementComments]) {
    for (const a of c.attributes) {
      // `name="value"`: the value sits between the quotes.
      if (BACKGROUNDS.has(a.name.toLowerCase())) refs.push({ url: a.value, start: a.end - 1 - a.value.length, end: a.end - 1 });
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Whether `checkImage` looks at the URL at all: an upload or a relative path HedgeDoc keeps. */
function mayBeChecked(url: string): boolean {
  const trimmed = url.trim();
  return uploadName(trimmed) !== undefined || KEPT_RELATIVE.test(trimmed);
}

function checkImage(ctx: SlideRuleContext, ref: ImageRef, fileExists: (path: string) => boolean): void {
  const url = ref.url.trim();
  const upload = uploadName(url);
  if (upload !== undefined) {
    if (ctx.isCommunityCall && !/[/\\]/.test(upload) && !fileExists(upload)) {
      ctx.report({
        start: ref.start,
        end: ref.end,
        severity: 'info',
        message: `No copy of the HedgeDoc upload "${upload}" beside the deck: the minutes repository keeps uploads as community-call/${upload}, so the archived deck can show the image once the upload is gone.`,
      });
    }
    return;
  }
  if (!KEPT_RELATIVE.test(url)) return;
  const path = decode(url.replace(/[?#].*$/, ''));
  if (fileExists(path)) return;
  ctx.report({ start: ref.start, end: ref.end, message: `The image "${url}" does not exist beside the deck, so the slide shows a broken image.` });
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
