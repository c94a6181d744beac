// `structura import organogram --senior S.csv [--junior J.csv] [--name NAME] -o OUT.structura`
// `structura import csv FILE [--map title=Job Title,manager-id=Reports To,...] [--full-time-hours H] [--name NAME] -o OUT.structura`
import { basename } from 'node:path';
import { makeDocument } from '../model/factory';
import { SaveRefusedError, serializeForSave } from '../model/save';
import type { Chart, OrgTag } from '../model/types';
import { CsvError, decodeCsvBytes, normaliseHeader, readCsv } from '../io/csvRead';
import { FIELD_LABELS, guessMapping, importMappedCsv, MAPPED_FIELDS, type ColumnMapping, type MappedField } from '../io/mappedCsv';
import { formatReport, importOrganogram, type ImportResult } from '../io/organogram';
import { CliError, parseArgs, type CliIO } from './io.node';
import { at } from '../must';

const USAGE =
  'usage: structura import organogram --senior S.csv [--junior J.csv] [--name NAME] -o OUT.structura, or structura import csv FILE [--map field=Column,...] [--full-time-hours H] [--name NAME] -o OUT.structura';

async function readCsvFile(path: string, io: CliIO): Promise<{ name: string; text: string }> {
  try {
    // Bytes, not text: a file Excel saved as Windows-1252 still reads its "£" right.
    return { name: basename(path), text: decodeCsvBytes(await io.readBytes(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new CliError(`${path} is a folder, not a CSV file`);
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Field names on the command line: "manager-id", "managerId" and "manager id" all mean managerId. */
function fieldNamed(name: string): MappedField | undefined {
  const wanted = name.toLowerCase().replace(/[^a-z]/g, '');
  return MAPPED_FIELDS.find((f) => f.toLowerCase() === wanted);
}

/** "--map title=Job Title,manager-title=Manager": a column by header (any case) or by 1-based number. */
export function parseMapping(spec: string, headers: string[], fileName: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  // Split at commas that start a new "field=", so a header may itself contain commas.
  for (const part of spec.split(/,(?=\s*[A-Za-z][A-Za-z -]*=)/)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new CliError(`--map: "${part}" is not field=Column (fields: ${MAPPED_FIELDS.join(', ')})`);
    const field = fieldNamed(part.slice(0, eq));
    if (!field) throw new CliError(`--map: unknown field "${part.slice(0, eq).trim()}" (fields: ${MAPPED_FIELDS.join(', ')})`);
    const column = part.slice(eq + 1).trim();
    let index = headers.findIndex((h) => h.trim().toLowerCase() === column.toLowerCase());
    if (index < 0) index = headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(column) && normaliseHeader(column) !== '');
    if (index < 0 && /^\d+$/.test(column) && Number(column) >= 1 && Number(column) <= headers.length) index = Number(column) - 1;
    if (index < 0) throw new CliError(`--map: ${fileName} has no column "${column}" for ${field} (its columns: ${headers.filter(Boolean).join(', ')})`);
    mapping[field] = index;
  }
  return mapping;
}

function describeMapping(mapping: ColumnMapping, headers: string[]): string {
  // The mapping's columns were found among these headers (parseMapping, guessMapping).
  return MAPPED_FIELDS.flatMap((f) => {
    const column = mapping[f];
    return column === undefined ? [] : [`${FIELD_LABELS[f]} = "${at(headers, column, 'column header')}"`];
  }).join(', ');
}

async function writeChart(out: string, title: string, sources: string, result: { chart: Chart; newTags: OrgTag[] }, io: CliIO): Promise<void> {
  const doc = makeDocument({ title, description: `Imported from ${sources}.`, tags: result.newTags, charts: [{ ...result.chart, annex: '1' }] });
  let text: string;
  try {
    text = serializeForSave(doc);
  } catch (error) {
    if (error instanceof SaveRefusedError) throw new CliError(`${out} not written: ${error.message}`);
    throw error;
  }
  try {
    await io.writeFile(out, text);
  } catch (error) {
    throw new CliError(`cannot write ${out}: ${(error as Error).message}`);
  }
}

function userErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(error.message);
    throw error;
  }
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['senior', 'junior', 'name', 'o', 'out', 'map', 'full-time-hours'], aliases: { '-o': '--o' } });
  const out = values.get('o') ?? values.get('out');
  const what = positionals[0];
  if (what === 'organogram' && positionals.length === 1) {
    const seniorPath = values.get('senior');
    if (!seniorPath) throw new CliError('--senior S.csv is required');
    if (!out) throw new CliError('-o OUT.structura is required');
    if (values.has('map') || values.has('full-time-hours'))
      throw new CliError('--map and --full-time-hours are for "import csv"; an organogram has fixed columns');
    const senior = await readCsvFile(seniorPath, io);
    const juniorPath = values.get('junior');
    const junior = juniorPath === undefined ? undefined : await readCsvFile(juniorPath, io);
    const result: ImportResult = userErrors(() => importOrganogram({ senior, junior, chartTitle: values.get('name') }));
    await writeChart(out, values.get('name') ?? result.chart.title, [senior.name, junior?.name].filter(Boolean).join(' and '), result, io);
    io.out(formatReport(result.report));
    io.out(`wrote ${out}`);
    return 0;
  }
  const csvFile = positionals[1];
  if (what === 'csv' && csvFile !== undefined && positionals.length === 2) {
    if (!out) throw new CliError('-o OUT.structura is required');
    if (values.has('senior') || values.has('junior')) throw new CliError('--senior and --junior are for "import organogram"');
    const file = await readCsvFile(csvFile, io);
    const headers = userErrors(() => readCsv(file.name, file.text)).headers;
    const mapText = values.get('map');
    const mapping = mapText === undefined ? guessMapping(headers) : parseMapping(mapText, headers, file.name);
    if (mapping.title === undefined)
      throw new CliError(
        `cannot tell which column of ${file.name} holds the job title: say so with --map title=COLUMN (its columns: ${headers.filter(Boolean).join(', ')})`,
      );
    const hoursText = values.get('full-time-hours');
    const fullTimeHours = hoursText === undefined ? undefined : Number(hoursText);
    if (fullTimeHours !== undefined && !(fullTimeHours > 0 && fullTimeHours <= 168))
      throw new CliError(`--full-time-hours takes the hours of a full-time week, from 1 to 168 (got "${hoursText}")`);
    const result = userErrors(() => importMappedCsv(file, mapping, [], values.get('name'), { fullTimeHours }));
    await writeChart(out, values.get('name') ?? result.chart.title, file.name, result, io);
    io.out(`columns: ${describeMapping(mapping, headers)}`);
    io.out(formatReport(result.report));
    // Loud, on the error stream too, so a script or a glance at the terminal sees it.
    for (const warning of result.report.warnings) io.err(`structura import: WARNING: ${warning}`);
    io.out(`wrote ${out}`);
    return 0;
  }
  throw new CliError(USAGE);
}
