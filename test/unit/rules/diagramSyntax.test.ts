import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { MAY_HOLD_DIAGRAM } from '../../../server/src/core/data/diagrams';
import { RULES } from '../../../server/src/core/rules/registry';
import type { DiagramSyntaxCheck, RuleEnvironment } from '../../../server/src/core/rules/types';
import { CHECK_TIMEOUT_MS, MAX_DIAGRAM_SOURCE, diagramSyntaxCheck } from '../../../server/src/host/diagramSyntax';
import { FIXTURES, lintText, snapshot } from './lintHelpers';

// The real parsers, from the build (node scripts/build.mjs).
const DIAGRAMS = join(__dirname, '../../../dist/media/diagrams');
const built = existsSync(join(DIAGRAMS, 'mermaid.js'));
const check: DiagramSyntaxCheck = built ? diagramSyntaxCheck(DIAGRAMS) : () => undefined;
const environment: RuleEnvironment = { checkDiagram: check };
const options = { only: ['diagram-syntax'], environment };

describe('diagram-syntax', { skip: built ? false : 'run node scripts/build.mjs first' }, () => {
  it('is registered', () => assert.ok(RULES.some((r) => r.name === 'diagram-syntax')));

  it('reports each broken fence at the line its parser names', () => {
    const actual = lintText(readFileSync(join(FIXTURES, 'diagram-syntax.md'), 'utf8'), options);
    assert.deepEqual(actual, snapshot(join(FIXTURES, 'diagram-syntax.expected.json'), actual));
    assert.deepEqual(actual.map((d) => d.message.split(':')[0]), ['mermaid', 'graphviz', 'sequence', 'flow', 'abc', 'mermaid']);
  });

  it('stays silent on readable diagrams and fences that are not diagrams', () => {
    assert.deepEqual(lintText(readFileSync(join(FIXTURES, 'diagram-syntax.silent.md'), 'utf8'), options), []);
  });

  it('is silent without the host check (the core runs no parser itself)', () => {
    assert.deepEqual(lintText(readFileSync(join(FIXTURES, 'diagram-syntax.md'), 'utf8'), { only: ['diagram-syntax'] }), []);
  });

  it('reads the messages of each library', () => {
    assert.match(check('mermaid', 'flowchart LR\n  A -->\n')?.message ?? '', /^Parse error on line/);
    assert.deepEqual(check('graphviz', 'digraph {\n a -> \n}\n'), { message: "syntax error in line 3 near '}'\n", line: 3 });
    assert.equal(check('sequence', 'Alice->: nobody\n')?.line, 1);
    assert.match(check('abc', 'X:1\nK:C\nC[[[DEF|\n')?.message ?? '', /Expected '\]'/);
    assert.match(check('flow', 'anything at all')?.message ?? '', /finds no symbol/);
    assert.equal(check('flow', 'st=>start: Start\nst->nowhere\n'), undefined);
  });

  it('does not check a source over the size cap', () => {
    assert.equal(check('graphviz', `digraph { a -> }${' '.repeat(MAX_DIAGRAM_SOURCE)}`), undefined);
  });

  it('stops a parse that runs too long, and the server goes on', () => {
    // A dense graph within the size cap takes graphviz's layout far longer than the time cap.
    let dot = 'digraph{';
    for (let i = 0; i < 55; i++) for (let j = 0; j < 55; j++) if (i !== j && (i * j) % 3 === 0) dot += `n${i}->n${j};`;
    dot += '}';
    assert.ok(dot.length <= MAX_DIAGRAM_SOURCE);
    const own = diagramSyntaxCheck(`${DIAGRAMS}/`);
    own('graphviz', 'digraph { a }');
    const t0 = Date.now();
    assert.equal(own('graphviz', dot), undefined);
    assert.ok(Date.now() - t0 < CHECK_TIMEOUT_MS * 3, `took ${Date.now() - t0} ms`);
    // After a stop the sandbox is fresh again and still answers.
    assert.equal(own('graphviz', 'digraph { a -> }')?.line, 1);
  });

  it('runs the parsers in sandboxes that cannot reach Node', () => {
    // A graph whose labels name Node's globals is still only text to graphviz; nothing leaks into this realm.
    assert.equal(check('graphviz', 'digraph { a [label="require(\'fs\')"]; b [label="process.exit()"]; a -> b }'), undefined);
    assert.equal((globalThis as { Viz?: unknown }).Viz, undefined);
    assert.equal((globalThis as { mermaid?: unknown }).mermaid, undefined);
  });
});

describe('the quick test for diagram fences', () => {
  it('holds for every slide markdown-it finds a diagram fence in (so skipping the others changes nothing)', () => {
    const slides = [
      '```mermaid\ngraph LR\n```', '~~~graphviz\ndigraph {}\n~~~', '> ```sequence\n> A->B: x\n> ```',
      '- item\n\n    ```flow\n    st=>start: S\n    ```', '   ````abc\nX:1\n````', '```&#109;ermaid\ngraph LR\n```',
      '```mermaid=\ngraph\n```', '```js\nconst mermaid = 1\n```', 'mermaid without a fence', '``` python\nx\n```',
    ];
    const deck = parseDeck(`---\ntype: slide\n---\n\n${slides.join('\n\n---\n\n')}\n`);
    let withDiagram = 0;
    for (const slide of deck.slides) {
      const has = slide.info.structure.blocks.some((b) => b.diagram !== undefined);
      if (has) withDiagram++;
      if (has) assert.ok(MAY_HOLD_DIAGRAM.test(slide.content), slide.content);
      if (!/mermaid|graphviz|sequence|flow|abc|&/.test(slide.content)) assert.equal(MAY_HOLD_DIAGRAM.test(slide.content), false, slide.content);
    }
    assert.equal(withDiagram, 6, 'the six diagram fences, the entity-spelled one included');
  });
});
