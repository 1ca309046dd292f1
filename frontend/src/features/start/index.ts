export { StartPage } from './routes/StartPage';
