export { ActionItemBoardPage } from './routes/ActionItemBoardPage';
export { ActionItemPage } from './routes/ActionItemPage';
export { EditForumPage, NewForumPage } from './routes/ForumFormPages';
export { ForumPage } from './routes/ForumPage';
export { MeetingPage } from './routes/MeetingPage';
export { parseBoardSearch, parseStructureSearch } from './routes/searchParams';
export { StatusReportPage } from './routes/StatusReportPage';
export { StatusReportsPage } from './routes/StatusReportsPage';
export { StructurePage } from './routes/StructurePage';
