import { parseArgs } from 'util';
import { REPORT_FORMATS, ReportFormat } from './report/renderReportFile';
import { UsageError } from './UsageError';

export type Command =
  | { readonly kind: 'calculate'; readonly input: string; readonly out?: string; readonly inPlace: boolean; readonly json?: string; readonly validationSheet: boolean }
  | { readonly kind: 'check'; readonly input: string; readonly json?: string }
  | { readonly kind: 'report'; readonly input: string; readonly format: ReportFormat; readonly out: string }
  | { readonly kind: 'demo'; readonly sample?: string; readonly out?: string; readonly json?: string }
  | { readonly kind: 'help' };

export const USAGE = `Usage:
  safer-dashboard calculate <in.xlsx> --out <out.xlsx> [--json <summary.json>] [--validation-sheet]
  safer-dashboard calculate <in.xlsx> --in-place        (keeps a copy as <in.xlsx>.bak first;
                                          when that exists, as <in.xlsx>.1.bak, .2.bak…)
  safer-dashboard check <in.xlsx> [--json <summary.json>]
  safer-dashboard report <in.xlsx> --format html|docx|md --out <file>
                                          (the board report; --format may be left to the --out extension)
  safer-dashboard demo [--sample <in.xlsx>] [--out <out.xlsx>] [--json <summary.json>]

Exit codes: 0 clean (warnings allowed), 1 findings of severity error,
2 the command could not run: a usage error, or a file could not be read or written.`;

/** Reads argv (without node and the script) into a command; throws UsageError with one sentence. */
export function parseCommand(argv: ReadonlyArray<string>): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        'in-place': { type: 'boolean' },
        json: { type: 'string' },
        'validation-sheet': { type: 'boolean' },
        sample: { type: 'string' },
        format: { type: 'string', short: 'f' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's messages run on ("Unknown option '--x'. To specify a positional argument…"): keep the first sentence.
    throw new UsageError(`${(error as Error).message.split(/\.\s|\n/)[0].replace(/\.$/, '')}.`);
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || name === undefined || name === 'help') return { kind: 'help' };
  const only = (allowed: string[]) => {
    const extra = Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined && !allowed.includes(k) && k !== 'debug');
    if (extra.length > 0) throw new UsageError(`The ${name} command does not take --${extra[0]}.`);
  };
  switch (name) {
    case 'calculate': {
      only(['out', 'in-place', 'json', 'validation-sheet']);
      const input = single(name, rest);
      const inPlace = values['in-place'] === true;
      if (values.out === undefined && !inPlace) {
        throw new UsageError(
          'Refusing to calculate without --out <file> or --in-place: say where the calculated workbook goes, so the input is never overwritten by surprise.',
        );
      }
      if (values.out !== undefined && inPlace) throw new UsageError('Give either --out <file> or --in-place, not both.');
      return { kind: 'calculate', input, out: values.out, inPlace, json: values.json, validationSheet: values['validation-sheet'] === true };
    }
    case 'check':
      only(['json']);
      return { kind: 'check', input: single(name, rest), json: values.json };
    case 'report': {
      only(['format', 'out']);
      const input = single(name, rest);
      if (values.out === undefined) throw new UsageError('The report command needs --out <file>: say where the report goes, e.g. --out report.docx.');
      return { kind: 'report', input, format: reportFormat(values.format, values.out), out: values.out };
    }
    case 'demo':
      only(['sample', 'out', 'json']);
      if (rest.length > 0) throw new UsageError(`The demo command takes no file name (got ${rest[0]}); use --sample <file>.`);
      return { kind: 'demo', sample: values.sample, out: values.out, json: values.json };
    default:
      throw new UsageError(`Unknown command "${name}": use calculate, check, report or demo.`);
  }
}

function single(command: string, rest: ReadonlyArray<string>): string {
  if (rest.length === 0) throw new UsageError(`The ${command} command needs the workbook to read, e.g. safer-dashboard ${command} dashboard.xlsx.`);
  if (rest.length > 1) throw new UsageError(`The ${command} command reads one workbook, but got ${rest.length}: ${rest.join(', ')}.`);
  return rest[0];
}

/** --format as given, else the --out file's extension (.html/.htm, .docx, .md/.markdown). */
function reportFormat(format: string | undefined, out: string): ReportFormat {
  const given = format?.trim().toLowerCase();
  if (given !== undefined) {
    if ((REPORT_FORMATS as ReadonlyArray<string>).includes(given)) return given as ReportFormat;
    throw new UsageError(`Unknown report format "${format}": use html, docx or md.`);
  }
  const extension = /\.([a-z]+)$/i.exec(out)?.[1].toLowerCase();
  const byExtension: Record<string, ReportFormat> = { html: 'html', htm: 'html', docx: 'docx', md: 'md', markdown: 'md' };
  if (extension !== undefined && byExtension[extension]) return byExtension[extension];
  throw new UsageError('The report command needs --format html, docx or md (the --out file name does not say which).');
}
