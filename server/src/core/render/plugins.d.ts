// The markdown-it plugins HedgeDoc 1.x loads ship without type declarations.
declare module 'markdown-it-abbr';
declare module 'markdown-it-container';
declare module 'markdown-it-deflist';
declare module 'markdown-it-footnote';
declare module 'markdown-it-imsize';
declare module 'markdown-it-ins';
declare module 'markdown-it-mark';
declare module 'markdown-it-mathjax';
declare module 'markdown-it-sub';
declare module 'markdown-it-sup';
