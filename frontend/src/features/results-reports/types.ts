import type { components } from '../../lib/api';

export type ResultsReport = components['schemas']['ResultsReport'];
export type ResultsReportListItem = components['schemas']['ResultsReportListItem'];
export type ResultsReportPart = components['schemas']['ResultsReportPart'];
export type ResultsReportPartInput = components['schemas']['ResultsReportPartInput'];
export type Assignment = ResultsReportPart['assignment'];
export type ResultsReportStatus = ResultsReport['status'];
export type NationalResults = components['schemas']['NationalResults'];
export type NationalResultsAssignment = components['schemas']['NationalResultsAssignment'];
export type HistoryEntry = components['schemas']['HistoryEntry'];
