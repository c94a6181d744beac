// `structura import organogram --senior S.csv [--junior J.csv] [--name NAME] -o OUT.structura`
import { basename } from 'node:path';
import { makeDocument } from '../model/factory';
import { serializeDocument } from '../model/load';
import { CsvError } from '../io/csvRead';
import { formatReport, importOrganogram } from '../io/organogram';
import { CliError, parseArgs, type CliIO } from './io.node';

async function readCsvFile(path: string, io: CliIO): Promise<{ name: string; text: string }> {
  try {
    return { name: basename(path), text: await io.readText(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(error as Error).message}`);
  }
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['senior', 'junior', 'name', 'o', 'out'], aliases: { '-o': '--o' } });
  if (positionals[0] !== 'organogram' || positionals.length !== 1) throw new CliError('usage: structura import organogram --senior S.csv [--junior J.csv] [--name NAME] -o OUT.structura');
  const seniorPath = values.get('senior');
  const out = values.get('o') ?? values.get('out');
  if (!seniorPath) throw new CliError('--senior S.csv is required');
  if (!out) throw new CliError('-o OUT.structura is required');
  const senior = await readCsvFile(seniorPath, io);
  const junior = values.has('junior') ? await readCsvFile(values.get('junior')!, io) : undefined;
  let result;
  try {
    result = importOrganogram({ senior, junior, chartTitle: values.get('name') });
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(error.message);
    throw error;
  }
  const title = values.get('name') ?? result.chart.title;
  const doc = makeDocument({ title, description: `Imported from ${[senior.name, junior?.name].filter(Boolean).join(' and ')}.`, tags: result.newTags, charts: [{ ...result.chart, annex: '1' }] });
  try {
    await io.writeFile(out, serializeDocument(doc));
  } catch (error) {
    throw new CliError(`cannot write ${out}: ${(error as Error).message}`);
  }
  io.out(formatReport(result.report));
  io.out(`wrote ${out}`);
  return 0;
}
