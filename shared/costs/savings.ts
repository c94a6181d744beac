// The ledger both ways a board paper needs it: with employer on-costs, and pay only.
import type { StructuraDocument } from '../model/types';
import { ledgerInDocument } from './ledger';
import type { SavingsReport } from './report';

export function savingsReport(doc: StructuraDocument, fromChartId: string, toChartId: string, years?: number): SavingsReport {
  return {
    withOnCosts: ledgerInDocument(doc, fromChartId, toChartId, { years, onCosts: true }),
    payOnly: ledgerInDocument(doc, fromChartId, toChartId, { years, onCosts: false }),
  };
}
