export { resultsReportRoutes } from './routes';
