/**
 * Shortcodes that newer emoji sets (GitHub, markdown-it-emoji) know but emojify.js 1.1.0 does not, mapped to
 * the closest emojify.js name by meaning. Edit distance cannot find these (`:thinking:` is far from `:confused:`).
 */
export const EMOJI_ALIASES: Readonly<Record<string, string>> = {
  thinking: 'confused',
  thinking_face: 'confused',
  rofl: 'laughing',
  rolling_on_the_floor_laughing: 'laughing',
  partying_face: 'tada',
  party: 'tada',
  slightly_smiling_face: 'smiley',
  star_struck: 'star2',
  hammer_and_wrench: 'wrench',
  tools: 'wrench',
  spiral_calendar: 'calendar',
  spiral_calendar_pad: 'calendar',
  flag_de: 'de',
  flag_us: 'us',
  flag_gb: 'gb',
  flag_fr: 'fr',
  handshake: 'clap',
  hugs: 'blush',
  hugging_face: 'blush',
  face_with_monocle: 'mag',
  nerd_face: 'sunglasses',
  upside_down_face: 'stuck_out_tongue_winking_eye',
  check: 'white_check_mark',
  heart_eyes_cat: 'heart_eyes',
};
