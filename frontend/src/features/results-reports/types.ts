import type { Schemas } from '../../lib/api';

export type ResultsReport = Schemas['ResultsReport'];
export type ResultsReportListItem = Schemas['ResultsReportListItem'];
export type ResultsReportPart = Schemas['ResultsReportPart'];
export type ResultsReportPartInput = Schemas['ResultsReportPartInput'];
export type Assignment = ResultsReportPart['assignment'];
export type ResultsReportStatus = ResultsReport['status'];
export type NationalResults = Schemas['NationalResults'];
export type NationalResultsAssignment = Schemas['NationalResultsAssignment'];
export type HistoryEntry = Schemas['HistoryEntry'];
