/** `klaretaal check [--json] [--lang nl|en|auto] FILE... | -` */
import type { LanguageOption } from '../contract/index';
import { nl } from '../locales/nl';
import { printable } from './format';

export type Parsed =
  { kind: 'help' } | { kind: 'check'; json: boolean; lang: LanguageOption; files: string[] } | { kind: 'error'; message: string };

const LANGS = new Set(['nl', 'en', 'auto']);

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0) return { kind: 'error', message: nl.cli.usage };
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] !== 'check') return { kind: 'error', message: `${nl.cli.unknownCommand(printable(argv[0]))}\n${nl.cli.usage}` };
  let json = false;
  let lang: LanguageOption = 'auto';
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === undefined || !LANGS.has(value)) return { kind: 'error', message: nl.cli.badLang(printable(value ?? '')) };
      lang = value as LanguageOption;
    } else return { kind: 'error', message: `${nl.cli.unknownOption(printable(arg))}\n${nl.cli.usage}` };
  }
  if (files.length === 0) return { kind: 'error', message: nl.cli.noFiles };
  return { kind: 'check', json, lang, files };
}
