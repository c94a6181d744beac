// `structura export FILE --consultation FROM:TO --format pdf|csv [--redact] [--paper a4|a3] [--portrait] [--created ISO-DATE] -o OUT`:
// the consultation pack (figures, assimilation matrix, timeline) as PDF, or its CSV.
import { DEFAULT_EXPORT } from '../export/chartPages';
import { loadExportAssets } from '../export/assets.node';
import { exportTarget, type ExportFileOptions } from '../export/pipeline';
import { CliError, type CliIO } from './io.node';
import { at } from '../must';
import { loadDocumentArg } from './loadDocument.node';
import { structureChart } from './mapping.node';

export async function exportConsultation(
  file: string,
  values: Map<string, string>,
  flags: Set<string>,
  base: { format: string; out: string; paper: 'a4' | 'a3'; created?: Date },
  io: CliIO,
): Promise<number> {
  if (base.format !== 'pdf' && base.format !== 'csv') throw new CliError('--consultation exports as --format pdf or csv');
  if (flags.has('pack') || values.has('chart')) throw new CliError('use --consultation on its own, without --chart or --pack');
  const [fromRef, toRef] = (values.get('consultation') ?? '').split(':');
  if (!fromRef || !toRef)
    throw new CliError(`--consultation takes FROM:TO, two structure charts by id, annex number or title (got "${values.get('consultation')}")`);
  const doc = await loadDocumentArg(file, io);
  const from = structureChart(doc, fromRef, file);
  const to = structureChart(doc, toRef, file);
  if (from === to) throw new CliError('--consultation names the same chart twice');
  const redact = flags.has('redact');
  const write = async (data: string | Uint8Array) => {
    try {
      await io.writeFile(base.out, data);
    } catch (error) {
      throw new CliError(
        `cannot write ${base.out}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the folder does not exist' : (error as Error).message}`,
      );
    }
  };
  const options: ExportFileOptions = {
    ...DEFAULT_EXPORT,
    creationDate: base.created,
    paper: base.paper,
    orientation: flags.has('portrait') ? 'portrait' : 'landscape',
    date: values.get('date'),
  };
  // The same pipeline as every other export: the app's consultation export gives the same bytes.
  const target = { kind: 'consultation', pair: { fromChartId: from, toChartId: to }, redact } as const;
  const format = base.format === 'csv' ? 'posts-csv' : 'pdf';
  const { files, pdfMetadata } = await exportTarget(doc, target, format, options, format === 'pdf' ? await loadExportAssets() : {});
  // A consultation export is one file (one PDF of all its pages, or one CSV).
  await write(at(files, 0, 'consultation file').bytes);
  const pages = pdfMetadata?.pageCount ?? 0;
  io.out(`wrote ${base.out}${pages ? ` (${pages} page${pages === 1 ? '' : 's'})` : ''}`);
  return 0;
}
