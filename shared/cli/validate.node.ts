// `structura validate FILE`: checks a document as the app would on open.
import { chartLabel } from '../model/query';
import type { CliIO } from './io.node';
import { onlyPositional, parseArgs } from './io.node';
import { loadDocumentArg } from './loadDocument.node';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseArgs(args, {});
  const file = onlyPositional(positionals, 'usage: structura validate FILE');
  const doc = await loadDocumentArg(file, io);
  io.out(`${file}: valid Structura document (format ${doc.schemaVersion}), ${doc.charts.length} charts`);
  for (const chart of doc.charts) {
    const posts = chart.nodes.filter((n) => n.kind === 'post').length;
    io.out(`  ${chartLabel(chart)}: ${posts} posts, ${chart.nodes.length - posts} bodies, ${chart.lines.length} lines`);
  }
  return 0;
}
