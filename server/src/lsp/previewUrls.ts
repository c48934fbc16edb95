import { emojiOfImage } from '../core/data/emoji';
import { localImagePath, type LocalFileCheck } from '../core/render';
import { localImageCheck, type LocalImageFolders } from '../host/localImageFiles';
import { LOCAL_FILE_SCHEME } from '../protocol';

/**
 * Maps image and background URLs to local files the preview can show, written with `LOCAL_FILE_SCHEME`:
 * relative paths beside the deck, and HedgeDoc uploads (`https://input.scs.community/uploads/<id>.png`)
 * when the minutes repository keeps a copy beside the deck or in the uploads folder. Which files may be
 * shown is the export's rule (host/localImageFiles); a refused file maps to nothing. Remote images load
 * over https, and HedgeDoc's sanitiser already emptied relative URLs without `./`. Links are never mapped
 * (the preview opens them in the browser).
 * @example previewUrlResolver({ deckDir: '/m/community-call' })('./logo.png', 'image') // 'scs-deck-file:/m/community-call/logo.png'
 */
export function previewUrlResolver(folders: LocalImageFolders, webviewBase?: string, check: LocalFileCheck = localImageCheck(folders)) {
  const webviewHost = hostOf(webviewBase);
  return (url: string, kind: 'image' | 'link' | 'background'): string | undefined => {
    if (kind === 'link') return undefined;
    // The deck may not name webview resource URLs itself: they would reach the folders without the check.
    if (webviewHost && hostOf(url) === webviewHost && !(webviewBase && emojiOfImage(url, webviewBase))) return '';
    const file = localImagePath(url, folders.deckDir.replace(/\\/g, '/'), check, folders.uploadDirs);
    if (!file) return undefined;
    if (file.ok) return LOCAL_FILE_SCHEME + encodeURI(file.file);
    return /^https?:/i.test(url.trim()) ? undefined : '';
  };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url.trim()).host || undefined;
  } catch {
    return undefined;
  }
}
