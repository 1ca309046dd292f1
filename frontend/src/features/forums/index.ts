export { ActionItemPage } from './routes/ActionItemPage';
export { ForumPage } from './routes/ForumPage';
export { MeetingPage } from './routes/MeetingPage';
export { parseStructureSearch } from './routes/searchParams';
export { StructurePage } from './routes/StructurePage';
