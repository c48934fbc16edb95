import { TEAM_SECTIONS } from './teams';

/**
 * The built-in community-call deck, used when the workspace has no `community-call/template.md`.
 * It follows the template's structure (front matter, style block, title slide, one section per team with
 * its topics as vertical slides, general topics) with valid CSS colours. `202X-XX-XX` and `@todo` are the
 * placeholders the new-deck command and the linter know.
 */
export const BUILTIN_TEMPLATE = [
  '---',
  'title: SCS Community Call',
  'type: slide',
  'tags: presentation',
  'slideOptions:',
  '  theme: white',
  "  transition: 'slide'",
  "  parallaxBackgroundSize: '1920px 1080px'",
  '---',
  '',
  '<style>',
  '    .slides h1 { font-size: 32px; font-family: lato; color: #50c3a5; }',
  '    .slides h2 { font-size: 28px; font-family: lato; color: #0f5fe1; }',
  '    .slides h3, .slides h4 { font-size: 20px; font-family: lato; }',
  '    .slides li, .slides p { font-size: 16px; font-family: lato; }',
  '    .slides ul { display: block!important; }',
  '</style>',
  '',
  '# <font color="#50c3a5">Sovereign</font> <font color="#0f5fe1">Cloud Stack</font>',
  '## <font color="#7D7D82">One platform – standardized, built and operated by many.</font>',
  '## <font color="#0f5fe1">Community Call</br> 202X-XX-XX</font>',
  '',
  'Presented by <a href="https://github.com/todo">@todo</a>',
  '',
  ...TEAM_SECTIONS.filter((t) => t.title.startsWith('Team ') || t.title.startsWith('SIG ')).flatMap((t) => teamSection(t.title, t.topicPrefix)),
  '---',
  '',
  '# General Topics',
  '',
  '----',
  '',
  '## General - Project Announcements',
  '',
  '* A new topic',
  '',
  '----',
  '',
  '## General - Visibility & adoption',
  '',
  '* A new topic',
  '',
  '----',
  '',
  '## General - Events',
  '',
  '* Eventname 1 - Topic',
  '    * Audience',
  '',
].join('\n');

function teamSection(title: string, prefix: string): string[] {
  return ['---', '', `# ${title}`, '', 'Report by <a href="https://github.com/todo">@todo</a>', '', '----', '', `## ${prefix} - A new topic`, '', '* Subtopic 1', '    * One', ''];
}
