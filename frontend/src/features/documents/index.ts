export { DocumentsSection } from './components/DocumentsSection';
export { AttachPage } from './routes/AttachPage';
export { DocumentPage } from './routes/DocumentPage';
export { EditDocumentPage } from './routes/EditDocumentPage';
export { parseAttachSearch } from './routes/searchParams';
