// The README documents every command the CLI has, and the CLI has every command the design promises.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import type { CommandSpec } from '../../src/cli/spec.js';
import { ROOT } from '../e2e/helpers.js';

/** "events list", "dict import-wikidata", …: every command path, subcommands included. */
function commandPaths(specs: CommandSpec[], prefix: string[] = []): string[] {
  return specs.flatMap((c) => [[...prefix, c.name].join(' '), ...commandPaths(c.subcommands ?? [], [...prefix, c.name])]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `newsanno PATH` not followed by more of a word: "newsanno dict" does not count as "newsanno dict build". */
const mentions = (doc: string, commandPath: string) => new RegExp(`newsanno ${escape(commandPath)}(?![\\w-])`).test(doc);

describe('README.md', () => {
  it('documents every command and subcommand as `newsanno <command path>`', () => {
    const file = path.join(ROOT, 'README.md');
    const readme = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const missing = commandPaths(COMMANDS).filter((p) => !mentions(readme, p));
    expect(missing, `README.md does not show these commands (write \`newsanno <command>\` for each)`).toEqual([]);
  });

  it('the check finds a command path only as a whole word', () => {
    expect(mentions('run `newsanno dict build --quiet`', 'dict build')).toBe(true);
    expect(mentions('run `newsanno dict builder`', 'dict build')).toBe(false);
    expect(mentions('run `newsanno dict import-wikidata`', 'dict import')).toBe(false);
    expect(commandPaths(COMMANDS)).toEqual(expect.arrayContaining(['events', 'events list', 'dict accept']));
  });
});

// ../shared/DESIGN.md, "Command line": the contract users and scripts rely on.
const DESIGN = path.resolve(ROOT, '..', 'shared', 'DESIGN.md');

describe.skipIf(!existsSync(DESIGN))('the command-line contract in DESIGN.md', () => {
  it('every command it lists exists', () => {
    const table = readFileSync(DESIGN, 'utf8').split('### Command line')[1]?.split('###')[0] ?? '';
    // Rows like: | `newsanno events list\|accept\|reject … --db FILE` | … |
    const promised = [...table.matchAll(/^\| `newsanno ([a-z-]+)((?: [a-z-]+(?:\\\|[a-z-]+)*)?)/gm)].flatMap(([, cmd, subs]) =>
      subs.trim() && subs.includes('\\|') ? subs.trim().split('\\|').map((s) => `${cmd} ${s}`) : [cmd],
    );
    expect(promised.length).toBeGreaterThanOrEqual(7);
    const have = new Set(commandPaths(COMMANDS));
    expect(promised.filter((p) => !have.has(p))).toEqual([]);
  });
});
