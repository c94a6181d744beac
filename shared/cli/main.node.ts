// Entry point of the `structura` command line. Each subcommand lives in its own
// module exporting `run(args, io)`; errors print one clear line and exit non-zero.
import { CliError, processIO, type CliIO } from './io.node';

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.node')).run,
  compare: async () => (await import('./compare.node')).run,
  export: async () => (await import('./export.node')).run,
  import: async () => (await import('./import.node')).run,
  mapping: async () => (await import('./mapping.node')).run,
  savings: async () => (await import('./savings.node')).run,
  validate: async () => (await import('./validate.node')).run,
};

const USAGE = `usage: structura <command> [options]

commands:
  check FILE [--chart CHART] [--format text|json]   (exit 1 when a rule is broken)
  compare FILE_A [FILE_B] [--from CHART] [--to CHART] [--format json|csv|text] [--wide-span N]
      --from/--to may be left out when each of two files holds one structure chart
  export FILE [--chart CHART | --pack] --format svg|pdf|png|organogram-csv|csv [--paper a4|a3] [--landscape] -o OUT
  export FILE --consultation FROM:TO --format pdf|csv [--redact] -o OUT   (the consultation pack)
  import organogram --senior S.csv [--junior J.csv] [--name NAME] -o OUT.structura
  import csv FILE [--map field=Column,...] [--full-time-hours H] [--name NAME] -o OUT.structura
      any CSV of posts or people (Workday, SuccessFactors, Oracle HCM, ESR, iTrent, BambooHR exports);
      columns are recognised by their headers, --map names them (fields: see the README, "CSV columns")
  mapping FILE --from CHART --to CHART [--format text|csv|json] [--redact]
      post mapping, people at risk, pools, the s188 consultation duty and the timeline of phases
  savings FILE --from CHART --to CHART [--years N] [--format text|json|csv]
  validate FILE

A FILE of "sample" means the built-in Herefordshire document.`;

/**
 * Output piped into `head` closes early: the write fails with EPIPE. That is the
 * reader being done, not an error, so stop quietly as other command-line tools do.
 */
let pipeWatched = false;
function quietOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  if (io === processIO) quietOnClosedPipe();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`structura: unknown command "${name}" (try: structura --help)`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`structura ${name}: ${error.message}`);
      return 1;
    }
    io.err(`structura ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
