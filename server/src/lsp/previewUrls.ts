import { statSync } from 'node:fs';
import { localImagePath } from '../core/render';
import { LOCAL_FILE_SCHEME } from '../protocol';

export type FileExists = (file: string) => boolean;

const isFile: FileExists = (file) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * Maps image and background URLs to local files the preview can show, written with `LOCAL_FILE_SCHEME`:
 * relative paths beside the deck, and HedgeDoc uploads (`https://input.scs.community/uploads/<id>.png`)
 * when the minutes repository keeps a copy beside the deck or in the uploads folder. Everything else is
 * left alone: remote images load over https, and HedgeDoc's sanitiser already emptied relative URLs
 * without `./`. Links are never mapped (the preview opens them in the browser).
 * @example previewUrlResolver('/m/community-call')('./logo.png', 'image') // 'scs-deck-file:/m/community-call/logo.png'
 */
export function previewUrlResolver(deckDir: string, uploadsFolder?: string, exists: FileExists = isFile) {
  const uploadDirs = uploadsFolder ? [uploadsFolder] : [];
  return (url: string, kind: 'image' | 'link' | 'background'): string | undefined => {
    if (kind === 'link') return undefined;
    const file = localImagePath(url, deckDir, exists, uploadDirs);
    return file === undefined ? undefined : LOCAL_FILE_SCHEME + encodeURI(file);
  };
}
