export { AgreementFollowUpPage } from './routes/AgreementFollowUpPage';
export { AssessmentPage } from './routes/AssessmentPage';
export { FollowUpPage, MyTasksPage } from './routes/FollowUpPage';
export { EditIndicatorPage, NewIndicatorPage } from './routes/IndicatorFormPages';
export { IndicatorPage } from './routes/IndicatorPage';
export { ReportPage } from './routes/ReportPage';
export { RoundPage } from './routes/RoundPage';
