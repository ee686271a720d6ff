// Commands and flags as data: parsing, validation and --help all come from these specs.
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { NewsannoError } from '../core/errors.js';

export interface FlagSpec {
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** Shown in help: --db FILE. */
  placeholder?: string;
  required?: boolean;
  choices?: readonly string[];
  default?: string | boolean;
  /** Accepts a comma-separated list. */
  list?: boolean;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stderr is a terminal (for progress bars). */
  tty: boolean;
  stdin?: NodeJS.ReadableStream;
}

export interface ParsedArgs {
  flags: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** Positional arguments as shown in usage: "PATH...". */
  args?: string;
  minArgs?: number;
  maxArgs?: number;
  flags: FlagSpec[];
  examples?: string[];
  subcommands?: CommandSpec[];
  run?: (args: ParsedArgs, io: Io) => Promise<number> | number;
}

export const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', type: 'boolean', description: 'show this help' };

export function usageLine(path: string[], spec: CommandSpec): string {
  const req = spec.flags.filter((f) => f.required).map((f) => `--${f.name} ${f.placeholder ?? 'VALUE'}`);
  const opt = spec.flags.filter((f) => !f.required).length ? ['[options]'] : [];
  return ['newsanno', ...path, spec.subcommands ? 'COMMAND' : '', spec.args ?? '', ...req, ...opt].filter(Boolean).join(' ');
}

export function renderHelp(path: string[], spec: CommandSpec): string {
  const lines = [`${usageLine(path, spec)}`, '', spec.summary, ''];
  if (spec.subcommands?.length) {
    lines.push('Commands:');
    const w = Math.max(...spec.subcommands.map((c) => c.name.length));
    for (const c of spec.subcommands) lines.push(`  ${c.name.padEnd(w)}  ${c.summary}`);
    lines.push('', `Run \`newsanno ${[...path, 'COMMAND'].join(' ')} --help\` for a command's options.`, '');
  }
  const flags = [...spec.flags, HELP_FLAG];
  if (flags.length) {
    lines.push('Options:');
    const shown = flags.map((f) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.type === 'string' ? ` ${f.placeholder ?? 'VALUE'}` : ''}`);
    const w = Math.max(...shown.map((s) => s.length));
    flags.forEach((f, i) => {
      const extra = [f.required ? 'required' : '', f.choices ? `one of: ${f.choices.join(', ')}` : '', f.default !== undefined && f.default !== false ? `default: ${f.default}` : ''].filter(Boolean).join('; ');
      lines.push(`  ${shown[i].padEnd(w)}  ${f.description}${extra ? ` (${extra})` : ''}`);
    });
  }
  if (spec.examples?.length) lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  return lines.join('\n') + '\n';
}

/** Parses argv for one command; usage errors are NewsannoErrors that say how to get help. */
export function parseCommandArgs(path: string[], spec: CommandSpec, argv: string[]): ParsedArgs & { help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const f of [...spec.flags, HELP_FLAG]) options[f.name] = { type: f.type, ...(f.short ? { short: f.short } : {}) };
  const helpHint = `see \`newsanno ${path.join(' ')} --help\``;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new NewsannoError((e as Error).message.replace(/\. To specify.*$/s, ''), { code: 'usage', hint: helpHint });
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { flags: {}, positionals: [], help: true };
  const flags: ParsedArgs['flags'] = {};
  for (const f of spec.flags) {
    let v: string | boolean | string[] | undefined = values[f.name] ?? f.default;
    if (v === undefined) {
      if (f.required) throw new NewsannoError(`--${f.name} is required`, { code: 'usage', hint: helpHint });
      continue;
    }
    if (typeof v === 'string' && f.list) v = v.split(',').map((x) => x.trim()).filter(Boolean);
    const vals = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    if (f.choices) for (const x of vals) if (!f.choices.includes(x)) throw new NewsannoError(`--${f.name} must be one of ${f.choices.join(', ')}; got "${x}"`, { code: 'usage', hint: helpHint });
    flags[f.name] = v;
  }
  const positionals = parsed.positionals;
  if (spec.minArgs !== undefined && positionals.length < spec.minArgs)
    throw new NewsannoError(`missing ${spec.args ?? 'arguments'}`, { code: 'usage', hint: helpHint });
  if (spec.maxArgs !== undefined && positionals.length > spec.maxArgs)
    throw new NewsannoError(`unexpected argument "${positionals[spec.maxArgs]}"`, { code: 'usage', hint: helpHint });
  return { flags, positionals, help: false };
}

export const str = (a: ParsedArgs, name: string): string | undefined => a.flags[name] as string | undefined;
export const bool = (a: ParsedArgs, name: string): boolean => a.flags[name] === true;
export const list = (a: ParsedArgs, name: string): string[] | undefined => a.flags[name] as string[] | undefined;

/** A stream that writes through io.out, so library callers of main() capture command output. */
export function outStream(io: Io): NodeJS.WritableStream {
  return new Writable({
    write(chunk: Buffer | string, _enc, done) {
      io.out(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
}
