// Every command and subcommand answers --help with its usage; usage errors exit 2 with a hint.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT as ROOT_SPEC } from '../../src/cli/main.js';
import type { CommandSpec } from '../../src/cli/spec.js';
import { ROOT, runCli, runMain } from '../e2e/helpers.js';

/** Every command path under the root, parents before their subcommands: [['ingest'], ['events'], ['events', 'list'], …]. */
function commandPaths(spec: CommandSpec, prefix: string[] = []): { path: string[]; spec: CommandSpec }[] {
  return (spec.subcommands ?? []).flatMap((c) => [{ path: [...prefix, c.name], spec: c }, ...commandPaths(c, [...prefix, c.name])]);
}

const ALL = commandPaths(ROOT_SPEC);
const LEAVES = ALL.filter((c) => !c.spec.subcommands);
const GROUPS = ALL.filter((c) => c.spec.subcommands);

describe('--help', () => {
  it('covers the commands a user needs, and their subcommands', () => {
    const names = ALL.map((c) => c.path.join(' '));
    for (const expected of ['ingest', 'annotate', 'export', 'reprocess', 'events list', 'events accept', 'events reject', 'events edit', 'events history', 'dict proposals', 'dict accept', 'dict reject'])
      expect(names).toContain(expected);
  });

  for (const { path: p, spec } of ALL) {
    it(`newsanno ${p.join(' ')} --help prints its usage and exits 0`, async () => {
      const r = await runMain([...p, '--help']);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      const [usage] = r.out.split('\n');
      expect(usage.startsWith(`newsanno ${p.join(' ')}`)).toBe(true);
      expect(r.out).toContain(spec.summary);
      for (const f of spec.flags) expect(r.out).toContain(`--${f.name}`);
      for (const sub of spec.subcommands ?? []) expect(r.out).toMatch(new RegExp(`^  ${sub.name} `, 'm'));
    });
  }

  it('-h is the same as --help', async () => {
    expect(await runMain(['export', '-h'])).toEqual(await runMain(['export', '--help']));
  });

  it('the root help lists every command', async () => {
    const r = await runMain(['--help']);
    expect(r.code).toBe(0);
    for (const c of ROOT_SPEC.subcommands!) expect(r.out).toMatch(new RegExp(`^  ${c.name} `, 'm'));
  });

  it('the installed program answers --help and --version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^newsanno COMMAND/);
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.out.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('usage errors exit 2 with a hint', () => {
  it('an unknown command names it, lists the commands and points at --help', async () => {
    const r = await runMain(['ingets', 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "ingets"/);
    expect(r.err).toMatch(/commands: ingest, annotate, export/);
    expect(r.err).toContain('`newsanno --help`');
    expect(r.out).toBe('');
  });

  it('an unknown subcommand names the group’s help', async () => {
    const r = await runMain(['events', 'approve', 'abc']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "events approve"/);
    expect(r.err).toMatch(/commands: list, accept, reject/);
    expect(r.err).toContain('`newsanno events --help`');
  });

  for (const { path: p } of LEAVES) {
    it(`newsanno ${p.join(' ')} --no-such-flag names the flag and the command's help`, async () => {
      const r = await runMain([...p, '--no-such-flag']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--no-such-flag/);
      expect(r.err).toContain(`\`newsanno ${p.join(' ')} --help\``);
    });
  }

  for (const { path: p } of GROUPS) {
    it(`newsanno ${p.join(' ')} without a subcommand shows its commands on stderr`, async () => {
      const r = await runMain([...p, '--no-such-flag']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^Commands:$/m);
    });
  }

  it('a missing required flag, a bad choice and an extra argument each say what is wrong', async () => {
    const missing = await runMain(['ingest', 'articles/']);
    expect([missing.code, missing.err]).toEqual([2, expect.stringMatching(/--db is required.*newsanno ingest --help/)]);
    const choice = await runMain(['export', '--db', 'x.db', '--format', 'xml']);
    expect([choice.code, choice.err]).toEqual([2, expect.stringMatching(/--format must be one of json, jsonl; got "xml"/)]);
    const extra = await runMain(['reprocess', '--db', 'x.db', 'extra']);
    expect([extra.code, extra.err]).toEqual([2, expect.stringMatching(/unexpected argument "extra"/)]);
    const none = await runMain(['annotate']);
    expect([none.code, none.err]).toEqual([2, expect.stringMatching(/missing FILE/)]);
  });

  it('a database that does not exist is a usage error that says how to create one', async () => {
    const r = await runMain(['events', 'list', '--db', path.join(ROOT, 'no', 'such.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/database not found: .*such\.db/);
    expect(r.err).toContain('newsanno ingest PATH --db FILE');
  });
});
